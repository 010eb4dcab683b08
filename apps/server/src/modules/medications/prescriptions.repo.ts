import { type Dosage, Dosage as DosageSchema } from '@nexus/clinical';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { PrescriptionStatus } from './medications.tables.ts';

export type PrescriptionRow = {
  id: string;
  patientId: string;
  patientName: string;
  organisationId: string;
  prescriberUserId: string;
  prescriberName: string;
  productId: string;
  dosage: Dosage;
  quantityUnits: number;
  refills: number;
  authorisedUnits: number;
  dispensedUnits: number;
  status: PrescriptionStatus;
  signedAt: Date;
  expiresAt: Date;
  token: string;
  pharmacyOrganisationId: string | null;
  pharmacyName: string | null;
  cancelledAt: Date | null;
};

export type NewPrescription = Omit<
  PrescriptionRow,
  | 'patientName'
  | 'prescriberName'
  | 'dispensedUnits'
  | 'status'
  | 'pharmacyName'
  | 'cancelledAt'
  | 'authorisedUnits'
>;

/** Why a dispense could not be added, read back after the guarded update matched nothing. */
export type DispenseRefusal =
  | 'not-found'
  | 'cancelled'
  | 'completed'
  | 'expired'
  | 'other-pharmacy'
  | 'exceeds-remaining';

export type DispenseOutcome =
  | {
      ok: true;
      dispenseId: string;
      units: number;
      remainingUnits: number;
      status: PrescriptionStatus;
      isReplay: boolean;
    }
  | { ok: false; refusal: DispenseRefusal; remainingUnits: number };

const selectPrescriptions = (db: Executor) =>
  db
    .selectFrom('prescriptions as p')
    .innerJoin('patients as pt', 'pt.id', 'p.patient_id')
    .innerJoin('users as u', 'u.id', 'p.prescriber_user_id')
    .leftJoin('organisations as ph', 'ph.id', 'p.pharmacy_organisation_id')
    .select([
      'p.id',
      'p.patient_id',
      'pt.display_name as patient_name',
      'p.organisation_id',
      'p.prescriber_user_id',
      'u.display_name as prescriber_name',
      'p.product_id',
      'p.dosage',
      'p.quantity_units',
      'p.refills',
      'p.authorised_units',
      'p.dispensed_units',
      'p.status',
      'p.signed_at',
      'p.expires_at',
      'p.token',
      'p.pharmacy_organisation_id',
      'ph.name as pharmacy_name',
      'p.cancelled_at',
    ]);

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectPrescriptions>['execute']>>[number];

const toRow = (row: SelectedRow): PrescriptionRow => ({
  id: row.id,
  patientId: row.patient_id,
  patientName: row.patient_name,
  organisationId: row.organisation_id,
  prescriberUserId: row.prescriber_user_id,
  prescriberName: row.prescriber_name,
  productId: row.product_id,
  dosage: DosageSchema.parse(row.dosage),
  quantityUnits: row.quantity_units,
  refills: row.refills,
  authorisedUnits: row.authorised_units,
  dispensedUnits: row.dispensed_units,
  status: row.status,
  signedAt: row.signed_at,
  expiresAt: row.expires_at,
  token: row.token,
  pharmacyOrganisationId: row.pharmacy_organisation_id,
  pharmacyName: row.pharmacy_name,
  cancelledAt: row.cancelled_at,
});

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** Signed prescriptions, their dispenses and overrides. The dispense is the one place stock of a prescription changes. */
export function createPrescriptionsRepo() {
  return {
    async insert(db: Executor, prescription: NewPrescription): Promise<void> {
      await db
        .insertInto('prescriptions')
        .values({
          id: prescription.id,
          patient_id: prescription.patientId,
          organisation_id: prescription.organisationId,
          prescriber_user_id: prescription.prescriberUserId,
          product_id: prescription.productId,
          dosage: JSON.stringify(prescription.dosage),
          quantity_units: prescription.quantityUnits,
          refills: prescription.refills,
          authorised_units: prescription.quantityUnits * (prescription.refills + 1),
          status: 'active',
          signed_at: prescription.signedAt,
          expires_at: prescription.expiresAt,
          token: prescription.token,
          pharmacy_organisation_id: prescription.pharmacyOrganisationId,
        })
        .execute();
    },

    async insertOverride(
      db: Executor,
      override: {
        id: string;
        prescriptionId: string;
        alertKind: string;
        severity: 'contraindicated' | 'major';
        alertKey: string;
        alertTitle: string;
        reasonEnvelope: string;
        userId: string;
        now: Date;
      },
    ): Promise<void> {
      await db
        .insertInto('prescription_alert_overrides')
        .values({
          id: override.id,
          prescription_id: override.prescriptionId,
          alert_kind: override.alertKind,
          severity: override.severity,
          alert_key: override.alertKey,
          alert_title: override.alertTitle.slice(0, 500),
          reason_envelope: override.reasonEnvelope,
          overridden_by_user_id: override.userId,
          created_at: override.now,
        })
        .execute();
    },

    async byId(db: Executor, prescriptionId: string): Promise<PrescriptionRow | null> {
      const row = await selectPrescriptions(db).where('p.id', '=', prescriptionId).executeTakeFirst();
      return row ? toRow(row) : null;
    },

    async forPatient(db: Executor, patientId: string): Promise<PrescriptionRow[]> {
      const rows = await selectPrescriptions(db)
        .where('p.patient_id', '=', patientId)
        .orderBy('p.signed_at', 'desc')
        .execute();
      return rows.map(toRow);
    },

    /** Active, unexpired prescriptions sent to this pharmacy, oldest first. */
    async pharmacyQueue(db: Executor, pharmacyId: string, now: Date): Promise<PrescriptionRow[]> {
      const rows = await selectPrescriptions(db)
        .where('p.pharmacy_organisation_id', '=', pharmacyId)
        .where('p.status', '=', 'active')
        .where('p.expires_at', '>', now)
        .orderBy('p.signed_at', 'asc')
        .limit(200)
        .execute();
      return rows.map(toRow);
    },

    async dispensesOf(db: Executor, prescriptionIds: readonly string[]) {
      if (prescriptionIds.length === 0) return [];
      return db
        .selectFrom('prescription_dispenses as d')
        .innerJoin('organisations as o', 'o.id', 'd.pharmacy_organisation_id')
        .select(['d.prescription_id', 'd.units', 'd.dispensed_at', 'o.name as pharmacy_name'])
        .where('d.prescription_id', 'in', prescriptionIds)
        .orderBy('d.dispensed_at', 'asc')
        .execute();
    },

    async overridesOf(db: Executor, prescriptionIds: readonly string[]) {
      if (prescriptionIds.length === 0) return [];
      return db
        .selectFrom('prescription_alert_overrides')
        .select(['prescription_id', 'alert_key', 'alert_title', 'alert_kind', 'severity'])
        .where('prescription_id', 'in', prescriptionIds)
        .execute();
    },

    /**
     * Adds a dispense, all or nothing. One guarded UPDATE adds the units only while the prescription is
     * active, unexpired, for this pharmacy (or any) and has that many left; PostgreSQL re-checks the
     * guard against the committed row when two dispenses race, so the second sees the first's units
     * and fails instead of over-dispensing. The idempotency key makes a retried request return the
     * first one's result. Runs in the caller's transaction.
     */
    async dispense(
      db: Executor,
      request: {
        id: string;
        prescriptionId: string;
        pharmacyId: string;
        pharmacistUserId: string;
        units: number;
        idempotencyKey: string;
        now: Date;
      },
    ): Promise<DispenseOutcome> {
      const replay = await db
        .selectFrom('prescription_dispenses as d')
        .innerJoin('prescriptions as p', 'p.id', 'd.prescription_id')
        .select(['d.id', 'd.units', 'p.authorised_units', 'p.dispensed_units', 'p.status'])
        .where('d.prescription_id', '=', request.prescriptionId)
        .where('d.idempotency_key', '=', request.idempotencyKey)
        .executeTakeFirst();
      if (replay)
        return {
          ok: true,
          dispenseId: replay.id,
          units: replay.units,
          remainingUnits: replay.authorised_units - replay.dispensed_units,
          status: replay.status,
          isReplay: true,
        };
      const updated = await db
        .updateTable('prescriptions')
        .set({
          dispensed_units: sql<number>`dispensed_units + ${request.units}`,
          status: sql<PrescriptionStatus>`case when dispensed_units + ${request.units} = authorised_units then 'completed' else 'active' end`,
        })
        .where('id', '=', request.prescriptionId)
        .where('status', '=', 'active')
        .where('expires_at', '>', request.now)
        .where((eb) =>
          eb.or([
            eb('pharmacy_organisation_id', 'is', null),
            eb('pharmacy_organisation_id', '=', request.pharmacyId),
          ]),
        )
        .where(sql<boolean>`dispensed_units + ${request.units} <= authorised_units`)
        .returning(['authorised_units', 'dispensed_units', 'status'])
        .executeTakeFirst();
      if (!updated) return refusalOf(db, request);
      try {
        await db
          .insertInto('prescription_dispenses')
          .values({
            id: request.id,
            prescription_id: request.prescriptionId,
            pharmacy_organisation_id: request.pharmacyId,
            pharmacist_user_id: request.pharmacistUserId,
            units: request.units,
            dispensed_at: request.now,
            idempotency_key: request.idempotencyKey,
          })
          .execute();
      } catch (error) {
        // The same key raced in from another request: this transaction rolls back, the caller retries as a replay.
        if (isUniqueViolation(error)) throw new DuplicateDispenseKey();
        throw error;
      }
      return {
        ok: true,
        dispenseId: request.id,
        units: request.units,
        remainingUnits: updated.authorised_units - updated.dispensed_units,
        status: updated.status,
        isReplay: false,
      };
    },

    /** Cancels an active prescription; false if it was not active (already completed or cancelled). */
    async cancel(db: Executor, prescriptionId: string, userId: string, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('prescriptions')
        .set({ status: 'cancelled', cancelled_at: now, cancelled_by_user_id: userId })
        .where('id', '=', prescriptionId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
export type PrescriptionsRepo = ReturnType<typeof createPrescriptionsRepo>;

/** Two requests with one idempotency key raced; the loser's transaction is rolled back and it is answered as a replay. */
export class DuplicateDispenseKey extends Error {
  readonly code = 'duplicate_dispense_key';
}

async function refusalOf(
  db: Executor,
  request: { prescriptionId: string; pharmacyId: string; units: number; now: Date },
): Promise<DispenseOutcome> {
  const row = await db
    .selectFrom('prescriptions')
    .select(['status', 'expires_at', 'pharmacy_organisation_id', 'authorised_units', 'dispensed_units'])
    .where('id', '=', request.prescriptionId)
    .executeTakeFirst();
  if (!row) return { ok: false, refusal: 'not-found', remainingUnits: 0 };
  const remainingUnits = row.authorised_units - row.dispensed_units;
  const refusal: DispenseRefusal =
    row.status === 'cancelled'
      ? 'cancelled'
      : row.status === 'completed'
        ? 'completed'
        : row.expires_at <= request.now
          ? 'expired'
          : row.pharmacy_organisation_id !== null && row.pharmacy_organisation_id !== request.pharmacyId
            ? 'other-pharmacy'
            : 'exceeds-remaining';
  return { ok: false, refusal, remainingUnits };
}
