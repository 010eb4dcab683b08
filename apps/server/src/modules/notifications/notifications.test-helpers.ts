import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { SendOptions } from '../../platform/jobs/job-queue.ts';
import type { LiveEvent, NotificationHub } from './notification-hub.ts';

/** For tests: a hub that remembers what was published (and delivers it like the in-process one). */
export function createRecordingHub(inner: NotificationHub) {
  const published: LiveEvent[] = [];
  return {
    published,
    async publish(event: LiveEvent) {
      published.push(event);
      await inner.publish(event);
    },
    subscribe: inner.subscribe,
    close: inner.close,
  } satisfies NotificationHub & { published: LiveEvent[] };
}

/** For tests: a queue that records what was sent. */
export function createRecordingQueue() {
  const sent: { queue: string; options: SendOptions | undefined }[] = [];
  return {
    sent,
    async send(queue: string, _data: object, options?: SendOptions) {
      sent.push({ queue, options });
      return String(sent.length);
    },
  };
}

/** For tests: one scheduled dose of the patient (a schedule of a medicine they added themself). */
export async function insertDoseEvent(db: Database, patientId: string, dueAt: Date): Promise<string> {
  const scheduleId = randomUUID();
  const doseEventId = randomUUID();
  await sql`insert into medication_schedules (id, patient_id, source_type, source_id, dosage, created_at)
    values (${scheduleId}, ${patientId}, 'MedicationStatement', ${randomUUID()}, '{}'::jsonb, ${dueAt})`.execute(
    db.kysely,
  );
  await sql`insert into dose_events (id, schedule_id, patient_id, occurrence_key, due_at, status)
    values (${doseEventId}, ${scheduleId}, ${patientId}, '2026-03-01T08:00', ${dueAt}, 'scheduled')`.execute(
    db.kysely,
  );
  return doseEventId;
}

/** Lets callbacks queued after a commit run. */
export const settle = () => new Promise((resolve) => setImmediate(resolve));
