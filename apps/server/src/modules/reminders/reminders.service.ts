import { randomUUID } from 'node:crypto';
import type { Resource } from '@medplum/fhirtypes';
import {
  adherence,
  type Dosage,
  Dosage as DosageSchema,
  type DoseContext,
  type DoseEvent,
  type DoseState,
  describeDosage,
  findProduct,
  localDateTimeOf,
  refillAlertDue,
  type SnoozeMinutes,
  snoozeOptions,
  supplyRemaining,
  transitionDose,
} from '@nexus/clinical';
import type {
  AdherenceView,
  DoseAction,
  DoseList,
  DoseView,
  PoorAdherenceList,
  ReminderPreferencesView,
} from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { CLINICAL_ROLES } from '../../platform/auth/policy.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { ReadablePatients } from '../access/index.ts';
import type { FhirServices } from '../fhir/index.ts';
import { type DoseEventsRepo, zoneHistoryFrom } from './dose-events.repo.ts';
import type { ReminderEngine } from './reminder-engine.ts';

type DoseRow = Awaited<ReturnType<DoseEventsRepo['dosesOf']>>[number];

const DEFAULT_CHANNELS = { push: true, email: false, sms: false };

/** The state the dose-state machine sees, from the row the database keeps. */
function stateOf(row: {
  status: DoseRow['status'];
  reminded_at: Date | null;
  snoozed_until: Date | null;
  snooze_count: number;
  taken_at: Date | null;
  recorded_at: Date | null;
  missed_at: Date | null;
}): DoseState {
  const remindedAt = row.reminded_at ?? new Date(0);
  switch (row.status) {
    case 'scheduled':
      return { status: 'scheduled' };
    case 'reminded':
      return { status: 'reminded', remindedAt };
    case 'snoozed':
      return {
        status: 'snoozed',
        remindedAt,
        snoozeCount: row.snooze_count,
        snoozedUntil: row.snoozed_until ?? remindedAt,
      };
    case 'taken':
    case 'taken-late':
      return {
        status: row.status,
        takenAt: row.taken_at ?? new Date(0),
        recordedAt: row.recorded_at ?? new Date(0),
      };
    case 'skipped':
      return { status: 'skipped', recordedAt: row.recorded_at ?? new Date(0) };
    case 'missed':
      return { status: 'missed', missedAt: row.missed_at ?? new Date(0) };
  }
}

const medicineName = (resource: Resource | undefined): string => {
  const concept = (
    resource as { medicationCodeableConcept?: { text?: string; coding?: { display?: string }[] } }
  )?.medicationCodeableConcept;
  return concept?.text ?? concept?.coding?.[0]?.display ?? 'Medicine';
};

/**
 * The patient's side of reminders: medicines put on a schedule, the day's doses and what the patient
 * records of each, their preferences, and adherence (for them and for their doctors).
 */
export function createRemindersService(deps: {
  db: Executor;
  repo: DoseEventsRepo;
  engine: ReminderEngine;
  fhir: Pick<FhirServices, 'records'>;
  readablePatients: ReadablePatients;
  clock: Clock;
  defaultZone: string;
  defaultGraceMinutes: number;
}) {
  const { db, repo, clock } = deps;

  async function preferencesRow(executor: Executor, patientId: string) {
    return executor
      .selectFrom('reminder_preferences')
      .selectAll()
      .where('patient_id', '=', patientId)
      .executeTakeFirst();
  }

  async function zoneOf(patientId: string): Promise<string> {
    const row = await preferencesRow(db, patientId);
    return zoneHistoryFrom(row?.zone_history, deps.defaultZone).at(-1)?.zone ?? deps.defaultZone;
  }

  async function graceOf(patientId: string): Promise<number> {
    return (await preferencesRow(db, patientId))?.grace_minutes ?? deps.defaultGraceMinutes;
  }

  /** Names and dosages of the schedules' sources, read once per list. */
  async function sourcesOf(rows: readonly { source_type: string; source_id: string; dosage: unknown }[]) {
    const names = new Map<string, { medicine: string; dosageText: string }>();
    for (const row of rows) {
      const key = `${row.source_type}/${row.source_id}`;
      if (names.has(key)) continue;
      const found = await deps.fhir.records.resource(row.source_type, row.source_id);
      const dosage = DosageSchema.safeParse(row.dosage);
      names.set(key, {
        medicine: medicineName(found?.resource),
        dosageText: dosage.success ? describeDosage(dosage.data) : '',
      });
    }
    return names;
  }

  function view(
    row: DoseRow,
    zone: string,
    grace: number,
    now: Date,
    name: { medicine: string; dosageText: string },
  ): DoseView {
    const context: DoseContext = { dueAt: row.due_at, graceMinutes: grace };
    const state = stateOf(row);
    const canTake = transitionDose(context, state, { type: 'take', takenAt: now, recordedAt: now }).ok;
    return {
      id: row.id,
      medicine: name.medicine,
      dosageText: name.dosageText,
      dueAt: row.due_at.toISOString(),
      localTime: localDateTimeOf(row.due_at, zone).localTime,
      status: row.status,
      snoozedUntil: row.snoozed_until?.toISOString() ?? null,
      takenAt: row.taken_at?.toISOString() ?? null,
      snoozeOptions: snoozeOptions({ context, state, now }),
      canRecord: canTake || transitionDose(context, state, { type: 'skip', recordedAt: now }).ok,
    };
  }

  /**
   * Supply left of each dispensed prescription at its dosage, and whether to prompt for a refill (the
   * patient's threshold in days). Counted in the product's unit; a dosage in another unit (mg of a
   * tablet) is left out rather than guessed.
   */
  async function refillsOf(patientId: string, now: Date, zone: string): Promise<AdherenceView['refills']> {
    const threshold = (await preferencesRow(db, patientId))?.refill_alert_days ?? 7;
    const dispensed = await db
      .selectFrom('prescriptions as p')
      .innerJoin('prescription_dispenses as d', 'd.prescription_id', 'p.id')
      .select((eb) => [
        'p.id',
        'p.product_id',
        'p.dosage',
        eb.fn.sum<string>('d.units').as('units'),
        eb.fn.min<Date>('d.dispensed_at').as('first_dispensed_at'),
      ])
      .where('p.patient_id', '=', patientId)
      .where('p.status', '<>', 'cancelled')
      .groupBy(['p.id', 'p.product_id', 'p.dosage'])
      .execute();
    const refills: AdherenceView['refills'] = [];
    for (const row of dispensed) {
      const dosage = DosageSchema.safeParse(row.dosage);
      const product = findProduct(row.product_id);
      if (!dosage.success || !product || product.unit !== dosage.data.doseUnit) continue;
      const doses = await db
        .selectFrom('dose_events as e')
        .innerJoin('medication_schedules as s', 's.id', 'e.schedule_id')
        .select('e.status')
        .where('s.source_type', '=', 'MedicationRequest')
        .where('s.source_id', '=', row.id)
        .where('e.due_at', '>=', new Date(row.first_dispensed_at))
        .where('e.due_at', '<', now)
        .execute();
      const supply = supplyRemaining({
        dispensedUnits: Number(row.units),
        dosesSinceDispensing: doses,
        dosage: dosage.data,
        now,
        zone,
      });
      refills.push({
        prescriptionId: row.id,
        medicine: product.name,
        remainingUnits: supply.remainingUnits,
        daysOfSupply: Math.round(supply.daysOfSupply * 10) / 10,
        isRefillDue: refillAlertDue(supply, threshold),
      });
    }
    return refills;
  }

  return {
    /**
     * Puts a medicine on a reminder schedule (in the caller's transaction). As-needed medicines have
     * none. The doses are planned right after commit (`planSoon`).
     */
    async schedule(
      executor: Executor,
      entry: {
        patientId: string;
        sourceType: 'MedicationRequest' | 'MedicationStatement';
        sourceId: string;
        dosage: Dosage;
      },
    ): Promise<boolean> {
      if (entry.dosage.timing.kind === 'as-needed') return false;
      await executor
        .insertInto('medication_schedules')
        .values({
          id: randomUUID(),
          patient_id: entry.patientId,
          source_type: entry.sourceType,
          source_id: entry.sourceId,
          dosage: JSON.stringify(entry.dosage),
          created_at: clock.now(),
        })
        .onConflict((oc) => oc.columns(['source_type', 'source_id']).doNothing())
        .execute();
      return true;
    },

    /** Stops a schedule (a cancelled prescription): its open doses are no longer reminded. */
    async unschedule(
      executor: Executor,
      sourceType: 'MedicationRequest' | 'MedicationStatement',
      sourceId: string,
    ) {
      const schedule = await executor
        .updateTable('medication_schedules')
        .set({ is_active: false })
        .where('source_type', '=', sourceType)
        .where('source_id', '=', sourceId)
        .returning('id')
        .executeTakeFirst();
      if (!schedule) return;
      await executor
        .deleteFrom('dose_events')
        .where('schedule_id', '=', schedule.id)
        .where('status', '=', 'scheduled')
        .execute();
    },

    planSoon: () => deps.engine.planAhead(),

    /** The doses of the patient's local today (and any still open from yesterday), in time order. */
    async today(patientId: string): Promise<DoseList> {
      const now = clock.now();
      const zone = await zoneOf(patientId);
      const grace = await graceOf(patientId);
      const today = localDateTimeOf(now, zone).localDate;
      // A local day is at most 26 hours long and lies within 14 hours of UTC's: this window holds it.
      const from = new Date(now.getTime() - 40 * 3_600_000);
      const to = new Date(now.getTime() + 40 * 3_600_000);
      const rows = (await repo.dosesOf(db, patientId, from, to)).filter(
        (row) =>
          localDateTimeOf(row.due_at, zone).localDate === today ||
          ['reminded', 'snoozed'].includes(row.status),
      );
      const names = await sourcesOf(rows);
      return {
        zone,
        doses: rows.map((row) =>
          view(
            row,
            zone,
            grace,
            now,
            names.get(`${row.source_type}/${row.source_id}`) ?? { medicine: 'Medicine', dosageText: '' },
          ),
        ),
      };
    },

    /** Take, skip or snooze one dose, as the dose-state machine allows. */
    async act(patientId: string, doseId: string, action: DoseAction): Promise<DoseView> {
      const now = clock.now();
      const grace = await graceOf(patientId);
      const updated = await withTransaction(db, async (trx) => {
        const row = await repo.doseById(trx, doseId);
        if (!row || row.patient_id !== patientId) throw notFound('dose_not_found', 'There is no such dose.');
        const context: DoseContext = { dueAt: row.due_at, graceMinutes: grace };
        const event: DoseEvent =
          action.action === 'take'
            ? { type: 'take', takenAt: action.takenAt ? new Date(action.takenAt) : now, recordedAt: now }
            : action.action === 'skip'
              ? { type: 'skip', recordedAt: now }
              : { type: 'snooze', at: now, minutes: action.minutes as SnoozeMinutes };
        const next = transitionDose(context, stateOf(row), event);
        if (!next.ok)
          throw new AppError(
            'dose_action_not_allowed',
            409,
            `This dose cannot be changed that way now (${next.error.reason}).`,
          );
        const state = next.state;
        await repo.updateDose(trx, doseId, {
          status: state.status,
          snoozedUntil: state.status === 'snoozed' ? state.snoozedUntil : null,
          ...(state.status === 'snoozed' ? { snoozeCount: state.snoozeCount } : {}),
          takenAt: state.status === 'taken' || state.status === 'taken-late' ? state.takenAt : null,
          recordedAt:
            state.status === 'taken' || state.status === 'taken-late' || state.status === 'skipped'
              ? state.recordedAt
              : null,
        });
        // A dose dealt with needs no reminder any more: the open notifications of it are read.
        if (state.status !== 'snoozed')
          await trx
            .updateTable('notifications')
            .set({ read_at: now })
            .where('dose_event_id', '=', doseId)
            .where('read_at', 'is', null)
            .execute();
        return repo.dose(trx, doseId);
      });
      const zone = await zoneOf(patientId);
      const names = await sourcesOf([updated]);
      return view(
        updated,
        zone,
        grace,
        now,
        names.get(`${updated.source_type}/${updated.source_id}`) ?? { medicine: 'Medicine', dosageText: '' },
      );
    },

    async preferences(patientId: string): Promise<ReminderPreferencesView> {
      const row = await preferencesRow(db, patientId);
      const channels = (row?.channels ?? DEFAULT_CHANNELS) as ReminderPreferencesView['channels'];
      return {
        zone: zoneHistoryFrom(row?.zone_history, deps.defaultZone).at(-1)?.zone ?? deps.defaultZone,
        channels: { ...DEFAULT_CHANNELS, ...channels },
        quietHours: row?.quiet_start && row.quiet_end ? { start: row.quiet_start, end: row.quiet_end } : null,
        graceMinutes: row?.grace_minutes ?? deps.defaultGraceMinutes,
        caregiverEmail: row?.notify_caregiver_email ?? null,
        notifyDoctor: row?.notify_doctor ?? false,
        refillAlertDays: row?.refill_alert_days ?? 7,
      };
    },

    /**
     * Saves the preferences. A new zone is a move or a trip: it is added to the zone history from now,
     * so doses already due keep their times and the coming ones follow the new local clock.
     */
    async updatePreferences(
      patientId: string,
      update: ReminderPreferencesView,
    ): Promise<ReminderPreferencesView> {
      const now = clock.now();
      await withTransaction(db, async (trx) => {
        const row = await preferencesRow(trx, patientId);
        const history = row
          ? zoneHistoryFrom(row.zone_history, deps.defaultZone)
          : [{ zone: update.zone, since: new Date(0) }];
        const next =
          history.at(-1)?.zone === update.zone ? history : [...history, { zone: update.zone, since: now }];
        const values = {
          zone_history: JSON.stringify(
            next.map((entry) => ({ zone: entry.zone, since: entry.since.toISOString() })),
          ),
          channels: JSON.stringify(update.channels),
          quiet_start: update.quietHours?.start ?? null,
          quiet_end: update.quietHours?.end ?? null,
          grace_minutes: update.graceMinutes,
          notify_caregiver_email: update.caregiverEmail,
          notify_doctor: update.notifyDoctor,
          refill_alert_days: update.refillAlertDays,
          updated_at: now,
        };
        await trx
          .insertInto('reminder_preferences')
          .values({ patient_id: patientId, ...values })
          .onConflict((oc) => oc.column('patient_id').doUpdateSet(values))
          .execute();
        if (history.at(-1)?.zone !== update.zone) {
          // Doses not yet due move to the new zone's clock: drop the planned ones and plan again.
          await trx
            .deleteFrom('dose_events')
            .where('patient_id', '=', patientId)
            .where('status', '=', 'scheduled')
            .where('due_at', '>', now)
            .execute();
          await trx
            .updateTable('medication_schedules')
            .set({ planned_until: now })
            .where('patient_id', '=', patientId)
            .where('is_active', '=', true)
            .execute();
        }
      });
      await deps.engine.planAhead();
      return this.preferences(patientId);
    },

    /** Adherence over 7, 30 and 90 days, overall and per medicine, with the daily series for the chart. */
    async adherence(patientId: string): Promise<AdherenceView> {
      const now = clock.now();
      const zone = await zoneOf(patientId);
      const rows = await repo.dosesOf(db, patientId, new Date(now.getTime() - 91 * 86_400_000), now);
      const names = await sourcesOf(rows);
      const report = adherence({
        doses: rows.map((row) => ({
          medicationId: `${row.source_type}/${row.source_id}`,
          dueAt: row.due_at,
          localDate: localDateTimeOf(row.due_at, zone).localDate,
          status: row.status,
        })),
        now,
      });
      return {
        windows: report.windows.map((window) => ({
          days: window.days,
          overall: window.overall,
          byMedication: window.byMedication.map((entry) => ({
            ...entry,
            medicine: names.get(entry.medicationId)?.medicine ?? 'Medicine',
          })),
        })),
        daily: report.daily.overall.map((day) => ({
          localDate: day.localDate,
          scheduled: day.scheduled,
          taken: day.taken + day.takenLate,
          missed: day.missed,
        })),
        refills: await refillsOf(patientId, now, zone),
      };
    },

    /** The clinician's patients whose doses taken over 30 days fall below the threshold. */
    async poorAdherence(actor: Actor, thresholdProportion = 0.8): Promise<PoorAdherenceList> {
      const now = clock.now();
      const clinical = actor.memberships.filter((m) => CLINICAL_ROLES.has(m.role));
      const patientIds = clinical.length > 0 ? await deps.readablePatients(actor.userId, clinical, now) : [];
      if (patientIds.length === 0) return { thresholdProportion, patients: [] };
      const rows = await db
        .selectFrom('dose_events as d')
        .innerJoin('patients as p', 'p.id', 'd.patient_id')
        .select((eb) => [
          'd.patient_id',
          'p.display_name',
          eb.fn.countAll<string>().as('settled'),
          eb.fn.count<string>('d.id').filterWhere('d.status', 'in', ['taken', 'taken-late']).as('taken'),
          eb.fn.count<string>('d.id').filterWhere('d.status', '=', 'missed').as('missed'),
        ])
        .where('d.patient_id', 'in', patientIds)
        .where('d.due_at', '>=', new Date(now.getTime() - 30 * 86_400_000))
        .where('d.due_at', '<', now)
        .where('d.status', 'in', ['taken', 'taken-late', 'skipped', 'missed'])
        .groupBy(['d.patient_id', 'p.display_name'])
        .execute();
      return {
        thresholdProportion,
        patients: rows
          .map((row) => ({
            patientId: row.patient_id,
            patientName: row.display_name,
            scheduled: Number(row.settled),
            missed: Number(row.missed),
            proportionTaken: Number(row.taken) / Number(row.settled),
          }))
          .filter((row) => row.scheduled > 0 && row.proportionTaken < thresholdProportion)
          .sort((a, b) => a.proportionTaken - b.proportionTaken),
      };
    },
  };
}
export type RemindersService = ReturnType<typeof createRemindersService>;
