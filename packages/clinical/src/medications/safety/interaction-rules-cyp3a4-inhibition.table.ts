import { type InteractionRule, interaction } from './interaction.factory.ts';

const STRONG_CYP3A4 =
  'A strong CYP3A4 inhibitor blocks the main route of clearance and raises levels several-fold.';
const MODERATE_CYP3A4 = 'A moderate CYP3A4 inhibitor raises levels about two- to five-fold.';
const MYOPATHY = 'Myopathy and rhabdomyolysis (with acute kidney injury) from raised statin levels.';

/** CYP3A4 (and P-gp) inhibition raising drugs with a narrow margin: statins, ergots, opioids, immunosuppressants … */
export const CYP3A4_INHIBITION_RULES: readonly InteractionRule[] = [
  interaction(
    'simvastatin-lovastatin-contraindicated-inhibitor',
    ['statin-cyp3a4-dependent', 'cyp3a4-inhibitor-label-contraindicated'],
    {
      concern: 'myopathy',
      severity: 'contraindicated',
      effect: MYOPATHY,
      mechanism: `Simvastatin and lovastatin are cleared almost entirely by CYP3A4. ${STRONG_CYP3A4} (Simvastatin acid exposure rises about 10-fold with clarithromycin or itraconazole.)`,
      management:
        'Do not combine. Suspend the statin during a short course of the other drug, or use a statin not cleared by CYP3A4 (pravastatin, rosuvastatin).',
      references: ['fda-dsc-2011-simvastatin', 'label-zocor-mevacor'],
    },
  ),
  interaction(
    'simvastatin-lovastatin-dose-capping-inhibitor',
    ['statin-cyp3a4-dependent', 'statin-dose-capping-inhibitor'],
    {
      concern: 'myopathy',
      severity: 'major',
      effect: MYOPATHY,
      mechanism: `${MODERATE_CYP3A4} Amiodarone inhibits CYP3A4 weakly but has raised simvastatin enough to cause rhabdomyolysis.`,
      management:
        'Cap the dose: simvastatin 10 mg (lovastatin 20 mg) with verapamil, diltiazem or dronedarone; simvastatin 20 mg (lovastatin 40 mg) with amiodarone. Or switch to pravastatin or rosuvastatin; ask about muscle pain.',
      references: ['fda-dsc-2011-simvastatin', 'label-zocor-mevacor'],
    },
  ),
  interaction('simvastatin-lovastatin-fluconazole', ['statin-cyp3a4-dependent', 'fluconazole'], {
    concern: 'myopathy',
    severity: 'major',
    effect: MYOPATHY,
    mechanism: `${MODERATE_CYP3A4} Rhabdomyolysis has been reported with the combination.`,
    management: 'Suspend the statin during the fluconazole course, or use pravastatin or rosuvastatin.',
    references: ['stockley', 'fda-ddi-table'],
  }),
  interaction('simvastatin-amlodipine', ['simvastatin', 'amlodipine'], {
    concern: 'myopathy',
    severity: 'moderate',
    effect: 'Raised simvastatin levels: a higher risk of myopathy at high statin doses.',
    mechanism: 'Amlodipine weakly inhibits CYP3A4 (simvastatin exposure rises about 1.6-fold).',
    management: 'Keep simvastatin at 20 mg a day or less, or use another statin.',
    references: ['fda-dsc-2011-simvastatin'],
  }),
  interaction('simvastatin-ranolazine', ['simvastatin', 'ranolazine'], {
    concern: 'myopathy',
    severity: 'moderate',
    effect: 'Raised simvastatin levels: a higher risk of myopathy.',
    mechanism: 'Ranolazine weakly inhibits CYP3A4 and P-gp.',
    management: 'Keep simvastatin at 20 mg a day or less.',
    references: ['fda-dsc-2011-simvastatin', 'label-ranexa'],
  }),
  interaction('simvastatin-lovastatin-ciclosporin', ['statin-cyp3a4-dependent', 'ciclosporin'], {
    concern: 'myopathy',
    severity: 'contraindicated',
    effect: MYOPATHY,
    mechanism:
      'Ciclosporin inhibits OATP1B1 uptake into the liver and CYP3A4, raising statin levels many-fold.',
    management:
      'Do not combine; fluvastatin or low-dose pravastatin are the usual choices after transplantation.',
    references: ['label-zocor-mevacor', 'fda-dsc-2011-simvastatin'],
  }),
  interaction('statin-gemfibrozil', ['statin', 'gemfibrozil'], {
    concern: 'myopathy',
    severity: 'major',
    effect: MYOPATHY,
    mechanism: 'Gemfibrozil inhibits statin glucuronidation and OATP1B1 uptake and adds its own myotoxicity.',
    management:
      'Avoid; if a fibrate is needed with a statin, use fenofibrate. Rosuvastatin at most 10 mg if combined.',
    references: ['label-crestor', 'label-lipitor', 'stockley'],
  }),
  interaction('simvastatin-lovastatin-gemfibrozil', ['statin-cyp3a4-dependent', 'gemfibrozil'], {
    concern: 'myopathy',
    severity: 'contraindicated',
    effect: MYOPATHY,
    mechanism:
      'Gemfibrozil inhibits simvastatin and lovastatin acid glucuronidation and uptake, and adds its own myotoxicity.',
    management: 'Do not combine; use fenofibrate if a fibrate is needed.',
    references: ['label-zocor-mevacor'],
  }),
  interaction('statin-fenofibrate', ['statin', 'fenofibrate'], {
    concern: 'myopathy',
    severity: 'moderate',
    effect: 'A small added risk of myopathy.',
    mechanism: 'Both can cause myopathy (pharmacodynamic); fenofibrate has little effect on statin levels.',
    management: 'Usually acceptable; ask about muscle pain and check creatine kinase if symptoms occur.',
    references: ['stockley'],
  }),
  interaction('statin-fusidic-acid', ['statin', 'fusidic-acid'], {
    concern: 'myopathy',
    severity: 'contraindicated',
    effect: 'Rhabdomyolysis, including fatal cases.',
    mechanism: 'Not fully understood; systemic fusidic acid raises statin levels and both are myotoxic.',
    management:
      'Do not give together: stop the statin during systemic fusidic acid and restart 7 days after the last dose.',
    references: ['smpc-fucidin'],
  }),
  interaction('statin-colchicine', ['statin', 'colchicine'], {
    concern: 'myopathy',
    severity: 'moderate',
    effect: 'Myopathy and rhabdomyolysis are reported.',
    mechanism: 'Additive myotoxicity; colchicine levels also rise with some statins (P-gp).',
    management: 'Monitor for muscle pain and weakness, especially in renal impairment.',
    references: ['label-colcrys', 'stockley'],
  }),
  interaction('atorvastatin-strong-cyp3a4', ['atorvastatin', 'cyp3a4-strong-inhibitor'], {
    concern: 'myopathy',
    severity: 'moderate',
    effect: 'Raised atorvastatin levels: a higher risk of myopathy.',
    mechanism:
      'Atorvastatin is partly cleared by CYP3A4; strong inhibitors raise its exposure 2- to 10-fold.',
    management:
      'Limit atorvastatin to 20 mg with clarithromycin, itraconazole or most boosted protease inhibitors (40 mg with nelfinavir); avoid with tipranavir plus ritonavir. Or use rosuvastatin or pravastatin.',
    references: ['label-lipitor'],
  }),
  interaction('atorvastatin-ciclosporin', ['atorvastatin', 'ciclosporin'], {
    concern: 'myopathy',
    severity: 'major',
    effect: MYOPATHY,
    mechanism: 'Ciclosporin inhibits OATP1B1 and CYP3A4; atorvastatin exposure rises about 9-fold.',
    management: 'Avoid; use fluvastatin or low-dose pravastatin.',
    references: ['label-lipitor'],
  }),
  interaction('atorvastatin-tipranavir', ['atorvastatin', 'tipranavir'], {
    concern: 'myopathy',
    severity: 'major',
    effect: MYOPATHY,
    mechanism: 'Tipranavir with ritonavir raises atorvastatin exposure about 9-fold.',
    management: 'Avoid; use another statin.',
    references: ['label-lipitor', 'label-hiv-pi'],
  }),
  interaction('rosuvastatin-ciclosporin', ['rosuvastatin', 'ciclosporin'], {
    concern: 'myopathy',
    severity: 'contraindicated',
    effect: MYOPATHY,
    mechanism: 'Ciclosporin inhibits OATP1B1 and BCRP; rosuvastatin exposure rises about 7-fold.',
    management: 'EU: contraindicated. US: at most 5 mg a day if no alternative.',
    references: ['label-crestor'],
  }),
  interaction('pravastatin-ciclosporin', ['pravastatin', 'ciclosporin'], {
    concern: 'myopathy',
    severity: 'moderate',
    effect: 'Raised pravastatin levels.',
    mechanism: 'Ciclosporin inhibits OATP1B1 uptake of pravastatin.',
    management: 'Start at 10 mg and do not exceed 20 mg a day.',
    references: ['stockley'],
  }),
  interaction(
    'ergot-contraindicated-inhibitor',
    ['ergot-alkaloid', 'cyp3a4-inhibitor-label-contraindicated'],
    {
      concern: 'ergotism',
      severity: 'contraindicated',
      effect: 'Ergotism: severe peripheral and cerebral vasospasm, limb ischaemia.',
      mechanism: `Ergot alkaloids are cleared by CYP3A4. ${STRONG_CYP3A4}`,
      management: 'Do not combine. Use a non-ergot treatment for migraine or postpartum haemorrhage.',
      references: ['label-ergot', 'label-hiv-pi'],
    },
  ),
  interaction('ergot-moderate-cyp3a4', ['ergot-alkaloid', 'cyp3a4-moderate-inhibitor'], {
    concern: 'ergotism',
    severity: 'major',
    effect: 'Risk of ergotism (vasospasm, limb ischaemia).',
    mechanism: `Ergot alkaloids are cleared by CYP3A4. ${MODERATE_CYP3A4}`,
    management:
      'Avoid; if unavoidable, use the lowest ergot dose for the shortest time and watch for vasospasm.',
    references: ['label-ergot', 'stockley'],
  }),
  interaction('ergot-triptan', ['ergot-alkaloid', 'triptan'], {
    concern: 'ergotism',
    severity: 'contraindicated',
    effect: 'Additive vasoconstriction: coronary vasospasm.',
    mechanism: 'Both are vasoconstricting 5-HT1B/1D agonists.',
    management: 'Do not take within 24 hours of each other.',
    references: ['label-triptans', 'label-ergot'],
  }),
  interaction('irinotecan-strong-cyp3a4', ['irinotecan', 'cyp3a4-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'major',
    effect: 'Raised SN-38 levels: severe neutropenia and diarrhoea.',
    mechanism: `${STRONG_CYP3A4} Atazanavir also inhibits UGT1A1, which inactivates SN-38.`,
    management:
      'Do not give unless there is no alternative; stop ketoconazole at least 1 week before irinotecan.',
    references: ['label-camptosar'],
  }),
  interaction('irinotecan-moderate-cyp3a4', ['irinotecan', 'cyp3a4-moderate-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'moderate',
    effect: 'Raised irinotecan and SN-38 exposure: more neutropenia and diarrhoea.',
    mechanism: `Irinotecan is inactivated by CYP3A4. ${MODERATE_CYP3A4}`,
    management:
      'Prefer an alternative during treatment; otherwise monitor the blood count and diarrhoea closely.',
    references: ['label-camptosar', 'stockley'],
  }),
  interaction('pimozide-inhibitor', ['pimozide', 'pimozide-contraindicated-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'contraindicated',
    effect: 'Raised pimozide levels: QT prolongation, torsades de pointes, sudden death.',
    mechanism: 'Pimozide is cleared by CYP3A4 (and CYP2D6); these drugs inhibit its metabolism.',
    management: 'Do not combine; choose another antipsychotic or another anti-infective.',
    references: ['label-orap'],
  }),
  interaction('pimozide-strong-cyp2d6', ['pimozide', 'cyp2d6-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'major',
    effect: 'Raised pimozide levels: QT prolongation.',
    mechanism: 'CYP2D6 contributes to pimozide clearance.',
    management:
      'Avoid, or do not exceed the dose advised for CYP2D6 poor metabolisers (0.05 mg/kg, ECG monitoring).',
    references: ['label-orap'],
  }),
  interaction('domperidone-strong-cyp3a4', ['domperidone', 'cyp3a4-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'contraindicated',
    effect: 'Raised domperidone levels: QT prolongation and ventricular arrhythmia.',
    mechanism: STRONG_CYP3A4,
    management: 'Do not combine; use another antiemetic.',
    references: ['ema-2014-domperidone'],
  }),
  interaction('lurasidone-strong-cyp3a4', ['lurasidone', 'cyp3a4-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'contraindicated',
    effect: 'Lurasidone levels rise about 9-fold: sedation, extrapyramidal effects.',
    mechanism: STRONG_CYP3A4,
    management: 'Do not combine.',
    references: ['label-lurasidone-quetiapine'],
  }),
  interaction('quetiapine-strong-cyp3a4', ['quetiapine', 'cyp3a4-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'moderate',
    effect: 'Quetiapine levels rise several-fold: sedation, hypotension.',
    mechanism: STRONG_CYP3A4,
    management: 'Reduce quetiapine to one sixth of the dose and restore it when the inhibitor stops.',
    references: ['label-lurasidone-quetiapine'],
  }),
  interaction('colchicine-strong-cyp3a4', ['colchicine', 'cyp3a4-inhibitor-label-contraindicated'], {
    concern: 'raised-exposure',
    severity: 'major',
    effect: 'Colchicine toxicity (diarrhoea, myopathy, pancytopenia, multi-organ failure); deaths reported.',
    mechanism:
      'Colchicine is cleared by CYP3A4 and P-gp; clarithromycin and other strong inhibitors raise it steeply.',
    management:
      'Contraindicated in renal or hepatic impairment. Otherwise reduce colchicine (gout flare: 0.6 mg then 0.3 mg one hour later, not repeated within 3 days) or stop it during the course.',
    references: ['label-colcrys'],
  }),
  interaction('colchicine-ciclosporin', ['colchicine', 'ciclosporin'], {
    concern: 'raised-exposure',
    severity: 'major',
    effect: 'Colchicine toxicity and myopathy.',
    mechanism: 'Ciclosporin inhibits P-gp, raising colchicine levels.',
    management:
      'Contraindicated in renal or hepatic impairment; otherwise reduce the colchicine dose and monitor.',
    references: ['label-colcrys'],
  }),
  interaction('colchicine-moderate-cyp3a4', ['colchicine', 'cyp3a4-moderate-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'moderate',
    effect: 'Raised colchicine levels: gastrointestinal and neuromuscular toxicity.',
    mechanism: MODERATE_CYP3A4,
    management:
      'Reduce the colchicine dose (flare: 1.2 mg once; prophylaxis 0.3 mg twice daily or 0.6 mg once).',
    references: ['label-colcrys'],
  }),
];
