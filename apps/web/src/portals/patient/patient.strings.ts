/** User-visible texts of the patient portal. */
export const patientStrings = {
  title: 'Patient portal',
  purpose:
    'Your own space for your health: your record, your medicines and your contact with your care team.',
  scope: [
    'See your health record, results and documents',
    'Keep track of your medicines and reminders',
    'Book and prepare for appointments',
    'Talk to your care team securely',
  ],
};
