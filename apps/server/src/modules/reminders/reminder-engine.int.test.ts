import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, testCipher } from '../../../test/factories.ts';
import { createFakeClock, createFakeQueue } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createMailRepo } from '../mail/mail.repo.ts';
import { createMailOutbox } from '../mail/mail.service.ts';
import { createLocalHub, notificationDispatcherFor } from '../notifications/index.ts';
import { createRemindersModule, doseNotifierFor } from './index.ts';

/**
 * The reminder engine on a real database: planning in the patient's zone across a clock change,
 * delivering each due dose exactly once however many workers run, the one follow-up, missed doses
 * and the caregiver's notice, and the patient's records of each dose.
 */
const log = pino({ level: 'silent' });
let t: TestDatabase;
const clock = createFakeClock(new Date('2026-03-28T09:00:00Z'));
const queue = createFakeQueue();

/** The platform's dispatcher, with its live hub in this process and the job queue recorded. */
const notifier = doseNotifierFor(notificationDispatcherFor({ hub: createLocalHub(), queue, clock, log }));

let reminders: ReturnType<typeof createRemindersModule>;
let patientId: string;
let userId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.db.kysely;
  const patient = await buildUser(t.db, clock, { role: 'patient' });
  patientId = patient.patientId ?? '';
  userId = patient.id;
  reminders = createRemindersModule({
    db,
    fhir: { records: { resource: async () => undefined } as never },
    readablePatients: async () => [],
    notifier,
    queue,
    outbox: createMailOutbox({ db, repo: createMailRepo(), clock, cipher: testCipher, log }),
    audit: { record: async () => {} } as never,
    clock,
    log,
    defaultZone: 'Europe/London',
    publicUrl: 'https://nexus.example',
    responsibleDoctors: async () => [],
  });
});
afterAll(async () => t.destroy());

const daily = (times: string[], startDate = '2026-03-28') => ({
  doseQuantity: 1,
  doseUnit: 'tablet' as const,
  route: 'oral' as const,
  timing: { kind: 'at-times' as const, times },
  startDate,
  durationDays: null,
  instructions: null,
});

async function schedule(times: string[], forPatient = patientId) {
  const sourceId = randomUUID();
  await reminders.service.schedule(t.db.kysely, {
    patientId: forPatient,
    sourceType: 'MedicationStatement',
    sourceId,
    dosage: daily(times),
  });
  return sourceId;
}

const dosesOf = (sourceId: string) =>
  t.db.kysely
    .selectFrom('dose_events as d')
    .innerJoin('medication_schedules as s', 's.id', 'd.schedule_id')
    .select(['d.id', 'd.occurrence_key', 'd.due_at', 'd.status'])
    .where('s.source_id', '=', sourceId)
    .orderBy('d.due_at')
    .execute();

describe('planning doses ahead', () => {
  it('puts an 08:00 dose at 08:00 GMT and, after the spring change, at 08:00 BST (07:00 UTC)', async () => {
    const sourceId = await schedule(['08:00']);
    await reminders.engine.planAhead();
    const doses = await dosesOf(sourceId);
    // From 28 March 09:00 UTC for 48 hours: the 29th (clocks went forward at 01:00 UTC) and the 30th.
    expect(doses.map((dose) => [dose.occurrence_key, new Date(dose.due_at).toISOString()])).toEqual([
      ['2026-03-29T08:00', '2026-03-29T07:00:00.000Z'],
      ['2026-03-30T08:00', '2026-03-30T07:00:00.000Z'],
    ]);
    const minutes = queue.sent.map((job) => job.options?.startAfter?.toISOString());
    expect(minutes).toContain('2026-03-29T07:00:00.000Z');
    // Planning again adds nothing: each dose is named by its local date and time.
    await reminders.engine.planAhead();
    expect(await dosesOf(sourceId)).toHaveLength(2);
  });
});

describe('delivering reminders', () => {
  it('reminds each due dose exactly once, with three workers racing', async () => {
    const sources = await Promise.all(Array.from({ length: 30 }, () => schedule(['09:15'])));
    await reminders.engine.planAhead();
    clock.advance(24 * 3_600_000 + 15 * 60_000 - 60 * 60_000 + 30_000); // 29 March 08:15:30 UTC = 09:15:30 BST
    const results = await Promise.all([
      reminders.engine.deliverDue(),
      reminders.engine.deliverDue(),
      reminders.engine.deliverDue(),
    ]);
    const dueNow = (await Promise.all(sources.map(dosesOf))).map((doses) => doses[0]);
    expect(dueNow.every((dose) => dose?.status === 'reminded')).toBe(true);
    const rows = await sql<{ dose_event_id: string; title: string }>`
      select dose_event_id, title from notifications where user_id = ${userId} and kind = 'dose-reminder'
    `.execute(t.db.kysely);
    const ids = rows.rows.map((row) => row.dose_event_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(dueNow.map((dose) => dose?.id)));
    expect(results.reduce((sum, result) => sum + result.reminded, 0)).toBe(ids.length);
    // The notification names the time in the patient's zone, never the medicine.
    expect(rows.rows.find((row) => row.dose_event_id === dueNow[0]?.id)?.title).toBe(
      'It is time for your 09:15 medicines',
    );
    expect((await reminders.engine.deliverDue()).reminded).toBe(0);
  });

  it('follows up once half-way through the grace period, then marks the dose missed and tells the caregiver', async () => {
    // Another patient, so that the doses above (missed by now too) are not this one's.
    const carer = await buildUser(t.db, clock, { role: 'patient' });
    const patientId = carer.patientId ?? '';
    await reminders.service.updatePreferences(patientId, {
      zone: 'Europe/London',
      channels: { push: false, email: false, sms: false },
      quietHours: null,
      graceMinutes: 60,
      caregiverEmail: 'carer@example.org',
      notifyDoctor: false,
      refillAlertDays: 7,
    });
    const sourceId = await schedule(['10:00'], patientId);
    await reminders.engine.planAhead();
    const start = clock.now().getTime();
    const due = new Date('2026-03-29T09:00:00Z').getTime(); // 10:00 BST
    clock.advance(due - start + 1_000);
    await reminders.engine.deliverDue();
    clock.advance(31 * 60_000);
    // The first patient's 09:15 doses, unanswered for over an hour, are missed in the same sweep.
    expect(await reminders.engine.handleOverdue()).toMatchObject({ followedUp: 1 });
    expect(await reminders.engine.handleOverdue()).toMatchObject({ followedUp: 0, missed: 0 });
    clock.advance(30 * 60_000);
    expect(await reminders.engine.handleOverdue()).toMatchObject({ followedUp: 0, missed: 1 });
    const [dose] = await dosesOf(sourceId);
    expect(dose?.status).toBe('missed');
    const mails = await t.db.kysely
      .selectFrom('outbox_emails')
      .select(['recipient', 'subject'])
      .where('recipient', '=', 'carer@example.org')
      .execute();
    expect(mails).toEqual([{ recipient: 'carer@example.org', subject: 'A medicine dose was not confirmed' }]);
    // Recorded late that it was taken within the grace period: it counts as taken.
    const taken = await reminders.service.act(patientId, dose?.id ?? '', {
      action: 'take',
      takenAt: '2026-03-29T09:20:00Z',
    });
    expect(taken.status).toBe('taken');
    await expect(reminders.service.act(patientId, dose?.id ?? '', { action: 'skip' })).rejects.toMatchObject({
      status: 409,
      code: 'dose_action_not_allowed',
    });
  });
});

describe('travel', () => {
  it('moves the coming doses to the new local clock when the patient changes zone', async () => {
    const traveller = await buildUser(t.db, clock, { role: 'patient' });
    const travellerId = traveller.patientId ?? '';
    const preferences = {
      zone: 'Europe/London',
      channels: { push: true, email: false, sms: false },
      quietHours: null,
      graceMinutes: 60,
      caregiverEmail: null,
      notifyDoctor: false,
      refillAlertDays: 7,
    };
    await reminders.service.updatePreferences(travellerId, preferences);
    const sourceId = await schedule(['08:00'], travellerId);
    await reminders.engine.planAhead();
    const before = await dosesOf(sourceId);
    expect(before[0]?.occurrence_key).toMatch(/T08:00$/);
    // She flies to New York: the next 08:00 is New York's (EDT in late March: 12:00 UTC).
    await reminders.service.updatePreferences(travellerId, { ...preferences, zone: 'America/New_York' });
    const after = await dosesOf(sourceId);
    const next = after.find((dose) => dose.status === 'scheduled');
    expect(next?.occurrence_key).toMatch(/T08:00$/);
    expect(new Date(next?.due_at ?? 0).getUTCHours()).toBe(12);
    expect(new Set(after.map((dose) => dose.occurrence_key)).size).toBe(after.length);
    expect((await reminders.service.preferences(travellerId)).zone).toBe('America/New_York');
  });
});
