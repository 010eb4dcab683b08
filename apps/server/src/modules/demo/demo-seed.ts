import type { Role } from '@nexus/contracts';
import type { IdentityService } from '../identity/index.ts';

export const DEMO_ORGANISATION_ID = '00000000-0000-4000-8000-000000000001';
export const DEMO_PASSWORD = 'Nexus-Demo-2026!';

type DemoAccount = { id: string; role: Role; email: string; displayName: string };

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
}));

/**
 * Seeds the demo clinic into an empty database, through the same services the product uses.
 * Returns the accounts it created, or an empty list when the database already had organisations.
 */
export async function seedDemoClinic(identity: IdentityService): Promise<readonly DemoAccount[]> {
  if ((await identity.countOrganisations()) > 0) return [];
  await identity.createOrganisation({
    id: DEMO_ORGANISATION_ID,
    name: 'LifeCare Demo Clinic',
    kind: 'clinic',
  });
  await Promise.all(
    DEMO_ACCOUNTS.map((account) =>
      identity.createUser({
        id: account.id,
        email: account.email,
        displayName: account.displayName,
        password: DEMO_PASSWORD,
        memberships: [{ organisationId: DEMO_ORGANISATION_ID, role: account.role }],
      }),
    ),
  );
  return DEMO_ACCOUNTS;
}

export function formatDemoBanner(accounts: readonly DemoAccount[], url: string): string {
  const width = Math.max(...accounts.map((a) => a.email.length));
  const rows = accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.role}`);
  return [
    '',
    'LifeCare Nexus is running with its demo clinic. Sign in at',
    `  ${url}`,
    `with any of these accounts; the password for all of them is ${DEMO_PASSWORD}`,
    ...rows,
    'Set NEXUS_DEMO=0 to start without demo data.',
    '',
  ].join('\n');
}
