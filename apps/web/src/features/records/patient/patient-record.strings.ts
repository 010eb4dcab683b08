/** User-visible texts of the patient's own record pages. */
export const patientRecordStrings = {
  healthNav: 'My health',
  healthTitle: 'My health',
  healthIntro:
    'A summary of your health record: your problems and diagnoses, medicines, allergies and latest results.',
  downloadsHeading: 'Take your record with you',
  downloadsIntro:
    'The FHIR file holds your whole record in the format other health systems read. The PDF is a summary to read or print.',
  downloadFhir: 'Download my record (FHIR)',
  downloadPdf: 'Download summary (PDF)',

  timelineNav: 'Timeline',
  timelineTitle: 'Timeline',
  timelineIntro:
    'Everything in your record in the order it happened, newest first: visits, results and more.',

  chartsNav: 'Charts',
  chartsTitle: 'Charts',
  chartsIntro:
    'Your vital signs and lab results over time. The shaded band is the reference range: where results usually fall.',

  documentsNav: 'Documents',
  documentsTitle: 'Documents',
  documentsIntro: 'Notes your clinicians wrote and reports in your record.',

  symptomsNav: 'Symptoms & history',
  symptomsTitle: 'Symptoms & history',
  symptomsIntro:
    'Tell your care team how you are and about your health history before a visit. They see your answers in your record.',
};
