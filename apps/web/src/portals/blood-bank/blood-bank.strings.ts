/** User-visible texts of the blood bank portal. */
export const bloodBankStrings = {
  title: 'Blood bank portal',
  purpose: 'The blood supply from donor to patient: donations, stock, compatibility and requests.',
  scope: [
    'Register donors and donations',
    'Track blood units and their expiry',
    'Check compatibility for transfusion requests',
    'Issue units to wards and hospitals',
  ],
};
