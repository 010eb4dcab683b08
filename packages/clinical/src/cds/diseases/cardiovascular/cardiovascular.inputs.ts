import { LOINC } from '../../../codes/code-systems.ts';
import { AGE_INPUT, SEX_INPUT } from '../../common-inputs.ts';
import type { InputInfo } from '../../disease-module.ts';
import type { InputSource } from '../../input-sources.ts';

/** Where the cardiovascular modules find their shared inputs in a record, best source first. */

export const ANTIHYPERTENSIVES = [
  'lisinopril',
  'enalapril',
  'ramipril',
  'perindopril',
  'captopril',
  'benazepril',
  'quinapril',
  'fosinopril',
  'trandolapril',
  'losartan',
  'valsartan',
  'irbesartan',
  'candesartan',
  'olmesartan',
  'telmisartan',
  'azilsartan',
  'amlodipine',
  'nifedipine',
  'felodipine',
  'diltiazem',
  'verapamil',
  'hydrochlorothiazide',
  'chlorthalidone',
  'indapamide',
  'metoprolol',
  'atenolol',
  'bisoprolol',
  'carvedilol',
  'nebivolol',
  'labetalol',
  'spironolactone',
  'hydralazine',
  'clonidine',
  'doxazosin',
  'methyldopa',
] as const;

export const STATINS = [
  'atorvastatin',
  'rosuvastatin',
  'simvastatin',
  'pravastatin',
  'lovastatin',
  'fluvastatin',
  'pitavastatin',
] as const;

/** Clinical ASCVD: MI (incl. STEMI/NSTEMI, history of MI), ischaemic heart disease, stroke, atherosclerosis. */
export const ASCVD_SNOMED = [
  '22298006',
  '401303003',
  '401314000',
  '399211009',
  '414545008',
  '53741008',
  '230690007',
];
export const ASCVD_ICD10 = ['I21', 'I22', 'I25', 'I63', 'I64', 'I70'];

/** "Yes" to either history question means known disease; both are required in the same form, so "no" to heart disease comes with the stroke answer. */
export function knownDiseaseSources(condition: InputSource): InputSource[] {
  return [
    condition,
    { kind: 'questionnaire', linkId: 'history.heart-disease', values: { true: true } },
    { kind: 'questionnaire', linkId: 'history.stroke', values: { true: true } },
    { kind: 'questionnaire', linkId: 'history.heart-disease', values: { false: false } },
  ];
}

const SMOKING_SOURCES: InputSource[] = [
  { kind: 'smoking-status' },
  {
    kind: 'questionnaire',
    linkId: 'smoking.status',
    values: { 'current-every-day': 'current', 'current-some-days': 'current', former: 'former' },
  },
  { kind: 'questionnaire', linkId: 'smoking.ever', values: { false: 'never' } },
];

export const CARDIOVASCULAR_INPUT_INFO = {
  ageYears: AGE_INPUT,
  sex: SEX_INPUT,
  totalCholesterolMgDl: {
    label: 'Total cholesterol',
    question: 'What was your last total cholesterol result, in mg/dL?',
    unit: 'mg/dL',
    sources: [{ kind: 'observation', loinc: [LOINC.cholesterolTotal], unit: 'mg/dL', maxAgeDays: 1095 }],
    help: 'mmol/L × 38.67 = mg/dL.',
  },
  hdlMgDl: {
    label: 'HDL cholesterol',
    question: 'What was your last HDL ("good") cholesterol result, in mg/dL?',
    unit: 'mg/dL',
    sources: [{ kind: 'observation', loinc: [LOINC.hdl], unit: 'mg/dL', maxAgeDays: 1095 }],
  },
  systolicBpMmHg: {
    label: 'Systolic blood pressure',
    question: 'What was your last blood pressure? Give the top number.',
    unit: 'mm[Hg]',
    sources: [{ kind: 'observation', loinc: [LOINC.systolic], unit: 'mm[Hg]', maxAgeDays: 365 }],
  },
  onBpTreatment: {
    label: 'On blood pressure treatment',
    question: 'Do you take medicine for high blood pressure now?',
    unit: null,
    sources: [
      { kind: 'medication', ingredients: ANTIHYPERTENSIVES },
      // The form asks "take or have ever taken": only a "no" answers "taking now".
      { kind: 'questionnaire', linkId: 'history.blood-pressure-medicine', values: { false: false } },
    ],
  },
  diabetes: {
    label: 'Diabetes',
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
  },
  smoking: {
    label: 'Smoking',
    question: 'Do you smoke tobacco now?',
    unit: null,
    sources: SMOKING_SOURCES,
    options: { current: 'Smokes now', former: 'Used to smoke', never: 'Never smoked' },
    help: 'Only current smoking enters the equations.',
  },
  onStatin: {
    label: 'On a statin',
    question: 'Do you take a statin (a cholesterol-lowering medicine such as atorvastatin or simvastatin)?',
    unit: null,
    sources: [{ kind: 'medication', ingredients: STATINS }],
  },
  ldlMgDl: {
    label: 'LDL cholesterol',
    question: 'What was your last LDL ("bad") cholesterol result, in mg/dL, if you know it?',
    unit: 'mg/dL',
    sources: [
      { kind: 'observation', loinc: [LOINC.ldlDirect, LOINC.ldlCalculated], unit: 'mg/dL', maxAgeDays: 1095 },
    ],
    help: 'Not in the equations; it places the person in a 2018 statin benefit group.',
  },
} satisfies Record<string, InputInfo>;
