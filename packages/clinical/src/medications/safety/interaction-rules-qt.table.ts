import { type InteractionRule, interaction } from './interaction.factory.ts';

const QT_EFFECT = 'Additive QT prolongation: risk of torsades de pointes and sudden cardiac death.';
const QT_MECHANISM =
  'Both drugs delay ventricular repolarisation, mostly by blocking the cardiac IKr (hERG) potassium current; the effects add.';
const QT_MONITORING =
  'Check an ECG before and after starting, keep potassium above 4 mmol/L and magnesium normal, and stop if the QTc exceeds 500 ms or rises by more than 60 ms. Risk is higher in women, the elderly, bradycardia, heart failure and congenital long QT.';

/** QT-prolonging combinations, by CredibleMeds risk category and label contraindications. */
export const QT_RULES: readonly InteractionRule[] = [
  interaction(
    'qt-label-contraindicated-with-known-risk',
    ['qt-contraindicated-combination', 'qt-known-risk'],
    {
      concern: 'qt-prolongation',
      severity: 'contraindicated',
      effect: QT_EFFECT,
      mechanism: `${QT_MECHANISM} The label of one of them contraindicates other drugs with a known risk of torsades de pointes.`,
      management:
        'Do not combine. Choose an alternative to one of them that does not prolong the QT interval.',
      references: [
        'credibleMeds',
        'label-tikosyn',
        'label-orap',
        'label-thioridazine',
        'label-multaq',
        'mhra-2011-citalopram',
        'ema-2014-domperidone',
      ],
    },
  ),
  interaction(
    'qt-label-contraindicated-with-possible-risk',
    ['qt-contraindicated-combination', 'qt-possible-risk'],
    {
      concern: 'qt-prolongation',
      severity: 'major',
      effect: QT_EFFECT,
      mechanism: `${QT_MECHANISM} The label of one of them contraindicates or advises against other QT-prolonging drugs.`,
      management: `Avoid if possible; prefer an alternative without QT effect. If both are needed: ${QT_MONITORING}`,
      references: ['credibleMeds', 'label-tikosyn', 'label-orap', 'label-geodon', 'mhra-2011-citalopram'],
    },
  ),
  interaction('qt-known-risk-pair', ['qt-known-risk', 'qt-known-risk'], {
    concern: 'qt-prolongation',
    severity: 'major',
    effect: QT_EFFECT,
    mechanism: `${QT_MECHANISM} Both have a known risk of torsades de pointes at usual doses.`,
    management: `Avoid the combination where an alternative exists. If both are needed: ${QT_MONITORING}`,
    references: ['credibleMeds', 'drew-2010-qt'],
  }),
  interaction('qt-known-with-possible-risk', ['qt-known-risk', 'qt-possible-risk'], {
    concern: 'qt-prolongation',
    severity: 'moderate',
    effect: 'QT prolongation may add up: a small risk of torsades de pointes.',
    mechanism: `${QT_MECHANISM} One has a known risk, the other a possible or conditional risk of torsades de pointes.`,
    management:
      'Consider an ECG when starting in patients with other risk factors (female sex, older age, low potassium or magnesium, heart disease, other QT drugs).',
    references: ['credibleMeds', 'drew-2010-qt'],
  }),
];
