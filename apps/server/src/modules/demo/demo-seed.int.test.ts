import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityServiceFor } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, formatDemoBanner, seedDemoClinic } from './demo-seed.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

describe('the demo clinic', () => {
  it('seeds one account per role into an empty database, each able to sign in with its role', async () => {
    const identity = identityServiceFor(t.db, createFakeClock());
    const created = await seedDemoClinic(identity);
    expect(created.map((a) => a.role).sort()).toEqual([
      'blood_bank_staff',
      'dietitian',
      'doctor',
      'donor',
      'nurse',
      'org_admin',
      'patient',
      'pharmacist',
      'platform_admin',
    ]);
    for (const account of DEMO_ACCOUNTS) {
      const session = await identity.signIn({ email: account.email, password: DEMO_PASSWORD });
      expect(session.userId).toBe(account.id);
      const me = await identity.profile(session.userId);
      expect(me.memberships.map((m) => m.role)).toEqual([account.role]);
      expect(me.memberships[0]?.organisationName).toBe('LifeCare Demo Clinic');
    }
  });

  it('does nothing when the database already has organisations', async () => {
    const identity = identityServiceFor(t.db, createFakeClock());
    expect(await seedDemoClinic(identity)).toEqual([]);
    const users = await t.db.kysely.selectFrom('users').select('email').execute();
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
  });

  it('prints how to sign in', () => {
    const banner = formatDemoBanner(DEMO_ACCOUNTS, 'http://localhost:3000');
    expect(banner).toContain('http://localhost:3000');
    expect(banner).toContain(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) expect(banner).toContain(account.email);
  });
});
