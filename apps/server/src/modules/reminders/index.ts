import { planReminder, QuietHours, type ReminderPreferences } from '@nexus/clinical';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import type { ReadablePatients } from '../access/index.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createCdsRepo } from '../cds/cds.repo.ts';
import type { FhirServices } from '../fhir/index.ts';
import type { MailOutbox } from '../mail/index.ts';
import type { NotificationDispatcher } from '../notifications/index.ts';
import { createDoseEventsRepo, type DueDose, zoneHistoryFrom } from './dose-events.repo.ts';
import { doseNotifierFor } from './dose-notifier.ts';
import { createReminderEngine, type DeliveryPlanner, type DoseNotifier } from './reminder-engine.ts';
import { remindersJobs } from './reminders.jobs.ts';
import { remindersRoutes } from './reminders.routes.ts';
import { createRemindersService } from './reminders.service.ts';

export { doseNotifierFor } from './dose-notifier.ts';
export type { DoseNotice, DoseNotifier, ReminderEngine } from './reminder-engine.ts';
export { DELIVER_DUE_QUEUE } from './reminder-engine.ts';
export type { RemindersService } from './reminders.service.ts';

export const DEFAULT_GRACE_MINUTES = 60;

const storedChannels = (stored: unknown): ReminderPreferences['channels'] => {
  const channels = (stored ?? {}) as Partial<Record<'push' | 'email' | 'sms', unknown>>;
  return { push: channels.push !== false, email: channels.email === true, sms: channels.sms === true };
};

/** The channels of a reminder from the patient's preferences: in-app always, the rest outside quiet hours. */
export function deliveryPlannerFor(defaultZone: string): DeliveryPlanner {
  return (dose: DueDose, now: Date) => {
    const stored = dose.preferences;
    const quiet = QuietHours.safeParse(
      stored?.quietStart && stored.quietEnd ? { start: stored.quietStart, end: stored.quietEnd } : null,
    );
    const preferences: ReminderPreferences = {
      zone: zoneHistoryFrom(stored?.zoneHistory, defaultZone).at(-1)?.zone ?? defaultZone,
      channels: storedChannels(stored?.channels),
      quietHours: quiet.success ? quiet.data : null,
    };
    const plan = planReminder({
      dueAt: dose.dueAt,
      ...(dose.wasSnoozed ? { remindAt: now } : {}),
      preferences,
      now,
      isTimeCritical: dose.isTimeCritical,
    });
    const held = plan.deliveries.find((delivery) => delivery.isHeldForQuietHours);
    return { channels: plan.deliveries.map((delivery) => delivery.channel), sendAfter: held?.sendAt ?? null };
  };
}

/**
 * Dose reminders: schedules of the medicines a patient takes, the doses planned ahead in the
 * patient's own time zone, their delivery (in-app, push, e-mail, SMS), follow-ups and missed doses,
 * what the patient records of each dose, and adherence.
 */
export function createRemindersModule(deps: {
  db: Database['kysely'];
  fhir: Pick<FhirServices, 'records'>;
  readablePatients: ReadablePatients;
  notifier: DoseNotifier;
  queue: JobQueue;
  outbox: MailOutbox;
  audit: AuditRecorder;
  clock: Clock;
  log: Logger;
  defaultZone: string;
  publicUrl: string;
  responsibleDoctors(db: Executor, patientId: string): Promise<{ userId: string }[]>;
}) {
  const repo = createDoseEventsRepo();
  const engine = createReminderEngine({
    ...deps,
    repo,
    plan: deliveryPlannerFor(deps.defaultZone),
    defaultGraceMinutes: DEFAULT_GRACE_MINUTES,
  });
  const service = createRemindersService({
    ...deps,
    repo,
    engine,
    defaultGraceMinutes: DEFAULT_GRACE_MINUTES,
  });
  return {
    repo,
    engine,
    service,
    routes: remindersRoutes({ reminders: service, audit: deps.audit }),
    jobs: remindersJobs({ engine, log: deps.log }),
  };
}
export type RemindersModule = ReturnType<typeof createRemindersModule>;

/**
 * The reminders module as the server and the worker run it: through the platform's notification
 * dispatcher, with the site's time zone, and missed-dose notices to the patient's doctors.
 */
export function remindersModuleFor(deps: {
  db: Database['kysely'];
  fhir: Pick<FhirServices, 'records'>;
  readablePatients: ReadablePatients;
  dispatcher: Pick<NotificationDispatcher, 'notifyMany'>;
  queue: JobQueue;
  outbox: MailOutbox;
  audit: AuditRecorder;
  clock: Clock;
  log: Logger;
  config: Pick<Config, 'siteTimeZone' | 'publicUrl'>;
}) {
  const cds = createCdsRepo();
  return createRemindersModule({
    ...deps,
    notifier: doseNotifierFor(deps.dispatcher),
    defaultZone: deps.config.siteTimeZone,
    publicUrl: deps.config.publicUrl,
    responsibleDoctors: async (db, patientId) =>
      (await cds.responsibleDoctors(db, patientId)).map((doctor) => ({ userId: doctor.id })),
  });
}
