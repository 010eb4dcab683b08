/** User-visible texts of the nurse portal. */
export const nurseStrings = {
  title: 'Nurse portal',
  purpose: 'Day-to-day care on the ward or in the clinic for the patients you look after.',
  scope: [
    'See the patients you look after today',
    'Record observations and vital signs',
    'Give and record medicines on your rounds',
    'Hand over care tasks to colleagues',
  ],
};
