import { SYSTEMS } from '../../../codes/code-systems.ts';
import type { CodedConcept, GuidelineFinding, InputInfo, NotApplicableResult } from '../../disease-module.ts';

/** References, the shared "has diabetes" input, the HbA1c order and the ADA screening rule of both diabetes risk scores. */

export const REFERENCE = {
  lindstrom: {
    id: 'lindstrom-2003',
    citation:
      'Lindström J, Tuomilehto J. The diabetes risk score: a practical tool to predict type 2 diabetes risk. Diabetes Care 2003;26(3):725-731.',
    url: 'https://doi.org/10.2337/diacare.26.3.725',
  },
  findriscForm: {
    id: 'findrisc-form',
    citation:
      'Finnish Diabetes Association. Type 2 diabetes risk assessment form (FINDRISC), current version with family history (0–26 points).',
  },
  bang: {
    id: 'bang-2009',
    citation:
      'Bang H, Edwards AM, Bomback AS, et al. Development and validation of a patient self-assessment score for diabetes risk. Ann Intern Med 2009;151(11):775-783.',
    url: 'https://doi.org/10.7326/0003-4819-151-11-200912010-00005',
  },
  cdcRiskTest: {
    id: 'cdc-prediabetes-risk-test',
    citation: 'CDC and American Diabetes Association. Prediabetes risk test: how your test is scored.',
    url: 'https://www.cdc.gov/diabetes/widgets/risktest/how-your-test-is-scored.html',
  },
  adaStandards: {
    id: 'ada-standards-2025',
    citation:
      'American Diabetes Association Professional Practice Committee. 2. Diagnosis and classification of diabetes: Standards of Care in Diabetes—2025. Diabetes Care 2025;48(Suppl 1):S27-S49.',
    url: 'https://doi.org/10.2337/dc25-S002',
  },
} as const;

export const HBA1C_TEST: CodedConcept = {
  system: SYSTEMS.loinc,
  code: '4548-4',
  display: 'Hemoglobin A1c/Hemoglobin.total in Blood',
};

export const HAS_DIABETES_INFO: InputInfo = {
  label: 'Has diabetes',
  question: 'Has a doctor ever told you that you have diabetes?',
  unit: null,
  sources: [
    {
      kind: 'condition',
      snomed: ['44054006', '46635009', '73211009'],
      icd10Prefixes: ['E10', 'E11', 'E13', 'E14'],
    },
    { kind: 'questionnaire', linkId: 'history.diabetes' },
  ],
  help: 'The risk scores are for people without diabetes.',
};

export const FAMILY_FIRST_DEGREE_INFO: InputInfo = {
  label: 'Diabetes in a parent, brother or sister',
  question: 'Has one of your parents, brothers or sisters had diabetes (type 1 or type 2)?',
  unit: null,
  sources: [{ kind: 'questionnaire', linkId: 'family.diabetes' }],
};

export const PHYSICALLY_ACTIVE_INFO: InputInfo = {
  label: 'Physically active',
  question: 'Are you physically active for at least 30 minutes on most days, at work or in your free time?',
  unit: null,
  sources: [{ kind: 'questionnaire', linkId: 'lifestyle.physically-active' }],
};

export function diabetesNotApplicable(score: string): NotApplicableResult {
  return {
    status: 'not-applicable',
    reason: `${score} estimates the risk of type 2 diabetes in people without diabetes; this person already has a diabetes diagnosis.`,
    plainLanguage: {
      meaning: 'You already have diabetes, so this risk test does not apply to you.',
      whatYouCanDo: ['Keep up your diabetes check-ups with your care team.'],
    },
  };
}

type ScreeningContext = {
  ageYears: number;
  bmi: number;
  asianAmerican: boolean;
  /** Table 2.3 risk factors found in the inputs, in words. */
  riskFactors: string[];
  gestationalDiabetes: boolean;
};

/**
 * ADA Standards of Care 2025, Table 2.3: test adults from 35, adults with overweight (BMI ≥25, ≥23
 * in Asian Americans) and at least one risk factor at any age, and people with prior gestational
 * diabetes at least every 3 years.
 */
export function adaScreeningFinding(context: ScreeningContext): GuidelineFinding {
  const overweightBmi = context.asianAmerican ? 23 : 25;
  const overweight = context.bmi >= overweightBmi;
  const byAge = context.ageYears >= 35;
  const byWeight = overweight && context.riskFactors.length > 0;
  const meets = byAge || byWeight || context.gestationalDiabetes;
  const factors =
    context.riskFactors.length > 0
      ? `risk factors: ${context.riskFactors.join(', ')}`
      : 'no other Table 2.3 risk factor among the answers';
  return {
    guideline: 'ADA Standards of Care 2025: screening for prediabetes and type 2 diabetes',
    verdict: meets ? 'meets' : 'does-not-meet',
    summary: meets
      ? 'Test with HbA1c, fasting plasma glucose or a glucose tolerance test; if normal, repeat at least every 3 years'
      : 'Screening not yet indicated by age, or by weight with a risk factor',
    reasons: [
      `age ${context.ageYears} ${byAge ? '≥' : '<'} 35`,
      `BMI ${context.bmi.toFixed(1)} ${overweight ? '≥' : '<'} ${overweightBmi}; ${factors}`,
      ...(context.gestationalDiabetes ? ['previous gestational diabetes'] : []),
    ],
    reference: REFERENCE.adaStandards.id,
  };
}
