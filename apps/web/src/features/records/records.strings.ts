import type {
  ConditionClinicalStatus,
  ConditionVerificationStatus,
  DocumentKind,
  Gender,
  ResultFlag,
  TimelineKind,
} from '@nexus/contracts';

/** User-visible texts of the health record as both portals show it: sections, flags, kinds. */
export const recordsStrings = {
  noPatientRecordTitle: 'You have no patient record',
  noPatientRecordDetail: 'These pages are for patients. Your account does not have a patient record.',
  errorFallback: 'Something went wrong. Try again in a moment.',
  retry: 'Try again',
  summaryLoading: 'Loading the health record…',
  summaryLoadFailed: 'The health record could not be loaded',

  problemsHeading: 'Problems and diagnoses',
  problemsEmpty: 'No problems or diagnoses recorded.',
  problemsLabel: 'Problems and diagnoses',
  since: (when: string) => `Since ${when}`,
  resolvedOn: (when: string) => `Resolved ${when}`,
  recordedBy: (who: string) => `Recorded by ${who}`,
  icd10: (code: string) => `ICD-10 ${code}`,
  clinicalStatuses: {
    active: 'Active',
    recurrence: 'Recurrence',
    relapse: 'Relapse',
    inactive: 'Inactive',
    remission: 'In remission',
    resolved: 'Resolved',
  } satisfies Record<ConditionClinicalStatus, string>,
  verificationStatuses: {
    unconfirmed: 'Unconfirmed',
    provisional: 'Provisional',
    differential: 'Differential diagnosis',
    confirmed: 'Confirmed',
    refuted: 'Refuted',
    'entered-in-error': 'Entered in error',
  } satisfies Record<ConditionVerificationStatus, string>,

  medicationsHeading: 'Medicines',
  medicationsEmpty: 'No medicines recorded.',
  medicationsLabel: 'Medicines',
  prescribed: 'Prescribed',
  reported: 'Reported by the patient',
  prescribedBy: (who: string) => `Prescribed by ${who}`,
  forReason: (reason: string) => `For ${reason}`,

  allergiesHeading: 'Allergies and intolerances',
  allergiesEmpty: 'No allergies recorded.',
  allergiesLabel: 'Allergies and intolerances',
  criticality: { low: 'Low risk', high: 'High risk', 'unable-to-assess': 'Risk not assessed' } as Record<
    string,
    string
  >,
  reactions: (list: string) => `Reactions: ${list}`,

  vitalsHeading: 'Latest vital signs',
  vitalsCaption: 'The latest value of each vital sign',
  vitalsEmpty: 'No vital signs recorded.',
  labsHeading: 'Latest lab results',
  labsCaption: 'The latest result of each test, with its reference range',
  labsEmpty: 'No lab results recorded.',
  measureColumn: 'Measure',
  testColumn: 'Test',
  valueColumn: 'Value',
  resultColumn: 'Result',
  flagColumn: 'Flag',
  rangeColumn: 'Reference range',
  dateColumn: 'Date',
  noRange: 'None given',
  noValue: 'No value',

  smokingHeading: 'Smoking',
  smokingUnknown: 'Not recorded.',
  immunizationsHeading: 'Immunizations',
  immunizationsEmpty: 'No immunizations recorded.',
  immunizationsLabel: 'Immunizations',

  flags: {
    normal: 'Normal',
    low: 'Low',
    high: 'High',
    'critical-low': 'Critically low',
    'critical-high': 'Critically high',
    abnormal: 'Abnormal',
  } satisfies Record<ResultFlag, string>,
  noFlag: 'No range',

  genders: { male: 'Male', female: 'Female', other: 'Other', unknown: 'Unknown' } satisfies Record<
    Gender,
    string
  >,
  ageYears: (years: number) => `${years} ${years === 1 ? 'year' : 'years'}`,

  timelineKinds: {
    encounter: 'Visit',
    condition: 'Diagnosis',
    observation: 'Result',
    report: 'Report',
    procedure: 'Procedure',
    immunization: 'Immunization',
    medication: 'Medicine',
    allergy: 'Allergy',
    document: 'Document',
    questionnaire: 'Questionnaire',
    'care-plan': 'Care plan',
  } satisfies Record<TimelineKind, string>,

  documentKinds: {
    'clinical-note': 'Clinical note',
    report: 'Report',
    imported: 'Imported document',
    other: 'Document',
  } satisfies Record<DocumentKind, string>,

  trends: { rising: 'Rising', falling: 'Falling', steady: 'Steady' },
  noTrend: 'Only one result',
};
