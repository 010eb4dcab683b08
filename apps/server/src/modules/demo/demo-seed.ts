import { createHash } from 'node:crypto';
import type { Role } from '@nexus/contracts';
import type { IdentityService, SecondFactorService } from '../identity/index.ts';

export const DEMO_ORGANISATION_ID = '00000000-0000-4000-8000-000000000001';
export const DEMO_ORGANISATION_NAME = 'LifeCare Demo Clinic';
export const DEMO_PASSWORD = 'Nexus-Demo-2026!';

type DemoAccount = { id: string; role: Role; email: string; displayName: string; totpSecret: string };

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Demo accounts come with an authenticator app already set up. Its secret is derived from the address,
 * so every fresh demo has the same ones and an app set up once keeps working: demo data is public.
 */
export function demoTotpSecret(email: string): string {
  const bytes = createHash('sha256').update(`lifecare-nexus-demo-totp\0${email}`).digest().subarray(0, 20);
  let out = '';
  for (let bit = 0; bit < bytes.length * 8; bit += 5) {
    const byte = bit >> 3;
    const pair = ((bytes[byte] ?? 0) << 8) | (bytes[byte + 1] ?? 0);
    out += BASE32[(pair >> (11 - (bit & 7))) & 31];
  }
  return out;
}

/** One account per role, with fixed ids so every fresh demo is the same. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'patient', email: 'patient@demo.lifecare.test', displayName: 'Alex Morgan' },
  { role: 'doctor', email: 'doctor@demo.lifecare.test', displayName: 'Dr Samira Haddad' },
  { role: 'nurse', email: 'nurse@demo.lifecare.test', displayName: 'Jonas Berg' },
  { role: 'pharmacist', email: 'pharmacist@demo.lifecare.test', displayName: 'Priya Nair' },
  { role: 'dietitian', email: 'dietitian@demo.lifecare.test', displayName: 'Lena Fischer' },
  { role: 'blood_bank_staff', email: 'bloodbank@demo.lifecare.test', displayName: 'Kwame Mensah' },
  { role: 'donor', email: 'donor@demo.lifecare.test', displayName: 'Maria Rossi' },
  { role: 'org_admin', email: 'admin@demo.lifecare.test', displayName: 'Chen Wei' },
  { role: 'platform_admin', email: 'platform@demo.lifecare.test', displayName: 'Platform Operator' },
].map((account, index) => ({
  ...account,
  role: account.role as Role,
  id: `00000000-0000-4000-8000-${String(index + 101).padStart(12, '0')}`,
  totpSecret: demoTotpSecret(account.email),
}));

/**
 * Seeds the demo clinic into an empty database, through the same services the product uses.
 * Returns the accounts it created, or an empty list when the database already had organisations.
 */
export async function seedDemoClinic(
  identity: { service: IdentityService; factors: SecondFactorService },
  /** Admits a patient to an organisation (a care relationship for its clinicians). */
  admit: (admission: { patientUserId: string; organisationId: string; byUserId: string }) => Promise<void>,
): Promise<readonly DemoAccount[]> {
  const { service, factors } = identity;
  if ((await service.countOrganisations()) > 0) return [];
  await service.createOrganisation({
    id: DEMO_ORGANISATION_ID,
    name: DEMO_ORGANISATION_NAME,
    kind: 'clinic',
  });
  await Promise.all(
    DEMO_ACCOUNTS.map(async (account) => {
      await service.createUser({
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        password: DEMO_PASSWORD,
        memberships: [{ organisationId: DEMO_ORGANISATION_ID, role: account.role }],
      });
      await factors.provisionTotp(account.id, account.totpSecret);
    }),
  );
  // The demo patient is a patient of the demo clinic, so its doctor and nurse can see their record.
  const patient = DEMO_ACCOUNTS.find((a) => a.role === 'patient');
  const nurse = DEMO_ACCOUNTS.find((a) => a.role === 'nurse');
  if (patient && nurse) {
    await admit({ patientUserId: patient.id, organisationId: DEMO_ORGANISATION_ID, byUserId: nurse.id });
  }
  return DEMO_ACCOUNTS;
}

export function formatDemoBanner(accounts: readonly DemoAccount[], url: string): string {
  const width = Math.max(...accounts.map((a) => a.email.length));
  const roleWidth = Math.max(...accounts.map((a) => a.role.length));
  const rows = accounts.map(
    (a) => `  ${a.email.padEnd(width)}  ${a.role.padEnd(roleWidth)}  ${a.totpSecret}`,
  );
  return [
    '',
    'LifeCare Nexus is running with its demo clinic. Sign in at',
    `  ${url}`,
    `with any of these accounts; the password for all of them is ${DEMO_PASSWORD}.`,
    'Two factors are required: add the secret on the right to an authenticator app',
    '(Google Authenticator, Aegis, 1Password, …: "enter a setup key", time-based) and give its code.',
    ...rows,
    'Set NEXUS_DEMO=0 to start without demo data.',
    '',
  ].join('\n');
}
