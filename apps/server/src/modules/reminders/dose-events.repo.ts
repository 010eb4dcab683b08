import { randomUUID } from 'node:crypto';
import { type Dosage, Dosage as DosageSchema, type ZoneHistory } from '@nexus/clinical';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { DoseEventStatus } from './reminders.tables.ts';

export type ScheduleToPlan = {
  id: string;
  patientId: string;
  dosage: Dosage;
  plannedUntil: Date | null;
  createdAt: Date;
  zoneHistory: unknown;
};

/** A dose whose reminder is due, with what delivery needs to know about its patient. */
export type DueDose = {
  id: string;
  patientId: string;
  userId: string | null;
  dueAt: Date;
  isTimeCritical: boolean;
  wasSnoozed: boolean;
  /** The patient's reminder preferences row, or null for the defaults. */
  preferences: StoredPreferences | null;
};

export type StoredPreferences = {
  zoneHistory: unknown;
  channels: unknown;
  quietStart: string | null;
  quietEnd: string | null;
};

export type PlannedDose = { scheduleId: string; patientId: string; key: string; dueAt: Date };

const OPEN: DoseEventStatus[] = ['scheduled', 'reminded', 'snoozed'];

/** Doses with what the patient's lists need, and their schedule's source. */
const selectDoses = (db: Executor) =>
  db
    .selectFrom('dose_events as d')
    .innerJoin('medication_schedules as s', 's.id', 'd.schedule_id')
    .select([
      'd.id',
      'd.schedule_id',
      'd.occurrence_key',
      'd.due_at',
      'd.status',
      'd.snoozed_until',
      'd.snooze_count',
      'd.reminded_at',
      'd.taken_at',
      'd.recorded_at',
      'd.missed_at',
      's.source_type',
      's.source_id',
      's.dosage',
    ]);

/** Schedules and their doses: planning, claiming due reminders, and the patient's own records of each dose. */
export function createDoseEventsRepo() {
  return {
    /** Active schedules whose doses are planned less far ahead than `until`. */
    async schedulesToPlan(db: Executor, until: Date, limit: number): Promise<ScheduleToPlan[]> {
      const rows = await db
        .selectFrom('medication_schedules as s')
        .leftJoin('reminder_preferences as p', 'p.patient_id', 's.patient_id')
        .select(['s.id', 's.patient_id', 's.dosage', 's.planned_until', 's.created_at', 'p.zone_history'])
        .where('s.is_active', '=', true)
        .where((eb) => eb.or([eb('s.planned_until', 'is', null), eb('s.planned_until', '<', until)]))
        .orderBy('s.planned_until', 'asc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        patientId: row.patient_id,
        dosage: DosageSchema.parse(row.dosage),
        plannedUntil: row.planned_until,
        createdAt: row.created_at,
        zoneHistory: row.zone_history,
      }));
    },

    /** Inserts the doses (a dose already planned keeps its row) and moves the schedules' horizon. */
    async planDoses(
      db: Executor,
      scheduleIds: readonly string[],
      doses: readonly PlannedDose[],
      until: Date,
    ) {
      for (let start = 0; start < doses.length; start += 1000) {
        const chunk = doses.slice(start, start + 1000);
        await db
          .insertInto('dose_events')
          .values(
            chunk.map((dose) => ({
              id: randomUUID(),
              schedule_id: dose.scheduleId,
              patient_id: dose.patientId,
              occurrence_key: dose.key,
              due_at: dose.dueAt,
              status: 'scheduled' as const,
            })),
          )
          .onConflict((oc) => oc.columns(['schedule_id', 'occurrence_key']).doNothing())
          .execute();
      }
      if (scheduleIds.length > 0)
        await db
          .updateTable('medication_schedules')
          .set({ planned_until: until })
          .where('id', 'in', scheduleIds)
          .execute();
    },

    /**
     * Claims up to `limit` doses whose reminder is due (scheduled and due, or snoozed and the snooze is
     * over), marking them reminded in the caller's transaction. Rows another worker holds are skipped,
     * and a claimed row leaves the due set, so no dose is reminded twice; if the transaction rolls
     * back (the worker died), the doses are due again.
     */
    async claimDue(db: Executor, now: Date, limit: number): Promise<DueDose[]> {
      const rows = await sql<{
        id: string;
        patient_id: string;
        due_at: Date;
        was_snoozed: boolean;
        is_time_critical: boolean;
        user_id: string | null;
        zone_history: unknown;
        channels: unknown;
        quiet_start: string | null;
        quiet_end: string | null;
        has_preferences: boolean;
      }>`
        with due as (
          select d.id, d.status = 'snoozed' as was_snoozed
          from dose_events d
          where (d.status = 'scheduled' and d.due_at <= ${now})
             or (d.status = 'snoozed' and d.snoozed_until <= ${now})
          order by d.due_at
          limit ${limit}
          for update skip locked
        ), claimed as (
          update dose_events d
          set status = 'reminded', reminded_at = coalesce(d.reminded_at, ${now}), snoozed_until = null
          from due
          where d.id = due.id
          returning d.id, d.patient_id, d.due_at, d.schedule_id, due.was_snoozed
        )
        select c.id, c.patient_id, c.due_at, c.was_snoozed, s.is_time_critical, p.user_id,
          r.zone_history, r.channels, r.quiet_start, r.quiet_end, r.patient_id is not null as has_preferences
        from claimed c
        join medication_schedules s on s.id = c.schedule_id
        join patients p on p.id = c.patient_id
        left join reminder_preferences r on r.patient_id = c.patient_id
      `.execute(db);
      return rows.rows.map((row) => ({
        id: row.id,
        patientId: row.patient_id,
        userId: row.user_id,
        dueAt: new Date(row.due_at),
        isTimeCritical: row.is_time_critical,
        wasSnoozed: row.was_snoozed,
        preferences: row.has_preferences
          ? {
              zoneHistory: row.zone_history,
              channels: row.channels,
              quietStart: row.quiet_start,
              quietEnd: row.quiet_end,
            }
          : null,
      }));
    },

    /**
     * Claims reminded doses past half their grace period with no follow-up yet (one follow-up each),
     * or past their whole grace period (they become missed). Grace is the patient's preference.
     */
    async claimOverdue(db: Executor, now: Date, limit: number, defaultGraceMinutes: number) {
      const followUps = await sql<{ id: string; patient_id: string; due_at: Date; user_id: string | null }>`
        with overdue as (
          select d.id
          from dose_events d
          left join reminder_preferences p on p.patient_id = d.patient_id
          where d.status = 'reminded' and d.followed_up_at is null
            and d.due_at + make_interval(mins => coalesce(p.grace_minutes, ${defaultGraceMinutes}) / 2) <= ${now}
            and d.due_at + make_interval(mins => coalesce(p.grace_minutes, ${defaultGraceMinutes})) > ${now}
          order by d.due_at
          limit ${limit}
          for update of d skip locked
        )
        update dose_events d set followed_up_at = ${now}
        from overdue, patients pt
        where d.id = overdue.id and pt.id = d.patient_id
        returning d.id, d.patient_id, d.due_at, pt.user_id
      `.execute(db);
      const missed = await sql<{
        id: string;
        patient_id: string;
        due_at: Date;
        user_id: string | null;
        caregiver_email: string | null;
        notify_doctor: boolean | null;
        patient_name: string;
      }>`
        with overdue as (
          select d.id
          from dose_events d
          left join reminder_preferences p on p.patient_id = d.patient_id
          where d.status in ('scheduled', 'reminded', 'snoozed')
            and d.due_at + make_interval(mins => coalesce(p.grace_minutes, ${defaultGraceMinutes})) <= ${now}
          order by d.due_at
          limit ${limit}
          for update of d skip locked
        )
        update dose_events d
        set status = 'missed', missed_at = ${now}, snoozed_until = null,
          caregiver_notified_at = case when p.notify_caregiver_email is not null or p.notify_doctor then ${now}::timestamptz end
        from overdue, patients pt
        left join reminder_preferences p on p.patient_id = pt.id
        where d.id = overdue.id and pt.id = d.patient_id
        returning d.id, d.patient_id, d.due_at, pt.user_id, pt.display_name as patient_name,
          p.notify_caregiver_email as caregiver_email, p.notify_doctor
      `.execute(db);
      return {
        followUps: followUps.rows.map((row) => ({
          id: row.id,
          patientId: row.patient_id,
          dueAt: new Date(row.due_at),
          userId: row.user_id,
        })),
        missed: missed.rows.map((row) => ({
          id: row.id,
          patientId: row.patient_id,
          patientName: row.patient_name,
          dueAt: new Date(row.due_at),
          userId: row.user_id,
          caregiverEmail: row.caregiver_email,
          notifyDoctor: row.notify_doctor ?? false,
        })),
      };
    },

    async doseById(db: Executor, doseId: string) {
      return db.selectFrom('dose_events').selectAll().where('id', '=', doseId).forUpdate().executeTakeFirst();
    },

    async updateDose(
      db: Executor,
      doseId: string,
      change: {
        status: DoseEventStatus;
        snoozedUntil?: Date | null;
        snoozeCount?: number;
        takenAt?: Date | null;
        recordedAt?: Date | null;
      },
    ): Promise<void> {
      await db
        .updateTable('dose_events')
        .set({
          status: change.status,
          ...(change.snoozedUntil !== undefined ? { snoozed_until: change.snoozedUntil } : {}),
          ...(change.snoozeCount !== undefined ? { snooze_count: change.snoozeCount } : {}),
          ...(change.takenAt !== undefined ? { taken_at: change.takenAt } : {}),
          ...(change.recordedAt !== undefined ? { recorded_at: change.recordedAt } : {}),
        })
        .where('id', '=', doseId)
        .execute();
    },

    /** A patient's doses due in a window, with their schedule's source (for the day's list and adherence). */
    async dosesOf(db: Executor, patientId: string, from: Date, to: Date) {
      return selectDoses(db)
        .where('d.patient_id', '=', patientId)
        .where('d.due_at', '>=', from)
        .where('d.due_at', '<', to)
        .orderBy('d.due_at', 'asc')
        .execute();
    },

    /** One dose as `dosesOf` gives it. */
    async dose(db: Executor, doseId: string) {
      return selectDoses(db).where('d.id', '=', doseId).executeTakeFirstOrThrow();
    },

    async hasOpenDoses(db: Executor, scheduleId: string): Promise<boolean> {
      const row = await db
        .selectFrom('dose_events')
        .select('id')
        .where('schedule_id', '=', scheduleId)
        .where('status', 'in', OPEN)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
export type DoseEventsRepo = ReturnType<typeof createDoseEventsRepo>;

export const zoneHistoryFrom = (stored: unknown, fallbackZone: string): ZoneHistory => {
  const entries = Array.isArray(stored) ? stored : [];
  const parsed = entries.flatMap((entry: { zone?: unknown; since?: unknown }) =>
    typeof entry?.zone === 'string' && typeof entry?.since === 'string'
      ? [{ zone: entry.zone, since: new Date(entry.since) }]
      : [],
  );
  return parsed.length > 0 ? parsed : [{ zone: fallbackZone, since: new Date(0) }];
};
