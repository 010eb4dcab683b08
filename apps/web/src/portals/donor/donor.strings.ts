/** User-visible texts of the donor portal. */
export const donorStrings = {
  title: 'Donor portal',
  purpose: 'Everything about giving blood: when you can donate, your appointments and your donations.',
  scope: ['Check when you can donate next', 'Book a donation appointment', 'See your donation history'],
};
