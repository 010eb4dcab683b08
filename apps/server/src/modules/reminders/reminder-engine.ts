import { doseOccurrences, localDateTimeOf } from '@nexus/clinical';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import { type Database, type Executor, withTransaction } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import type { MailOutbox } from '../mail/index.ts';
import type { DoseEventsRepo, DueDose, PlannedDose } from './dose-events.repo.ts';
import { zoneHistoryFrom } from './dose-events.repo.ts';

/** The delivery queue: one job per minute in which doses fall due, started at that minute. */
export const DELIVER_DUE_QUEUE = 'reminders.deliver-due';

/** How far ahead doses are planned, and how often the planner runs (hourly), so there is always a day in hand. */
export const PLANNING_HORIZON_HOURS = 48;

const CLAIM_BATCH = 1000;

export type ReminderChannel = 'in-app' | 'push' | 'email' | 'sms';

/** A notification of a dose: no medicine's name, only the time and a link into the app. */
export type DoseNotice = {
  userId: string;
  kind: 'dose-reminder' | 'dose-follow-up' | 'missed-dose';
  title: string;
  link: string;
  doseEventId: string | null;
  channels: readonly ReminderChannel[];
  /** Intrusive channels wait for this instant (the end of quiet hours), if set. */
  sendAfter: Date | null;
};

/**
 * The port to the platform's notification delivery: stores the in-app notifications and queues the
 * other channels, in the caller's transaction (so a dose is marked reminded exactly when its
 * notification exists), and announces the in-app ones once that transaction commits. A dose has at
 * most one notification of each kind: a second attempt is ignored.
 */
export type DoseNotifier = {
  notify(db: Executor, notices: readonly DoseNotice[]): Promise<void>;
};

/** Decides the channels of one reminder and when intrusive ones may go (quiet hours). */
export type DeliveryPlanner = (
  dose: DueDose,
  now: Date,
) => { channels: ReminderChannel[]; sendAfter: Date | null };

export type ReminderEngineDeps = {
  db: Database['kysely'];
  repo: DoseEventsRepo;
  notifier: DoseNotifier;
  plan: DeliveryPlanner;
  queue: JobQueue;
  outbox: MailOutbox;
  clock: Clock;
  log: Logger;
  /** The zone of patients who have not chosen one. */
  defaultZone: string;
  defaultGraceMinutes: number;
  publicUrl: string;
  /** The doctors responsible for a patient (for missed-dose notices the patient asked for). */
  responsibleDoctors(db: Executor, patientId: string): Promise<{ userId: string }[]>;
};

const minuteOf = (instant: Date) => new Date(Math.floor(instant.getTime() / 60_000) * 60_000);

/**
 * The reminder engine: plans doses ahead, delivers the due ones, follows up once, marks missed ones.
 * Every step is a database transaction that claims rows with `for update skip locked` and moves them
 * out of the set it claims from, so any number of workers can run it, a worker killed mid-step loses
 * nothing (its transaction rolls back and the doses are due again) and no dose is reminded twice.
 */
export function createReminderEngine(deps: ReminderEngineDeps) {
  const { db, repo } = deps;

  const zoneOf = (dose: DueDose) => {
    const history = zoneHistoryFrom(dose.preferences?.zoneHistory, deps.defaultZone);
    return history.at(-1)?.zone ?? deps.defaultZone;
  };

  return {
    /** Plans every active schedule's doses up to the horizon and queues a delivery job for each due minute. */
    async planAhead(): Promise<{ schedules: number; doses: number }> {
      const now = deps.clock.now();
      const until = new Date(now.getTime() + PLANNING_HORIZON_HOURS * 3_600_000);
      let schedules = 0;
      let doses = 0;
      const minutes = new Set<number>();
      for (;;) {
        const batch = await repo.schedulesToPlan(db, until, 500);
        if (batch.length === 0) break;
        const planned: PlannedDose[] = [];
        for (const schedule of batch) {
          // A new schedule starts now: doses earlier today are not planned (they would be missed at once).
          const from = schedule.plannedUntil ?? now;
          const occurrences = doseOccurrences({
            dosage: schedule.dosage,
            zoneHistory: zoneHistoryFrom(schedule.zoneHistory, deps.defaultZone),
            from,
            to: until,
          });
          for (const occurrence of occurrences) {
            planned.push({
              scheduleId: schedule.id,
              patientId: schedule.patientId,
              key: occurrence.key,
              dueAt: occurrence.at,
            });
            minutes.add(minuteOf(occurrence.at).getTime());
          }
        }
        // One transaction per batch: its doses and the schedules' new horizon together.
        await withTransaction(db, (trx) =>
          repo.planDoses(
            trx,
            batch.map((schedule) => schedule.id),
            planned,
            until,
          ),
        );
        schedules += batch.length;
        doses += planned.length;
      }
      for (const minute of minutes) {
        const at = new Date(minute);
        await deps.queue.send(
          DELIVER_DUE_QUEUE,
          { minute: at.toISOString() },
          { idempotencyKey: at.toISOString(), startAfter: at },
        );
      }
      return { schedules, doses };
    },

    /** Delivers every due reminder, a batch per transaction, until none is left. */
    async deliverDue(): Promise<{ reminded: number }> {
      let reminded = 0;
      for (;;) {
        const now = deps.clock.now();
        const claimed = await withTransaction(db, async (trx) => {
          const due = await repo.claimDue(trx, now, CLAIM_BATCH);
          const batch: DoseNotice[] = due.flatMap((dose) => {
            if (!dose.userId) return [];
            const plan = deps.plan(dose, now);
            return [
              {
                userId: dose.userId,
                kind: 'dose-reminder' as const,
                title: `It is time for your ${localDateTimeOf(dose.dueAt, zoneOf(dose)).localTime} medicines`,
                link: `/patient/medications/today#dose-${dose.id}`,
                doseEventId: dose.id,
                channels: plan.channels,
                sendAfter: plan.sendAfter,
              },
            ];
          });
          await deps.notifier.notify(trx, batch);
          return due.length;
        });
        reminded += claimed;
        if (claimed < CLAIM_BATCH) return { reminded };
      }
    },

    /**
     * One follow-up for a dose still open half-way through its grace period; at its end the dose is
     * missed, and the caregiver (by e-mail) or the responsible doctors (in the app) are told if the
     * patient asked for that.
     */
    async handleOverdue(): Promise<{ followedUp: number; missed: number }> {
      let followedUp = 0;
      let missed = 0;
      for (;;) {
        const now = deps.clock.now();
        const step = await withTransaction(db, async (trx) => {
          const overdue = await repo.claimOverdue(trx, now, CLAIM_BATCH, deps.defaultGraceMinutes);
          const notices: DoseNotice[] = [];
          for (const dose of overdue.followUps) {
            if (!dose.userId) continue;
            notices.push({
              userId: dose.userId,
              kind: 'dose-follow-up',
              title: 'A dose is still waiting: did you take it?',
              link: `/patient/medications/today#dose-${dose.id}`,
              doseEventId: dose.id,
              channels: ['in-app', 'push'],
              sendAfter: null,
            });
          }
          // One notice per patient per sweep, however many of their doses were missed together.
          const missedByPatient = new Map<string, (typeof overdue.missed)[number][]>();
          for (const dose of overdue.missed)
            missedByPatient.set(dose.patientId, [...(missedByPatient.get(dose.patientId) ?? []), dose]);
          for (const [patientId, doses] of missedByPatient) {
            const [first] = doses;
            if (!first) continue;
            if (first.caregiverEmail) {
              const times = doses.map(
                (dose) => `${dose.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
              );
              await deps.outbox.enqueue(
                {
                  to: first.caregiverEmail,
                  subject: 'A medicine dose was not confirmed',
                  text:
                    `${first.patientName} asked LifeCare Nexus to tell you when a dose is not confirmed.\n\n` +
                    `${doses.length === 1 ? 'A dose' : `${doses.length} doses`} due at ${times.join(', ')} ` +
                    `${doses.length === 1 ? 'was' : 'were'} not marked as taken. You may want to check in with them.\n`,
                },
                trx,
              );
            }
            if (first.notifyDoctor) {
              for (const doctor of await deps.responsibleDoctors(trx, patientId)) {
                notices.push({
                  userId: doctor.userId,
                  kind: 'missed-dose',
                  title: 'A patient missed a dose of their medicines',
                  link: `/doctor/patients/${patientId}?tab=prescriptions`,
                  doseEventId: null,
                  channels: ['in-app'],
                  sendAfter: null,
                });
              }
            }
          }
          await deps.notifier.notify(trx, notices);
          return { followUps: overdue.followUps.length, missed: overdue.missed.length };
        });
        followedUp += step.followUps;
        missed += step.missed;
        if (step.followUps < CLAIM_BATCH && step.missed < CLAIM_BATCH) return { followedUp, missed };
      }
    },
  };
}
export type ReminderEngine = ReturnType<typeof createReminderEngine>;
