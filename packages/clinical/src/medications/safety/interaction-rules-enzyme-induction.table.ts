import { type InteractionRule, interaction } from './interaction.factory.ts';

const INDUCTION =
  'A strong inducer (rifampicin, carbamazepine, phenytoin, phenobarbital, St John’s wort) increases CYP3A4 and P-gp expression over 1–2 weeks and lowers levels by 50–90%; the effect lasts about 2 weeks after it is stopped.';

/** Enzyme induction (CYP3A4, P-gp, UGT) lowering the levels of other drugs. */
export const ENZYME_INDUCTION_RULES: readonly InteractionRule[] = [
  interaction('protease-inhibitor-strong-inducer', ['hiv-protease-inhibitor', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Loss of antiretroviral effect and HIV resistance.',
    mechanism: `${INDUCTION} Boosting does not overcome it.`,
    management:
      'Do not combine. For tuberculosis use rifabutin (with a dose adjustment) instead of rifampicin or rifapentine; choose a non-inducing antiepileptic.',
    references: ['label-hiv-pi', 'liverpool-hiv'],
  }),
  interaction('booster-strong-inducer', ['pharmacokinetic-enhancer', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Loss of boosting and of the effect of the boosted drugs.',
    mechanism: INDUCTION,
    management: 'Do not combine.',
    references: ['label-hiv-pi', 'liverpool-hiv'],
  }),
  interaction('nirmatrelvir-strong-inducer', ['nirmatrelvir', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Loss of nirmatrelvir effect against COVID-19, with resistance.',
    mechanism: INDUCTION,
    management: 'Do not combine; use another COVID-19 treatment (remdesivir or molnupiravir).',
    references: ['label-paxlovid'],
  }),
  interaction('protease-inhibitor-rifabutin', ['hiv-protease-inhibitor', 'rifabutin'], {
    concern: 'raised-exposure',
    severity: 'major',
    effect: 'Raised rifabutin levels: uveitis, neutropenia.',
    mechanism: 'Boosted protease inhibitors inhibit CYP3A4, which clears rifabutin.',
    management: 'Reduce rifabutin to 150 mg daily and monitor the blood count and for eye symptoms.',
    references: ['label-hiv-pi', 'liverpool-hiv'],
  }),
  interaction('protease-inhibitor-bosentan', ['hiv-protease-inhibitor', 'bosentan'], {
    concern: 'raised-exposure',
    severity: 'major',
    effect: 'Raised bosentan levels: liver toxicity, hypotension; lower protease inhibitor levels.',
    mechanism: 'Ritonavir-boosted regimens inhibit CYP3A4 and OATP; bosentan induces CYP3A4.',
    management:
      'Stop bosentan at least 36 hours before starting ritonavir; restart at 62.5 mg daily after 10 days.',
    references: ['label-bosentan', 'label-hiv-pi'],
  }),
  interaction('rilpivirine-strong-inducer', ['rilpivirine', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Loss of rilpivirine effect and resistance.',
    mechanism: INDUCTION,
    management: 'Do not combine.',
    references: ['label-rilpivirine'],
  }),
  interaction('rilpivirine-oxcarbazepine', ['rilpivirine', 'oxcarbazepine'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Loss of rilpivirine effect and resistance.',
    mechanism: 'Oxcarbazepine induces CYP3A4.',
    management: 'Do not combine.',
    references: ['label-rilpivirine'],
  }),
  interaction('dolutegravir-strong-inducer', ['dolutegravir', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'moderate',
    effect: 'Lower dolutegravir levels.',
    mechanism: 'Induction of UGT1A1 and CYP3A4.',
    management:
      'With rifampicin or carbamazepine give dolutegravir 50 mg twice daily; avoid with phenytoin, phenobarbital and St John’s wort.',
    references: ['liverpool-hiv'],
  }),
  interaction('voriconazole-strong-inducer', ['voriconazole', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Voriconazole levels fall by up to 95%: treatment failure.',
    mechanism: INDUCTION,
    management: 'Do not combine; choose another antifungal (an echinocandin or liposomal amphotericin).',
    references: ['label-vfend'],
  }),
  interaction('voriconazole-rifabutin', ['voriconazole', 'rifabutin'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Lower voriconazole levels and raised rifabutin levels.',
    mechanism: 'Rifabutin induces, and voriconazole inhibits, CYP3A4.',
    management: 'Do not combine.',
    references: ['label-vfend'],
  }),
  interaction('voriconazole-efavirenz', ['voriconazole', 'efavirenz'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Lower voriconazole and raised efavirenz levels.',
    mechanism: 'Efavirenz induces CYP3A4 and CYP2C19; voriconazole inhibits CYP3A4.',
    management:
      'Do not combine at standard doses (only voriconazole 400 mg twice daily with efavirenz 300 mg daily).',
    references: ['label-vfend'],
  }),
  interaction('azole-strong-inducer', ['azole-cyp3a4-substrate', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'major',
    effect: 'Antifungal levels fall markedly: treatment failure.',
    mechanism: INDUCTION,
    management: 'Avoid; choose an antifungal not affected by induction, or measure levels.',
    references: ['stockley'],
  }),
  interaction('vka-strong-inducer', ['vitamin-k-antagonist', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'major',
    effect: 'Loss of anticoagulation (INR falls); bleeding when the inducer is stopped.',
    mechanism: 'Induction of CYP2C9, CYP3A4 and CYP1A2 speeds warfarin clearance over 1–2 weeks.',
    management:
      'Check the INR often, expect to need a much higher dose, and reduce it again for weeks after the inducer stops.',
    references: ['label-coumadin', 'holbrook-2005-warfarin'],
  }),
  interaction('doac-strong-inducer', ['direct-oral-anticoagulant', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'major',
    effect: 'Lower anticoagulant levels: stroke and thrombosis.',
    mechanism: `${INDUCTION} Dabigatran and edoxaban are affected through P-gp.`,
    management: 'Avoid; use a low-molecular-weight heparin or warfarin with INR monitoring.',
    references: ['label-anticoagulant-doac', 'smpc-pradaxa'],
  }),
  interaction('ticagrelor-strong-inducer', ['ticagrelor', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'major',
    effect: 'Lower ticagrelor levels: stent thrombosis and myocardial infarction.',
    mechanism: INDUCTION,
    management: 'Avoid; use another P2Y12 inhibitor.',
    references: ['label-brilinta'],
  }),
  interaction(
    'immunosuppressant-strong-inducer',
    ['level-guided-immunosuppressant', 'cyp3a4-strong-inducer'],
    {
      concern: 'reduced-exposure',
      severity: 'major',
      effect: 'Immunosuppressant levels fall: transplant rejection.',
      mechanism: INDUCTION,
      management:
        'Avoid; if unavoidable increase the dose guided by trough levels, and reduce it again when the inducer stops.',
      references: ['label-immunosuppressant'],
    },
  ),
  interaction(
    'immunosuppressant-moderate-inducer',
    ['level-guided-immunosuppressant', 'cyp3a4-moderate-inducer'],
    {
      concern: 'reduced-exposure',
      severity: 'moderate',
      effect: 'Lower immunosuppressant levels.',
      mechanism: 'Moderate CYP3A4 induction.',
      management: 'Measure trough levels after starting or stopping and adjust the dose.',
      references: ['label-immunosuppressant'],
    },
  ),
  interaction(
    'hormonal-contraceptive-inducer',
    ['hormonal-contraceptive', 'contraception-reducing-inducer'],
    {
      concern: 'reduced-exposure',
      severity: 'major',
      effect: 'Contraceptive failure and unplanned pregnancy (teratogenic antiepileptics make this worse).',
      mechanism: 'Induction of CYP3A4 and glucuronidation lowers oestrogen and progestogen levels.',
      management:
        'Use a method not affected by inducers (copper or levonorgestrel IUD, medroxyprogesterone injection) during and for 28 days after the inducer. Emergency levonorgestrel: 3 mg, or use a copper IUD.',
      references: ['fsrh-2022-contraception'],
    },
  ),
  interaction('irinotecan-strong-inducer', ['irinotecan', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'major',
    effect: 'Lower irinotecan and SN-38 exposure: loss of anticancer effect.',
    mechanism: INDUCTION,
    management: 'Switch to a non-inducing drug at least 2 weeks before irinotecan where possible.',
    references: ['label-camptosar'],
  }),
  interaction('lurasidone-strong-inducer', ['lurasidone', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Lurasidone levels fall by about 80%: loss of effect.',
    mechanism: INDUCTION,
    management: 'Do not combine.',
    references: ['label-lurasidone-quetiapine'],
  }),
  interaction('quetiapine-strong-inducer', ['quetiapine', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'moderate',
    effect: 'Quetiapine levels fall several-fold: loss of effect.',
    mechanism: INDUCTION,
    management:
      'Increase quetiapine up to 5-fold as needed; reduce it within 7–14 days after the inducer stops.',
    references: ['label-lurasidone-quetiapine'],
  }),
  interaction('ranolazine-strong-inducer', ['ranolazine', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'contraindicated',
    effect: 'Ranolazine levels fall by about 95%: loss of effect.',
    mechanism: INDUCTION,
    management: 'Do not combine.',
    references: ['label-ranexa'],
  }),
  interaction('cyp3a4-opioid-strong-inducer', ['cyp3a4-sensitive-opioid', 'cyp3a4-strong-inducer'], {
    concern: 'reduced-exposure',
    severity: 'moderate',
    effect: 'Lower opioid levels: loss of analgesia or opioid withdrawal (methadone).',
    mechanism: INDUCTION,
    management:
      'Titrate the opioid to effect; reduce it again when the inducer stops (the levels then rise and respiratory depression can follow).',
    references: ['label-opioid-cyp3a4'],
  }),
  interaction('lamotrigine-strong-inducer', ['lamotrigine', 'glucuronidation-inducer'], {
    concern: 'reduced-exposure',
    severity: 'moderate',
    effect: 'Lamotrigine levels halve: loss of seizure control.',
    mechanism: 'Carbamazepine, phenytoin, phenobarbital and rifampicin induce lamotrigine glucuronidation.',
    management: 'Use the lamotrigine titration schedule for patients taking inducers.',
    references: ['label-lamictal'],
  }),
];
