/** The demo clinic's accounts, by the name before @demo.lifecare.test. */
export const DEMO_ACCOUNT_NAMES = [
  'patient',
  'doctor',
  'nurse',
  'pharmacist',
  'dietitian',
  'bloodbank',
  'donor',
  'admin',
  'platform',
] as const;
