import type {
  AssessmentPreview,
  CarePlanView,
  ModuleInputField,
  ModuleSummary,
  PatientRiskOverview,
  PopulationReport,
  ReviewDetail,
  ReviewOutcome,
  ReviewQueueItem,
  RiskResult,
} from '@nexus/contracts';
import { RECORD_PATIENT_ID, SNOMED } from './record-fixtures.ts';

/**
 * Risk-assessment fixtures: the demo patient, a 64-year-old who smokes, with a PLCOm2012 lung cancer
 * result above the screening threshold waiting for review, as the server presents it.
 */
export const REVIEW_ID = '00000000-0000-4000-8000-000000000c01';
export const LDCT = {
  system: SNOMED,
  code: '16334891000119106',
  display: 'Low dose computed tomography of thorax',
};
export const SMOKING_CESSATION = {
  system: SNOMED,
  code: '225323000',
  display: 'Smoking cessation education',
};

export function buildInputField(overrides: Partial<ModuleInputField> = {}): ModuleInputField {
  return {
    key: 'ageYears',
    label: 'Age',
    question: 'How old are you?',
    help: null,
    unit: 'years',
    type: 'integer',
    min: 18,
    max: 100,
    options: [],
    required: true,
    isFoundInRecord: true,
    ...overrides,
  };
}

const KFRE_INPUTS = [
  buildInputField(),
  buildInputField({
    key: 'sex',
    label: 'Sex',
    question: 'What is your sex?',
    unit: null,
    type: 'choice',
    min: null,
    max: null,
    options: [
      { code: 'female', display: 'Female' },
      { code: 'male', display: 'Male' },
    ],
  }),
  buildInputField({
    key: 'egfr',
    label: 'eGFR',
    question: 'eGFR',
    unit: 'mL/min/1.73 m²',
    type: 'number',
    min: 1,
    max: 59,
  }),
  buildInputField({
    key: 'acrMgG',
    label: 'Urine albumin-to-creatinine ratio',
    question: 'Urine ACR',
    unit: 'mg/g',
    type: 'number',
    min: 0,
    max: 25000,
  }),
  buildInputField({
    key: 'isNorthAmerican',
    label: 'Lives in North America',
    question: 'Do you live in North America?',
    unit: null,
    type: 'boolean',
    min: null,
    max: null,
    required: false,
    isFoundInRecord: false,
  }),
];

export function buildModuleSummary(overrides: Partial<ModuleSummary> = {}): ModuleSummary {
  return {
    id: 'plcom2012',
    name: 'PLCOm2012 lung cancer risk',
    version: '1.0.0',
    kind: 'equation',
    audience: 'patient',
    disease: { id: 'lung-cancer', name: 'Lung cancer' },
    description:
      'Probability of a lung cancer diagnosis within 6 years for people who smoke or used to smoke.',
    inputs: [buildInputField()],
    references: [],
    ...overrides,
  };
}

/** The Kidney Failure Risk Equation, a clinician's module whose lab values the record may lack. */
export const buildKfreModule = (): ModuleSummary =>
  buildModuleSummary({
    id: 'kfre',
    name: 'Kidney Failure Risk Equation (4-variable)',
    audience: 'clinician',
    disease: { id: 'kidney-failure', name: 'Kidney failure' },
    description: 'Probability of kidney failure within 5 years in CKD stages 3–5.',
    inputs: KFRE_INPUTS,
  });

export function buildReviewOutcome(overrides: Partial<ReviewOutcome> = {}): ReviewOutcome {
  return {
    id: REVIEW_ID,
    status: 'pending',
    createdAt: '2026-03-01T09:00:00.000Z',
    decidedAt: null,
    decidedBy: null,
    note: null,
    adjustedCategory: null,
    conditionId: null,
    serviceRequestIds: [],
    carePlanId: null,
    ...overrides,
  };
}

export function buildRiskResult(overrides: Partial<RiskResult> = {}): RiskResult {
  return {
    id: 'risk-1',
    moduleId: 'plcom2012',
    moduleName: 'PLCOm2012 lung cancer risk',
    moduleVersion: '1.0.0',
    moduleKind: 'equation',
    disease: { id: 'lung-cancer', name: 'Lung cancer' },
    assessedAt: '2026-03-01T09:00:00.000Z',
    trigger: 'questionnaire',
    status: 'assessed',
    outcome: 'lung cancer diagnosis',
    probability: 0.0841,
    horizonYears: 6,
    score: null,
    category: 'high',
    categoryLabel: 'Above the screening threshold (1.51%)',
    needsReview: true,
    summary: 'PLCOm2012 6-year lung cancer risk 8.41% (threshold 1.51%); USPSTF 2021 criteria met.',
    plainLanguage: {
      meaning:
        'Out of 100 people like you, about 8 will be diagnosed with lung cancer in the next 6 years, and about 92 will not.',
      whatYouCanDo: [
        'Stopping smoking lowers your risk, whatever your age. Ask us for help; you do not have to do it alone.',
        'Ask your doctor about a yearly low-dose CT scan of your chest. It is quick and does not hurt.',
      ],
    },
    contributions: [
      { input: 'ageYears', label: 'Age', value: '64 years', effect: 0.31, scale: 'log-odds' },
      { input: 'copd', label: 'COPD', value: 'yes', effect: 0.36, scale: 'log-odds' },
      {
        input: 'cigarettesPerDay',
        label: 'Cigarettes per day',
        value: '30 a day',
        effect: -0.52,
        scale: 'log-odds',
      },
    ],
    findings: [
      {
        guideline: 'USPSTF 2021 lung cancer screening',
        verdict: 'meets',
        summary: 'Eligible for annual low-dose CT screening',
        reasons: ['Age 64 is within 50–80', '66 pack-years (at least 20)', 'Currently smokes'],
        reference: 'uspstf-2021',
      },
    ],
    recommendations: [
      {
        text: 'Offer annual low-dose CT screening after shared decision-making.',
        audience: 'clinician',
        reference: 'uspstf-2021',
      },
      {
        text: 'A yearly low-dose CT scan of the chest can find lung cancer early.',
        audience: 'patient',
        reference: 'uspstf-2021',
      },
    ],
    suggested: {
      condition: null,
      serviceRequests: [
        { code: LDCT, reason: 'Meets USPSTF 2021 lung cancer screening criteria' },
        { code: SMOKING_CESSATION, reason: 'Current smoker' },
      ],
      followUpMonths: 12,
    },
    warnings: [],
    references: [
      {
        id: 'uspstf-2021',
        citation: 'US Preventive Services Task Force. Screening for lung cancer. JAMA 2021;325(10):962-970.',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
      {
        id: 'tammemagi-2013',
        citation: 'Tammemägi MC, et al. Selection criteria for lung-cancer screening. N Engl J Med 2013.',
        url: null,
      },
    ],
    inputs: [
      {
        key: 'ageYears',
        label: 'Age',
        value: 64,
        display: '64 years',
        origin: { kind: 'calculated', display: 'From the date of birth' },
      },
      {
        key: 'cigarettesPerDay',
        label: 'Cigarettes per day',
        value: 30,
        display: '30 a day',
        origin: {
          kind: 'record',
          display: 'Symptoms and history questionnaire',
          resourceType: 'QuestionnaireResponse',
          resourceId: 'qr-1',
          date: '2026-02-27T18:00:00.000Z',
        },
      },
      {
        key: 'copd',
        label: 'COPD',
        value: true,
        display: 'yes',
        origin: { kind: 'entered', display: 'Entered for this assessment' },
      },
    ],
    review: buildReviewOutcome(),
    ...overrides,
  };
}

export function buildCarePlan(overrides: Partial<CarePlanView> = {}): CarePlanView {
  return {
    id: 'careplan-1',
    title: 'Lung cancer screening and stopping smoking',
    description: 'Annual low-dose CT while eligible, and support to stop smoking.',
    status: 'active',
    created: '2026-03-02T10:00:00.000Z',
    author: 'Dr Ines Duarte',
    goals: [{ description: 'Stop smoking', targetDate: '2026-10-01' }],
    activities: [],
    followUpDate: '2026-04-01',
    riskAssessmentId: 'risk-1',
    nextSteps: [
      { description: 'Join the stop-smoking service', date: '2026-03-15' },
      { description: 'Low dose computed tomography of thorax', date: null },
      { description: 'Follow-up appointment', date: '2026-04-01' },
    ],
    ...overrides,
  };
}

export function buildRiskOverview(overrides: Partial<PatientRiskOverview> = {}): PatientRiskOverview {
  return { results: [buildRiskResult()], pending: [], carePlans: [], ...overrides };
}

export function buildQueueItem(overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem {
  return {
    reviewId: REVIEW_ID,
    patientId: RECORD_PATIENT_ID,
    patientName: 'Alex Morgan',
    recordNumber: 'LCN-000201',
    riskAssessmentId: 'risk-1',
    moduleId: 'plcom2012',
    moduleName: 'PLCOm2012 lung cancer risk',
    disease: { id: 'lung-cancer', name: 'Lung cancer' },
    probability: 0.0841,
    category: 'high',
    categoryLabel: 'Above the screening threshold (1.51%)',
    summary: 'PLCOm2012 6-year lung cancer risk 8.41% (threshold 1.51%); USPSTF 2021 criteria met.',
    createdAt: '2026-03-01T09:00:00.000Z',
    status: 'pending',
    ...overrides,
  };
}

export function buildReviewDetail(overrides: Partial<ReviewDetail> = {}): ReviewDetail {
  const review = overrides.review ?? buildReviewOutcome();
  return {
    review,
    patient: { id: RECORD_PATIENT_ID, name: 'Alex Morgan', recordNumber: 'LCN-000201' },
    result: buildRiskResult({ review }),
    history: [
      { assessedAt: '2025-03-01T09:00:00.000Z', probability: 0.061, category: 'high' },
      { assessedAt: '2026-03-01T09:00:00.000Z', probability: 0.0841, category: 'high' },
    ],
    ...overrides,
  };
}

export function buildPreview(overrides: Partial<AssessmentPreview> = {}): AssessmentPreview {
  return { moduleId: 'kfre', inputs: [], missing: [], result: null, errors: [], ...overrides };
}

export function buildPopulationReport(overrides: Partial<PopulationReport> = {}): PopulationReport {
  return {
    patientCount: 12,
    modules: [
      {
        moduleId: 'plcom2012',
        moduleName: 'PLCOm2012 lung cancer risk',
        disease: { id: 'lung-cancer', name: 'Lung cancer' },
        assessedPatients: 8,
        distribution: [
          { category: 'low', count: 5 },
          { category: 'borderline', count: 0 },
          { category: 'intermediate', count: 0 },
          { category: 'high', count: 2 },
          { category: 'very-high', count: 1 },
        ],
      },
    ],
    screeningGaps: [
      {
        patientId: RECORD_PATIENT_ID,
        patientName: 'Alex Morgan',
        recordNumber: 'LCN-000201',
        moduleId: 'plcom2012',
        guideline: 'USPSTF 2021 lung cancer screening',
        probability: 0.0841,
        assessedAt: '2026-03-01T09:00:00.000Z',
      },
    ],
    trend: [
      { month: '2026-01', moduleId: 'plcom2012', assessed: 0, high: 0 },
      { month: '2026-02', moduleId: 'plcom2012', assessed: 3, high: 1 },
      { month: '2026-03', moduleId: 'plcom2012', assessed: 5, high: 2 },
    ],
    ...overrides,
  };
}
