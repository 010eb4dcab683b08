/** User-visible texts of the nutrition portal. */
export const dietitianStrings = {
  title: 'Nutrition portal',
  purpose: 'Nutrition care for the patients referred to you, from assessment to follow-up.',
  scope: [
    'Assess nutritional status and needs',
    'Build meal plans with your patients',
    'Follow progress over time',
  ],
};
