import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityModuleFor } from '../../../test/factories.ts';
import { createFakeClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { totpCodeAt } from '../identity/second-factor/totp.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  demoTotpSecret,
  formatDemoBanner,
  seedDemoClinic,
} from './demo-seed.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

describe('the demo clinic', () => {
  it('seeds one account per role, each with its authenticator app set up and able to sign in', async () => {
    const clock = createFakeClock();
    const identity = identityModuleFor(t.db, clock);
    const admissions: unknown[] = [];
    const created = await seedDemoClinic(identity, async (admission) => {
      admissions.push(admission);
    });
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
    // The demo patient is admitted to the demo clinic, so its clinicians can see the record.
    expect(admissions).toEqual([
      {
        patientUserId: DEMO_ACCOUNTS[0]?.id,
        organisationId: '00000000-0000-4000-8000-000000000001',
        byUserId: DEMO_ACCOUNTS[2]?.id,
      },
    ]);
    for (const account of DEMO_ACCOUNTS) {
      const session = await identity.service.signIn({ email: account.email, password: DEMO_PASSWORD });
      expect(session.pending).toEqual({ step: 'second_factor', email: account.email, methods: ['totp'] });
      expect(await identity.factors.checkTotp(account.id, totpCodeAt(account.totpSecret, clock.now()))).toBe(
        'ok',
      );
      const me = await identity.service.profile(account.id);
      expect(me.memberships.map((m) => m.role)).toEqual([account.role]);
      expect(me.memberships[0]?.organisationName).toBe('LifeCare Demo Clinic');
    }
  });

  it('does nothing when the database already has organisations', async () => {
    const identity = identityModuleFor(t.db, createFakeClock());
    expect(await seedDemoClinic(identity, async () => {})).toEqual([]);
    const users = await t.db.kysely.selectFrom('users').select('email').execute();
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
  });

  it('prints how to sign in', () => {
    const banner = formatDemoBanner(DEMO_ACCOUNTS, 'http://localhost:3000');
    expect(banner).toContain('http://localhost:3000');
    expect(banner).toContain(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) {
      expect(banner).toContain(account.email);
      expect(banner).toContain(account.totpSecret);
    }
  });

  it('derives a distinct 160-bit base32 authenticator secret per address, the same on every seed', () => {
    const secrets = DEMO_ACCOUNTS.map((a) => a.totpSecret);
    for (const secret of secrets) expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(new Set(secrets).size).toBe(secrets.length);
    expect(demoTotpSecret('patient@demo.lifecare.test')).toBe(DEMO_ACCOUNTS[0]?.totpSecret);
  });
});
