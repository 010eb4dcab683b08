/**
 * `npm run bench:reminders`: dose reminders at the scale of a large practice. 10,000 patients take
 * three medicines each, all due in the same minute (30,000 doses). The doses are planned ahead by the
 * planner (as the hourly job does), then the job runtime runs as a server does: the delivery job for
 * that minute starts at the due time, and the sweep runs every minute. Measured from each dose's due
 * time to the moment it was reminded (its notification stored and its push delivery queued, in one
 * transaction): p50, p95 and the last dose. Target: every dose within 60 s, none twice.
 * Options: --engines=pglite,postgres --patients=10000 --medicines=3
 */
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createMailRepo } from '../apps/server/src/modules/mail/mail.repo.ts';
import { createMailOutbox } from '../apps/server/src/modules/mail/mail.service.ts';
import { createLocalHub, notificationDispatcherFor } from '../apps/server/src/modules/notifications/index.ts';
import { createRemindersModule, doseNotifierFor } from '../apps/server/src/modules/reminders/index.ts';
import { loadConfig } from '../apps/server/src/platform/config.ts';
import type { QueueDefinition } from '../apps/server/src/platform/jobs/job-queue.ts';
import { openPlatform } from '../apps/server/src/platform/process/platform-services.ts';
import { type Engine, freshDatabase } from './server-under-test.ts';

const option = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const engines = option('engines', 'pglite,postgres').split(',') as Engine[];
const patientCount = Number(option('patients', '10000'));
const medicinesEach = Number(option('medicines', '3'));

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

async function run(engine: Engine) {
  const database = await freshDatabase(engine);
  const config = loadConfig({ ...process.env, ...database.env, LOG_LEVEL: 'warn', NEXUS_DEMO: '0' });
  const log = pino({ level: 'warn' });
  const platform = await openPlatform(config, {
    logger: log,
    jobTiming: { pollingIntervalSeconds: 1, maintenanceIntervalSeconds: 30 },
  });
  const db = platform.db.kysely;
  const reminders = createRemindersModule({
    db,
    fhir: { records: { resource: async () => undefined } as never },
    readablePatients: async () => [],
    notifier: doseNotifierFor(
      notificationDispatcherFor({ hub: createLocalHub(), queue: platform.jobs, clock: platform.clock, log }),
    ),
    queue: platform.jobs,
    outbox: createMailOutbox({
      db,
      repo: createMailRepo(),
      clock: platform.clock,
      cipher: platform.cipher,
      log,
    }),
    audit: platform.audit.service,
    clock: platform.clock,
    log,
    defaultZone: 'UTC',
    publicUrl: config.publicUrl,
    responsibleDoctors: async () => [],
  });
  // The reminders module needs the platform's queue, so its jobs join the platform's once it is open.
  platform.queues.push(...(reminders.jobs as QueueDefinition<never>[]));

  // The due minute: the first whole minute at least 2 minutes away (planning must be done by then).
  const due = new Date(Math.ceil((Date.now() + 120_000) / 60_000) * 60_000);
  const time = due.toISOString().slice(11, 16);
  const seedStart = performance.now();
  for (let start = 0; start < patientCount; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, patientCount - start) }, (_, i) => ({
      userId: randomUUID(),
      patientId: randomUUID(),
      n: start + i,
    }));
    await db
      .insertInto('users')
      .values(
        batch.map((p) => ({
          id: p.userId,
          email: `bench-${p.userId}@example.org`,
          display_name: `Patient ${p.n}`,
          password_hash: 'x',
        })),
      )
      .execute();
    await db
      .insertInto('patients')
      .values(batch.map((p) => ({ id: p.patientId, user_id: p.userId, display_name: `Patient ${p.n}` })))
      .execute();
    await db
      .insertInto('medication_schedules')
      .values(
        batch.flatMap((p) =>
          Array.from({ length: medicinesEach }, () => ({
            id: randomUUID(),
            patient_id: p.patientId,
            source_type: 'MedicationStatement' as const,
            source_id: randomUUID(),
            dosage: JSON.stringify({
              doseQuantity: 1,
              doseUnit: 'tablet',
              route: 'oral',
              timing: { kind: 'at-times', times: [time] },
              startDate: '2026-01-01',
              durationDays: null,
              instructions: null,
            }),
            created_at: new Date(),
          })),
        ),
      )
      .execute();
  }
  const seeded = (performance.now() - seedStart) / 1000;
  await platform.jobs.start(platform.queues, { isWorking: false });
  const planStart = performance.now();
  const planned = await reminders.engine.planAhead();
  const planning = (performance.now() - planStart) / 1000;
  const dueCount = await db
    .selectFrom('dose_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('due_at', '=', due)
    .executeTakeFirstOrThrow();
  console.log(
    `[${engine}] seeded ${patientCount.toLocaleString('en')} patients × ${medicinesEach} medicines in ${seeded.toFixed(1)} s; ` +
      `planned ${planned.doses.toLocaleString('en')} doses (${Number(dueCount.n).toLocaleString('en')} due at ${due.toISOString()}) in ${planning.toFixed(1)} s`,
  );
  await platform.jobs.stop(5_000);
  await platform.jobs.start(platform.queues, { isWorking: true });

  const expected = Number(dueCount.n);
  for (;;) {
    const reminded = await db
      .selectFrom('dose_events')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('due_at', '=', due)
      .where('status', '=', 'reminded')
      .executeTakeFirstOrThrow();
    if (Number(reminded.n) >= expected) break;
    if (Date.now() > due.getTime() + 180_000) {
      console.log(`[${engine}] only ${reminded.n} of ${expected} reminded 3 minutes after the due time`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const rows = await db.selectFrom('dose_events').select(['reminded_at']).where('due_at', '=', due).execute();
  const lateness = rows
    .map((row) =>
      row.reminded_at ? (row.reminded_at.getTime() - due.getTime()) / 1000 : Number.POSITIVE_INFINITY,
    )
    .sort((a, b) => a - b);
  const perDose = await platform.db.executeSql<{ n: string; doses: string }>(
    `select n::text, count(*)::text as doses from (
       select d.id, count(x.id) as n from dose_events d left join notifications x on x.dose_event_id = d.id
       where d.due_at = $1 group by d.id) c group by n order by n`,
    [due],
  );
  console.log(
    `[${engine}] ${rows.length.toLocaleString('en')} doses reminded: after the due time p50 ${percentile(lateness, 0.5).toFixed(1)} s, ` +
      `p95 ${percentile(lateness, 0.95).toFixed(1)} s, last ${(lateness.at(-1) ?? Number.NaN).toFixed(1)} s (target < 60 s); ` +
      `notifications per dose: ${perDose.rows.map((r) => `${r.n} × ${r.doses}`).join(', ')} (target: 1 each)`,
  );
  await platform.jobs.stop(10_000);
  await platform.db.close();
  await database.drop();
}

for (const engine of engines) await run(engine);
