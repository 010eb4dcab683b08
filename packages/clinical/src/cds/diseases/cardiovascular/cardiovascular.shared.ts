import type {
  GuidelineFinding,
  NotApplicableResult,
  Recommendation,
  RiskCategory,
} from '../../disease-module.ts';

/** References, risk bands, 2018 statin benefit groups and advice shared by the PCE and PREVENT modules. */

export const REFERENCE = {
  goff: {
    id: 'goff-2013',
    citation:
      'Goff DC Jr, Lloyd-Jones DM, Bennett G, et al. 2013 ACC/AHA guideline on the assessment of cardiovascular risk. Circulation 2014;129(25 Suppl 2):S49-S73.',
    url: 'https://doi.org/10.1161/01.cir.0000437741.48606.98',
  },
  grundy: {
    id: 'grundy-2018',
    citation:
      'Grundy SM, Stone NJ, Bailey AL, et al. 2018 AHA/ACC/AACVPR/AAPA/ABC/ACPM/ADA/AGS/APhA/ASPC/NLA/PCNA guideline on the management of blood cholesterol. Circulation 2019;139(25):e1082-e1143.',
    url: 'https://doi.org/10.1161/CIR.0000000000000625',
  },
  arnett: {
    id: 'arnett-2019',
    citation:
      'Arnett DK, Blumenthal RS, Albert MA, et al. 2019 ACC/AHA guideline on the primary prevention of cardiovascular disease. Circulation 2019;140(11):e596-e646.',
    url: 'https://doi.org/10.1161/CIR.0000000000000678',
  },
  khan: {
    id: 'khan-2024',
    citation:
      "Khan SS, Matsushita K, Sang Y, et al. Development and validation of the American Heart Association's PREVENT equations. Circulation 2024;149(6):430-449.",
    url: 'https://doi.org/10.1161/CIRCULATIONAHA.123.067626',
  },
} as const;

export const CATEGORY_LABELS: Record<RiskCategory, string> = {
  low: 'Low (under 5%)',
  borderline: 'Borderline (5% to under 7.5%)',
  intermediate: 'Intermediate (7.5% to under 20%)',
  high: 'High (20% or more)',
  'very-high': 'Very high',
};

/** ACC/AHA 2018/2019 10-year ASCVD risk bands: <5% low, 5–<7.5% borderline, 7.5–<20% intermediate, ≥20% high. */
export function ascvdRiskCategory(
  risk: number,
  cuts = { borderline: 0.05, intermediate: 0.075, high: 0.2 },
): RiskCategory {
  if (risk >= cuts.high) return 'high';
  if (risk >= cuts.intermediate) return 'intermediate';
  if (risk >= cuts.borderline) return 'borderline';
  return 'low';
}

export const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

type StatinContext = {
  ageYears: number;
  diabetes: boolean;
  ldlMgDl: number | undefined;
  ascvdRisk: number;
  riskName: string;
  caveat: string | null;
};

/** The 2018 AHA/ACC primary-prevention statin benefit groups (Grundy 2018). */
export function statinFindings(context: StatinContext): GuidelineFinding[] {
  const { ageYears, diabetes, ldlMgDl, ascvdRisk, riskName } = context;
  const ageText = `age ${ageYears}`;
  const severe = ldlMgDl !== undefined && ldlMgDl >= 190;
  const inAgeBand = ageYears >= 40 && ageYears <= 75;
  const overAgeBand = 'over 75: the guideline advises a clinical assessment and risk discussion instead';
  const riskText = `${riskName} ${percent(ascvdRisk)}`;
  const caveat = context.caveat ? [context.caveat] : [];

  const ldlFinding: GuidelineFinding = {
    guideline: '2018 AHA/ACC cholesterol guideline: LDL-C 190 mg/dL or more',
    verdict: severe && ageYears <= 75 ? 'meets' : 'does-not-meet',
    summary: severe ? 'High-intensity statin without waiting for a risk estimate' : 'Not in this group',
    reasons: [
      ldlMgDl === undefined
        ? 'LDL-C not recorded'
        : `LDL-C ${ldlMgDl.toFixed(0)} mg/dL ${severe ? '≥' : '<'} 190`,
      ageYears <= 75 ? `${ageText} (20–75)` : `${ageText}, ${overAgeBand}`,
    ],
    reference: REFERENCE.grundy.id,
  };

  const diabetesMeets = diabetes && inAgeBand;
  const diabetesFinding: GuidelineFinding = {
    guideline: '2018 AHA/ACC cholesterol guideline: diabetes, age 40–75',
    verdict: diabetesMeets ? 'meets' : 'does-not-meet',
    summary: diabetesMeets
      ? `Moderate-intensity statin whatever the 10-year risk${ascvdRisk >= 0.2 ? '; with risk ≥20% or several risk factors, high-intensity is reasonable' : ''}`
      : 'Not in this group',
    reasons: [
      diabetes ? 'diabetes' : 'no diabetes',
      inAgeBand ? `${ageText} (40–75)` : `${ageText}, outside 40–75`,
      riskText,
      ...caveat,
    ],
    reference: REFERENCE.grundy.id,
  };

  const ldlBelow70 = ldlMgDl !== undefined && ldlMgDl < 70;
  const eligible = inAgeBand && !diabetes && !severe && !ldlBelow70;
  const riskMeets = eligible && ascvdRisk >= 0.075;
  const riskSummary = !eligible
    ? 'Not in this group'
    : ascvdRisk >= 0.2
      ? 'High-intensity statin to lower LDL-C by 50% or more'
      : ascvdRisk >= 0.075
        ? 'Risk discussion; moderate-intensity statin to lower LDL-C by 30–49%'
        : ascvdRisk >= 0.05
          ? 'Borderline: a moderate-intensity statin if risk-enhancing factors favour it'
          : 'Healthy lifestyle; no statin on risk alone';
  const riskReasons = [
    `${riskText} ${ascvdRisk >= 0.075 ? '≥' : '<'} 7.5%${ascvdRisk >= 0.2 ? ' and ≥ 20%' : ''}`,
    inAgeBand ? `${ageText} (40–75)` : ageYears > 75 ? `${ageText}, ${overAgeBand}` : `${ageText}, under 40`,
    diabetes ? 'has diabetes (see the diabetes group)' : 'no diabetes',
    ldlMgDl === undefined
      ? 'LDL-C not recorded; this group is for LDL-C 70–189 mg/dL'
      : `LDL-C ${ldlMgDl.toFixed(0)} mg/dL${severe ? ' (see the LDL-C ≥190 group)' : ldlBelow70 ? ', below 70' : ' (70–189)'}`,
    ...caveat,
  ];
  const riskFinding: GuidelineFinding = {
    guideline: '2018 AHA/ACC cholesterol guideline: 10-year ASCVD risk 7.5% or more, age 40–75',
    verdict: riskMeets ? 'meets' : 'does-not-meet',
    summary: riskSummary,
    reasons: riskReasons,
    reference: REFERENCE.grundy.id,
  };
  return [ldlFinding, diabetesFinding, riskFinding];
}

export function clinicianAdvice(category: RiskCategory): Recommendation[] {
  const advice: Record<RiskCategory, Recommendation> = {
    low: {
      text: 'Emphasise a heart-healthy lifestyle; re-estimate 10-year risk every 4–6 years.',
      audience: 'clinician',
      reference: REFERENCE.goff.id,
    },
    borderline: {
      text: 'Discuss risk. If risk-enhancing factors are present (family history of premature ASCVD, LDL-C ≥160 mg/dL, metabolic syndrome, CKD, chronic inflammatory disease, premature menopause or pre-eclampsia, South Asian ancestry, raised Lp(a), ApoB or hs-CRP, ABI <0.9), a moderate-intensity statin may be considered.',
      audience: 'clinician',
      reference: REFERENCE.grundy.id,
    },
    intermediate: {
      text: 'Clinician–patient risk discussion; favour a moderate-intensity statin, weighing risk-enhancing factors. If the decision is uncertain, a coronary artery calcium score can refine it. Recheck lipids 4–12 weeks after starting.',
      audience: 'clinician',
      reference: REFERENCE.grundy.id,
    },
    high: {
      text: 'Start a high-intensity statin to lower LDL-C by 50% or more after a risk discussion; recheck lipids 4–12 weeks after starting.',
      audience: 'clinician',
      reference: REFERENCE.grundy.id,
    },
    'very-high': {
      text: 'Start a high-intensity statin after a risk discussion.',
      audience: 'clinician',
      reference: REFERENCE.grundy.id,
    },
  };
  return [
    advice[category],
    {
      text: 'Treat blood pressure to below 130/80 mm Hg where indicated, support stopping smoking, and advise at least 150 minutes a week of moderate activity and a diet rich in vegetables, fruit, legumes, nuts, whole grains and fish.',
      audience: 'clinician',
      reference: REFERENCE.arnett.id,
    },
  ];
}

export function patientAdvice(
  values: { smoking: string; onBpTreatment: boolean },
  discussStatin: boolean,
): string[] {
  return [
    ...(values.smoking === 'current'
      ? ['Stopping smoking is the best thing you can do for your heart. We can help you stop.']
      : []),
    'Move for at least 150 minutes a week, for example brisk walking.',
    'Eat plenty of vegetables, fruit, beans, nuts, whole grains and fish, and less salt and processed meat.',
    values.onBpTreatment
      ? 'Keep taking your blood pressure medicine every day.'
      : 'Have your blood pressure checked at least once a year.',
    ...(discussStatin
      ? ['Talk with your doctor about whether a cholesterol-lowering medicine (a statin) is right for you.']
      : []),
  ];
}

export function outOf100(fraction: number): string {
  const people = Math.round(fraction * 100);
  return people < 1 ? 'fewer than 1' : `about ${people}`;
}

export function notApplicable(reason: string, meaning: string): NotApplicableResult {
  return {
    status: 'not-applicable',
    reason,
    plainLanguage: {
      meaning,
      whatYouCanDo: ['Ask your care team which heart check is right for you.'],
    },
  };
}

export const KNOWN_DISEASE_REASON =
  'Known ASCVD (heart attack, angina, coronary or peripheral artery disease, stroke or TIA): this is secondary prevention, where the 2018 guideline recommends a high-intensity statin without a risk estimate. If the history answer meant heart failure alone, correct it and assess again.';

export const KNOWN_DISEASE_MEANING =
  'You have already had a heart or blood vessel problem, so this calculator does not apply to you. Your doctor will look after your heart in other ways.';
