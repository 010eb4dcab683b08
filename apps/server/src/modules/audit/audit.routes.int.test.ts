import { AuditVerification } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const URL = '/api/v1/admin/audit/verification';

describe('POST /api/v1/admin/audit/verification', () => {
  it('reports an intact log, then the first entry someone altered', async () => {
    const admin = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'platform_admin' }));
    const intact = AuditVerification.parse((await admin.request({ method: 'POST', url: URL })).json());
    expect(intact).toMatchObject({ isIntact: true, problem: null });
    expect(intact.entries).toBeGreaterThan(0);

    await t.testDb.db.executeSql('alter table audit_events disable trigger user');
    await t.testDb.db.executeSql("update audit_events set outcome = 'denied' where seq = 2");
    await t.testDb.db.executeSql('alter table audit_events enable trigger user');

    const response = await admin.request({ method: 'POST', url: URL });
    expect(response.statusCode).toBe(200);
    expect(AuditVerification.parse(response.json())).toMatchObject({
      isIntact: false,
      problem: { seq: 2, problem: 'altered', detail: 'entry #2 was altered after it was written' },
    });
    const last = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ action: 'audit.verified', outcome: 'failure' });
  });

  it('is for platform administrators only', async () => {
    for (const role of ['org_admin', 'doctor', 'patient'] as const) {
      const client = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role }));
      expect((await client.request({ method: 'POST', url: URL })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'POST', url: URL })).statusCode).toBe(401);
  });
});
