/** User-visible texts of the doctor portal. */
export const doctorStrings = {
  title: 'Doctor portal',
  purpose: 'Your clinical workspace for the patients in your care, from their record to your decisions.',
  scope: [
    'Review the records of patients in your care',
    'Assess risk with clinical decision support',
    'Prescribe and review medicines',
    'Document consultations and follow-up',
  ],
};
