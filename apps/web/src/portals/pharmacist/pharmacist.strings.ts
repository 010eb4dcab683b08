/** User-visible texts of the pharmacy portal. */
export const pharmacistStrings = {
  title: 'Pharmacy portal',
  purpose: 'Dispensing and medicines management for your pharmacy.',
  scope: [
    'Receive and check prescriptions',
    'Catch interactions and contraindications',
    'Dispense and record what was handed out',
    'Keep stock levels right',
  ],
};
