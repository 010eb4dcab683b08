import { type InteractionRule, interaction } from './interaction.factory.ts';

const STRONG_CYP3A4 =
  'A strong CYP3A4 inhibitor blocks the main route of clearance and raises levels several-fold.';
const MODERATE_CYP3A4 = 'A moderate CYP3A4 inhibitor raises levels about two- to five-fold.';

/** CYP3A4 and P-gp inhibition of opioids, sedatives, anticoagulants, immunosuppressants and cardiac drugs. */
export const CYP3A4_NARROW_MARGIN_RULES: readonly InteractionRule[] = [
  interaction('cyp3a4-opioid-strong-inhibitor', ['cyp3a4-sensitive-opioid', 'cyp3a4-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'major',
    effect: 'Raised opioid levels: fatal respiratory depression (boxed warning).',
    mechanism: `Fentanyl, oxycodone, hydrocodone and methadone are cleared by CYP3A4. ${STRONG_CYP3A4}`,
    management:
      'Avoid, or start with a reduced opioid dose and monitor sedation and breathing, also when the inhibitor is stopped (withdrawal) and for days after a fentanyl patch change.',
    references: ['label-opioid-cyp3a4'],
  }),
  interaction('cyp3a4-opioid-moderate-inhibitor', ['cyp3a4-sensitive-opioid', 'cyp3a4-moderate-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'moderate',
    effect: 'Raised opioid levels: more sedation and respiratory depression.',
    mechanism: MODERATE_CYP3A4,
    management: 'Monitor for sedation and breathing problems; reduce the opioid dose if needed.',
    references: ['label-opioid-cyp3a4'],
  }),
  interaction(
    'cyp3a4-benzodiazepine-strong-inhibitor',
    ['cyp3a4-sensitive-benzodiazepine', 'cyp3a4-strong-inhibitor'],
    {
      concern: 'raised-exposure',
      severity: 'contraindicated',
      effect: 'Profound, prolonged sedation and respiratory depression.',
      mechanism: `Midazolam, triazolam and alprazolam are cleared by CYP3A4. ${STRONG_CYP3A4} (Oral midazolam exposure rises up to 15-fold.)`,
      management:
        'Do not combine with oral midazolam, triazolam or alprazolam; use lorazepam, oxazepam or temazepam (glucuronidated). A single IV midazolam dose needs close monitoring and dose reduction.',
      references: ['label-benzodiazepine-cyp3a4', 'label-hiv-pi'],
    },
  ),
  interaction(
    'cyp3a4-benzodiazepine-moderate-inhibitor',
    ['cyp3a4-sensitive-benzodiazepine', 'cyp3a4-moderate-inhibitor'],
    {
      concern: 'raised-exposure',
      severity: 'moderate',
      effect: 'Increased and prolonged sedation.',
      mechanism: MODERATE_CYP3A4,
      management: 'Reduce the benzodiazepine dose or use one not cleared by CYP3A4 (lorazepam, temazepam).',
      references: ['stockley'],
    },
  ),
  interaction(
    'immunosuppressant-strong-cyp3a4',
    ['level-guided-immunosuppressant', 'cyp3a4-strong-inhibitor'],
    {
      concern: 'raised-exposure',
      severity: 'major',
      effect:
        'Raised ciclosporin, tacrolimus, sirolimus or everolimus levels: nephrotoxicity, neurotoxicity, infection.',
      mechanism: `These drugs are cleared by CYP3A4 and P-gp. ${STRONG_CYP3A4}`,
      management:
        'Avoid where possible (sirolimus and everolimus: not recommended). Otherwise reduce the dose in advance, measure trough levels within days, and again when the inhibitor stops.',
      references: ['label-immunosuppressant', 'label-hiv-pi'],
    },
  ),
  interaction(
    'immunosuppressant-moderate-cyp3a4',
    ['level-guided-immunosuppressant', 'cyp3a4-moderate-inhibitor'],
    {
      concern: 'raised-exposure',
      severity: 'moderate',
      effect: 'Raised immunosuppressant levels: nephrotoxicity and other toxicity.',
      mechanism: MODERATE_CYP3A4,
      management:
        'Measure trough levels within a week of starting or stopping the inhibitor and adjust the dose.',
      references: ['label-immunosuppressant'],
    },
  ),
  interaction(
    'inhaled-corticosteroid-strong-cyp3a4',
    ['cyp3a4-sensitive-inhaled-corticosteroid', 'cyp3a4-strong-inhibitor'],
    {
      concern: 'raised-exposure',
      severity: 'major',
      effect:
        "Systemic corticosteroid excess: Cushing's syndrome and adrenal suppression, even from inhaled or nasal use.",
      mechanism: `Fluticasone and budesonide are cleared by CYP3A4; with ritonavir, fluticasone exposure rises about 350-fold.`,
      management:
        'Use beclometasone instead where possible; otherwise the lowest dose, and watch for Cushingoid features.',
      references: ['label-inhaled-steroid-ritonavir'],
    },
  ),
  interaction('factor-xa-strong-cyp3a4', ['doac-cyp3a4-pgp-substrate', 'cyp3a4-strong-inhibitor'], {
    concern: 'bleeding',
    severity: 'major',
    effect: 'Raised apixaban or rivaroxaban levels: major bleeding.',
    mechanism: 'Apixaban and rivaroxaban are cleared by CYP3A4 and P-gp; azoles and ritonavir inhibit both.',
    management:
      'Avoid with ketoconazole, itraconazole, posaconazole, voriconazole and ritonavir-boosted regimens (apixaban: halve the dose in the US label if unavoidable). Clarithromycin raises levels less: monitor for bleeding.',
    references: ['label-anticoagulant-doac'],
  }),
  interaction(
    'dabigatran-contraindicated-inhibitor',
    ['dabigatran', 'dabigatran-contraindicated-inhibitor'],
    {
      concern: 'bleeding',
      severity: 'contraindicated',
      effect: 'Raised dabigatran levels (2- to 2.5-fold): major bleeding.',
      mechanism: 'Dabigatran is a P-gp substrate; these are potent P-gp inhibitors.',
      management: 'Do not combine; choose another anticoagulant.',
      references: ['smpc-pradaxa'],
    },
  ),
  interaction('dabigatran-dose-reducing-inhibitor', ['dabigatran', 'dabigatran-dose-reducing-inhibitor'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: 'Raised dabigatran levels: more bleeding.',
    mechanism: 'These drugs inhibit P-gp, raising dabigatran exposure.',
    management:
      'With verapamil use 110 mg twice daily; otherwise monitor for bleeding, especially in renal impairment.',
    references: ['smpc-pradaxa'],
  }),
  interaction('edoxaban-dose-reducing-inhibitor', ['edoxaban', 'edoxaban-dose-reducing-inhibitor'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: 'Raised edoxaban levels: more bleeding.',
    mechanism: 'P-gp inhibition raises edoxaban exposure.',
    management: 'Reduce edoxaban to 30 mg once daily (EU).',
    references: ['label-anticoagulant-doac'],
  }),
  interaction('ticagrelor-strong-cyp3a4', ['ticagrelor', 'cyp3a4-strong-inhibitor'], {
    concern: 'bleeding',
    severity: 'contraindicated',
    effect: 'Ticagrelor levels rise about 7-fold: major bleeding.',
    mechanism: STRONG_CYP3A4,
    management: 'Do not combine; use clopidogrel or prasugrel if a P2Y12 inhibitor is needed.',
    references: ['label-brilinta'],
  }),
  interaction('pde5-strong-cyp3a4', ['pde5-inhibitor', 'cyp3a4-strong-inhibitor'], {
    concern: 'hypotension',
    severity: 'major',
    effect: 'Raised PDE5 inhibitor levels: hypotension, syncope, priapism, visual changes.',
    mechanism: `Sildenafil, tadalafil and vardenafil are cleared by CYP3A4. ${STRONG_CYP3A4}`,
    management:
      'For erectile dysfunction cap the dose (sildenafil 25 mg in 48 hours, tadalafil 10 mg in 72 hours, vardenafil 2.5 mg in 72 hours with ritonavir). For pulmonary hypertension avoid sildenafil with ritonavir.',
    references: ['label-sildenafil-cyp3a4'],
  }),
  interaction('ivabradine-strong-cyp3a4', ['ivabradine', 'cyp3a4-strong-inhibitor'], {
    concern: 'bradycardia',
    severity: 'contraindicated',
    effect: 'Raised ivabradine levels: severe bradycardia.',
    mechanism: STRONG_CYP3A4,
    management: 'Do not combine.',
    references: ['label-ivabradine'],
  }),
  interaction('ivabradine-rate-limiting-ccb', ['ivabradine', 'rate-limiting-calcium-channel-blocker'], {
    concern: 'bradycardia',
    severity: 'contraindicated',
    effect: 'Additive slowing of the heart rate with raised ivabradine levels.',
    mechanism: 'Verapamil and diltiazem slow the heart and moderately inhibit CYP3A4.',
    management: 'Do not combine; use a beta-blocker with ivabradine if rate control is needed.',
    references: ['label-ivabradine'],
  }),
  interaction('ranolazine-strong-cyp3a4', ['ranolazine', 'cyp3a4-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'contraindicated',
    effect: 'Raised ranolazine levels: QT prolongation, dizziness, syncope.',
    mechanism: STRONG_CYP3A4,
    management: 'Do not combine.',
    references: ['label-ranexa'],
  }),
  interaction('ranolazine-moderate-cyp3a4', ['ranolazine', 'cyp3a4-moderate-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'moderate',
    effect: 'Raised ranolazine levels.',
    mechanism: MODERATE_CYP3A4,
    management: 'Limit ranolazine to 500 mg twice daily.',
    references: ['label-ranexa'],
  }),
  interaction('carbamazepine-strong-cyp3a4', ['carbamazepine', 'cyp3a4-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'major',
    effect: 'Carbamazepine toxicity: dizziness, ataxia, diplopia, drowsiness.',
    mechanism: 'Carbamazepine is cleared by CYP3A4; the inhibitor raises its level.',
    management:
      'Avoid or reduce carbamazepine and measure its level; the inhibitor’s own levels may fall (induction).',
    references: ['stockley'],
  }),
  interaction('carbamazepine-erythromycin', ['carbamazepine', 'erythromycin'], {
    concern: 'raised-exposure',
    severity: 'major',
    effect: 'Carbamazepine toxicity within days.',
    mechanism: 'Erythromycin inhibits CYP3A4, the main route of carbamazepine clearance.',
    management: 'Avoid; use azithromycin or another antibacterial.',
    references: ['stockley'],
  }),
  interaction('carbamazepine-moderate-cyp3a4', ['carbamazepine', 'cyp3a4-moderate-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'moderate',
    effect: 'Raised carbamazepine levels: dizziness, ataxia, diplopia.',
    mechanism: 'Moderate CYP3A4 inhibition slows carbamazepine clearance.',
    management: 'Monitor for toxicity and measure the carbamazepine level; reduce the dose if needed.',
    references: ['stockley'],
  }),
];
