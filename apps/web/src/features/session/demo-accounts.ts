import type { Role } from '@nexus/contracts';

/**
 * The demo clinic's accounts, shown as a hint on the sign-in page of a demo installation. They mirror
 * the server's demo seed (apps/server/src/modules/demo/demo-seed.ts); the password is never shown here.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: Role }> = [
  { email: 'patient@demo.lifecare.test', role: 'patient' },
  { email: 'doctor@demo.lifecare.test', role: 'doctor' },
  { email: 'nurse@demo.lifecare.test', role: 'nurse' },
  { email: 'pharmacist@demo.lifecare.test', role: 'pharmacist' },
  { email: 'dietitian@demo.lifecare.test', role: 'dietitian' },
  { email: 'bloodbank@demo.lifecare.test', role: 'blood_bank_staff' },
  { email: 'donor@demo.lifecare.test', role: 'donor' },
  { email: 'admin@demo.lifecare.test', role: 'org_admin' },
  { email: 'platform@demo.lifecare.test', role: 'platform_admin' },
];
