import { chatStrings } from '../../chat/chat.strings.ts';

/** User-visible texts of a patient's chart, as doctors and nurses see it. */
export const chartStrings = {
  loading: 'Loading the patient’s record…',
  loadFailed: 'The patient’s record could not be loaded',
  backToPatients: 'Back to My patients',

  ageLabel: 'Age',
  sexLabel: 'Sex',
  birthDateLabel: 'Born',
  deceasedLabel: 'Died',
  unknown: 'Not recorded',

  allergiesBannerTitle: 'Allergies',
  allergiesBannerNone: 'No allergies recorded.',
  allergyItem: (substance: string, risk: string | null) =>
    risk ? `${substance} (${risk.toLowerCase()})` : substance,

  tabsLabel: 'Parts of the record',
  tabs: {
    summary: 'Summary',
    problems: 'Problems',
    medications: 'Medications',
    prescriptions: 'Prescriptions',
    allergies: 'Allergies',
    labs: 'Labs',
    vitals: 'Vitals',
    encounters: 'Encounters',
    documents: 'Documents',
    reported: 'Patient-reported',
    risk: 'Risk',
    assistant: chatStrings.chartTab,
  },
  encountersHeading: 'Encounters',
  vitalsHeading: 'Vital signs',
  labsHeading: 'Lab results',
  labsCaption: 'Each test’s latest result, its reference range and its trend',
  latestColumn: 'Latest',
  trendColumn: 'Trend',
  historyColumn: 'History',
  showHistory: 'History',
  showHistoryLabel: (test: string) => `History of ${test}`,

  actionsLabel: 'Add to the record',
  addDiagnosis: 'Add diagnosis',
  recordVitals: 'Record vitals',
  recordLabs: 'Record lab results',
  writeNote: 'Write note',

  noAccessTitle: 'You do not have access to this patient’s record',
  noAccessDetail:
    'Ask the patient to give you access in their portal, or admit them to your organisation from My patients.',
  noAccessEmergency:
    'If the patient needs care now and cannot give you access, open emergency access. The patient and your organisation’s administrators are told.',
  requestEmergency: 'Request emergency access',
  notFoundTitle: 'There is no such patient',
  notFoundDetail: 'No patient record has this ID. It may have been mistyped, or the record removed.',
};
