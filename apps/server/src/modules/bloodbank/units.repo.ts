import type { bloodbank } from '@nexus/clinical';
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type {
  AllocationMethod,
  AllocationStatus,
  BloodbankUnitsTable,
  DiscardReasonCode,
  StorageLocationKind,
  TtiStatus,
} from './bloodbank.tables.ts';

export type UnitRecord = {
  id: string;
  organisationId: string;
  din: string;
  productCode: string;
  division: string;
  componentType: string;
  category: bloodbank.ComponentCategory;
  aboRh: bloodbank.AboRh;
  volumeMl: number | null;
  collectedAt: Date;
  expiresAt: Date;
  attributes: string[];
  antigenNegative: string[];
  locationId: string | null;
  status: bloodbank.UnitStatus;
  labelVerifiedAt: Date | null;
  groupConfirmed: boolean;
  ttiStatus: TtiStatus;
  isReissue: boolean;
  version: number;
};

export type NewUnit = Omit<
  UnitRecord,
  'status' | 'labelVerifiedAt' | 'groupConfirmed' | 'isReissue' | 'version'
>;

export type HoldRecord = {
  id: string;
  unitId: string;
  kind: bloodbank.UnitHold;
  placedAt: Date;
  reason: string;
  releasedAt: Date | null;
};

export type AllocationRecord = {
  id: string;
  organisationId: string;
  unitId: string;
  patientId: string;
  requestRef: string;
  method: AllocationMethod;
  status: AllocationStatus;
  reservedAt: Date;
  reservedUntil: Date;
  issuedAt: Date | null;
};

type UnitRow = {
  [K in keyof BloodbankUnitsTable]: BloodbankUnitsTable[K] extends { __select__: infer S }
    ? S
    : BloodbankUnitsTable[K];
};

const toUnit = (row: UnitRow): UnitRecord => ({
  id: row.id,
  organisationId: row.organisation_id,
  din: row.din,
  productCode: row.product_code,
  division: row.division,
  componentType: row.component_type,
  category: row.category,
  aboRh: { abo: row.abo, rhd: row.rhd },
  volumeMl: row.volume_ml,
  collectedAt: row.collected_at,
  expiresAt: row.expires_at,
  attributes: row.attributes,
  antigenNegative: row.antigen_negative,
  locationId: row.location_id,
  status: row.status,
  labelVerifiedAt: row.label_verified_at,
  groupConfirmed: row.group_confirmed,
  ttiStatus: row.tti_status,
  isReissue: row.is_reissue,
  version: row.version,
});

const textArray = (values: readonly string[]) =>
  values.length === 0 ? sql<string[]>`'{}'::text[]` : sql<string[]>`array[${sql.join(values)}]::text[]`;

/** The open holds of the unit row being updated: any one blocks reserve and issue. */
const hasNoOpenHold = sql<SqlBool>`not exists (select 1 from bloodbank_unit_holds h where h.unit_id = bloodbank_units.id and h.released_at is null)`;

export type UnitTransition = {
  unitId: string;
  organisationId: string;
  from: readonly bloodbank.UnitStatus[];
  version: number;
  to: bloodbank.UnitStatus;
  now: Date;
  /** Also require Issuable (§3.6) on the row itself: in date at `now`, no open hold, verified, confirmed, TTI safe. */
  requireIssuable?: boolean;
  set?: { labelVerifiedAt?: Date; groupConfirmed?: boolean; isReissue?: boolean };
};

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** A second live allocation for one unit: the partial unique index refused it. */
export class UnitAlreadyAllocated extends Error {
  readonly code = 'unit_already_allocated';
}

/** Units, holds, allocations and the unit history: SQL only, each function on the executor it is given. */
export function createUnitsRepo() {
  return {
    async insertLocation(
      db: Executor,
      location: {
        id: string;
        organisationId: string;
        parentId: string | null;
        name: string;
        kind: StorageLocationKind;
        minC: number | null;
        maxC: number | null;
        now: Date;
      },
    ): Promise<void> {
      await db
        .insertInto('bloodbank_storage_locations')
        .values({
          id: location.id,
          organisation_id: location.organisationId,
          parent_id: location.parentId,
          name: location.name,
          kind: location.kind,
          min_c: location.minC,
          max_c: location.maxC,
          created_at: location.now,
          updated_at: location.now,
        })
        .execute();
    },

    async locations(db: Executor, organisationId: string) {
      return db
        .selectFrom('bloodbank_storage_locations')
        .select(['id', 'parent_id', 'name', 'kind', 'min_c', 'max_c'])
        .where('organisation_id', '=', organisationId)
        .orderBy('name')
        .execute();
    },

    async insertUnit(db: Executor, unit: NewUnit, now: Date): Promise<void> {
      try {
        await db
          .insertInto('bloodbank_units')
          .values({
            id: unit.id,
            organisation_id: unit.organisationId,
            din: unit.din,
            product_code: unit.productCode,
            division: unit.division,
            component_type: unit.componentType,
            category: unit.category,
            abo: unit.aboRh.abo,
            rhd: unit.aboRh.rhd,
            volume_ml: unit.volumeMl,
            collected_at: unit.collectedAt,
            expires_at: unit.expiresAt,
            attributes: textArray(unit.attributes),
            antigen_negative: textArray(unit.antigenNegative),
            location_id: unit.locationId,
            status: 'quarantined',
            label_verified_at: null,
            group_confirmed: false,
            tti_status: unit.ttiStatus,
            created_at: now,
            updated_at: now,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateUnit();
        throw error;
      }
    },

    async unitById(db: Executor, organisationId: string, unitId: string): Promise<UnitRecord | null> {
      const row = await db
        .selectFrom('bloodbank_units')
        .selectAll()
        .where('id', '=', unitId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      return row ? toUnit(row) : null;
    },

    /**
     * Units that may be reserved now, locked for this transaction. On PostgreSQL a unit another
     * reservation is working on is skipped, not waited for; the guarded UPDATE decides in any case.
     */
    async reservableUnits(
      db: Executor,
      organisationId: string,
      category: bloodbank.ComponentCategory,
      now: Date,
    ): Promise<UnitRecord[]> {
      const rows = await db
        .selectFrom('bloodbank_units')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('category', '=', category)
        .where('status', '=', 'available')
        .where('expires_at', '>', now)
        .orderBy('expires_at')
        .limit(500)
        .forUpdate()
        .skipLocked()
        .execute();
      return rows.map(toUnit);
    },

    async openHolds(db: Executor, unitIds: readonly string[]): Promise<HoldRecord[]> {
      if (unitIds.length === 0) return [];
      const rows = await db
        .selectFrom('bloodbank_unit_holds')
        .select(['id', 'unit_id', 'kind', 'placed_at', 'reason', 'released_at'])
        .where('unit_id', 'in', unitIds)
        .where('released_at', 'is', null)
        .orderBy('placed_at')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        unitId: row.unit_id,
        kind: row.kind,
        placedAt: row.placed_at,
        reason: row.reason,
        releasedAt: row.released_at,
      }));
    },

    /**
     * One guarded UPDATE: the unit moves only from an expected status at the version the caller
     * decided on (and, for reserve and issue, only while it is Issuable at `now`). Null when the
     * row was not in that state: someone else changed it first, or it is no longer issuable.
     */
    async transition(db: Executor, change: UnitTransition): Promise<UnitRecord | null> {
      let query = db
        .updateTable('bloodbank_units')
        .set({
          status: change.to,
          version: sql<number>`version + 1`,
          updated_at: change.now,
          ...(change.set?.labelVerifiedAt ? { label_verified_at: change.set.labelVerifiedAt } : {}),
          ...(change.set?.groupConfirmed !== undefined ? { group_confirmed: change.set.groupConfirmed } : {}),
          ...(change.set?.isReissue !== undefined ? { is_reissue: change.set.isReissue } : {}),
        })
        .where('id', '=', change.unitId)
        .where('organisation_id', '=', change.organisationId)
        .where('status', 'in', change.from)
        .where('version', '=', change.version);
      if (change.requireIssuable) {
        query = query
          .where('expires_at', '>', change.now)
          .where('label_verified_at', 'is not', null)
          .where('group_confirmed', '=', true)
          .where('tti_status', '=', 'safe')
          .where(hasNoOpenHold);
      }
      const row = await query.returningAll().executeTakeFirst();
      return row ? toUnit(row) : null;
    },

    /** Bumps the version without a status change (a hold placed on a unit that stays where it is). */
    async touch(db: Executor, unitId: string, version: number, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('bloodbank_units')
        .set({ version: sql<number>`version + 1`, updated_at: now })
        .where('id', '=', unitId)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Places a hold; null when one of that kind is already open (the partial unique index). */
    async insertHold(
      db: Executor,
      hold: {
        id: string;
        unitId: string;
        kind: bloodbank.UnitHold;
        userId: string;
        reason: string;
        now: Date;
      },
    ): Promise<string | null> {
      const row = await db
        .insertInto('bloodbank_unit_holds')
        .values({
          id: hold.id,
          unit_id: hold.unitId,
          kind: hold.kind,
          placed_at: hold.now,
          placed_by: hold.userId,
          reason: hold.reason,
        })
        .onConflict((oc) => oc.columns(['unit_id', 'kind']).where('released_at', 'is', null).doNothing())
        .returning('id')
        .executeTakeFirst();
      return row?.id ?? null;
    },

    async releaseHold(
      db: Executor,
      release: { holdId: string; unitId: string; userId: string; evidence: string; now: Date },
    ): Promise<bloodbank.UnitHold | null> {
      const row = await db
        .updateTable('bloodbank_unit_holds')
        .set({ released_at: release.now, released_by: release.userId, release_evidence: release.evidence })
        .where('id', '=', release.holdId)
        .where('unit_id', '=', release.unitId)
        .where('released_at', 'is', null)
        .returning('kind')
        .executeTakeFirst();
      return row?.kind ?? null;
    },

    async insertAllocation(
      db: Executor,
      allocation: Omit<AllocationRecord, 'status' | 'issuedAt'> & { reservedBy: string },
    ): Promise<void> {
      try {
        await db
          .insertInto('bloodbank_allocations')
          .values({
            id: allocation.id,
            organisation_id: allocation.organisationId,
            unit_id: allocation.unitId,
            patient_id: allocation.patientId,
            request_ref: allocation.requestRef,
            method: allocation.method,
            status: 'active',
            reserved_by: allocation.reservedBy,
            reserved_at: allocation.reservedAt,
            reserved_until: allocation.reservedUntil,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new UnitAlreadyAllocated();
        throw error;
      }
    },

    async allocationById(
      db: Executor,
      organisationId: string,
      allocationId: string,
    ): Promise<AllocationRecord | null> {
      const row = await selectAllocations(db)
        .where('id', '=', allocationId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      return row ? toAllocation(row) : null;
    },

    async liveAllocationOf(db: Executor, unitId: string): Promise<AllocationRecord | null> {
      const row = await selectAllocations(db)
        .where('unit_id', '=', unitId)
        .where('status', 'in', ['active', 'issued'])
        .executeTakeFirst();
      return row ? toAllocation(row) : null;
    },

    /** Active reservations whose time is up, oldest first. */
    async dueAllocations(db: Executor, now: Date, limit: number): Promise<AllocationRecord[]> {
      const rows = await selectAllocations(db)
        .where('status', '=', 'active')
        .where('reserved_until', '<=', now)
        .orderBy('reserved_until')
        .limit(limit)
        .execute();
      return rows.map(toAllocation);
    },

    /** Guarded: moves an allocation on only from the status the caller saw. */
    async endAllocation(
      db: Executor,
      change: {
        allocationId: string;
        from: AllocationStatus;
        to: AllocationStatus;
        now: Date;
        issuedTo?: string;
      },
    ): Promise<boolean> {
      const isLive = change.to === 'issued';
      const result = await db
        .updateTable('bloodbank_allocations')
        .set({
          status: change.to,
          ...(isLive
            ? { issued_at: change.now, issued_to: change.issuedTo ?? null }
            : { ended_at: change.now }),
        })
        .where('id', '=', change.allocationId)
        .where('status', '=', change.from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async insertEvent(
      db: Executor,
      event: {
        id: string;
        unitId: string;
        kind: string;
        from: string | null;
        to: string | null;
        actorUserId: string;
        reason: string | null;
        at: Date;
      },
    ): Promise<void> {
      await db
        .insertInto('bloodbank_unit_events')
        .values({
          id: event.id,
          unit_id: event.unitId,
          kind: event.kind,
          from_status: event.from,
          to_status: event.to,
          actor_user_id: event.actorUserId,
          reason: event.reason,
          at: event.at,
        })
        .execute();
    },

    async eventsOf(db: Executor, unitId: string) {
      return db
        .selectFrom('bloodbank_unit_events')
        .select(['kind', 'from_status', 'to_status', 'actor_user_id', 'reason', 'at'])
        .where('unit_id', '=', unitId)
        .orderBy('seq')
        .execute();
    },

    async insertDiscard(
      db: Executor,
      discard: {
        id: string;
        unitId: string;
        reasonCode: DiscardReasonCode;
        reasonText: string | null;
        userId: string;
        witnessedBy: string | null;
        now: Date;
      },
    ): Promise<void> {
      await db
        .insertInto('bloodbank_discards')
        .values({
          id: discard.id,
          unit_id: discard.unitId,
          reason_code: discard.reasonCode,
          reason_text: discard.reasonText,
          discarded_by: discard.userId,
          witnessed_by: discard.witnessedBy,
          discarded_at: discard.now,
        })
        .execute();
    },

    async insertReturn(
      db: Executor,
      record: {
        id: string;
        unitId: string;
        userId: string;
        now: Date;
        minutesOut: number;
        temperatureC: number | null;
        containerValidated: boolean;
        sealIntact: boolean;
        segmentAttached: boolean;
        inspectionPassed: boolean;
        discardReason: 'temperature_excursion' | 'returned_unacceptable' | null;
      },
    ): Promise<void> {
      await db
        .insertInto('bloodbank_returns')
        .values({
          id: record.id,
          unit_id: record.unitId,
          returned_at: record.now,
          returned_by: record.userId,
          minutes_out_of_storage: record.minutesOut,
          temperature_c: record.temperatureC,
          container_validated: record.containerValidated,
          seal_intact: record.sealIntact,
          segment_attached: record.segmentAttached,
          inspection_passed: record.inspectionPassed,
          decision: record.discardReason ? 'discard' : 'restock',
          discard_reason: record.discardReason,
        })
        .execute();
    },

    /** Stock in the blood bank (available or reserved) by component, group and expiry band at `now`. */
    async inventory(db: Executor, organisationId: string, now: Date) {
      const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
      const band = sql<string>`case
        when expires_at <= ${now} then 'expired'
        when expires_at <= ${hours(24)} then 'within_24h'
        when expires_at <= ${hours(72)} then 'within_72h'
        when expires_at <= ${hours(168)} then 'within_7d'
        else 'beyond_7d' end`;
      return db
        .selectFrom('bloodbank_units')
        .select([
          'component_type',
          'category',
          'abo',
          'rhd',
          band.as('band'),
          sql<string>`count(*) filter (where status = 'available')`.as('available'),
          sql<string>`count(*) filter (where status = 'reserved')`.as('reserved'),
        ])
        .where('organisation_id', '=', organisationId)
        .where('status', 'in', ['available', 'reserved'])
        .groupBy(['component_type', 'category', 'abo', 'rhd', sql`5`])
        .orderBy('component_type')
        .orderBy('abo')
        .orderBy('rhd')
        .execute();
    },
  };
}
export type UnitsRepo = ReturnType<typeof createUnitsRepo>;

/** The (DIN, product code, division) is already in the inventory. */
export class DuplicateUnit extends Error {
  readonly code = 'unit_already_received';
}

const selectAllocations = (db: Executor) =>
  db
    .selectFrom('bloodbank_allocations')
    .select([
      'id',
      'organisation_id',
      'unit_id',
      'patient_id',
      'request_ref',
      'method',
      'status',
      'reserved_at',
      'reserved_until',
      'issued_at',
    ]);

type AllocationRow = Awaited<ReturnType<ReturnType<typeof selectAllocations>['execute']>>[number];

const toAllocation = (row: AllocationRow): AllocationRecord => ({
  id: row.id,
  organisationId: row.organisation_id,
  unitId: row.unit_id,
  patientId: row.patient_id,
  requestRef: row.request_ref,
  method: row.method,
  status: row.status,
  reservedAt: row.reserved_at,
  reservedUntil: row.reserved_until,
  issuedAt: row.issued_at,
});
