import { randomUUID } from 'node:crypto';
import { bloodbank } from '@nexus/clinical';
import type {
  BloodUnitView,
  CreateStorageLocation,
  DiscardRequest,
  InventoryView,
  PlaceHoldRequest,
  ReceiveUnitRequest,
  ReleaseHoldRequest,
  ReturnResult,
  ReturnUnitRequest,
  StorageLocationView,
  UnitEventList,
  VerifyLabelRequest,
} from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Database, type Executor, withTransaction } from '../../platform/db/database.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { presentUnit } from './bloodbank.presenter.ts';
import { createReservationsService, type TransfusionPatients } from './reservations.service.ts';
import { RETURN_POLICY_DEFAULTS, type ReturnPolicy, returnDecision } from './return-decision.ts';
import { unitHistory } from './unit-history.ts';
import { DuplicateUnit, type UnitRecord, type UnitsRepo } from './units.repo.ts';

/** Statuses a unit can still be discarded from; the others are final (§3.6). */
const DISCARDABLE: readonly bloodbank.UnitStatus[] = ['quarantined', 'available', 'reserved', 'issued'];

/**
 * Who may release a hold (§3.7: "supervisor clears with evidence"). There is no supervisor role yet:
 * for now it is the organisation's org_admin.
 */
export const isBloodBankSupervisor = (actor: Actor, organisationId: string): boolean =>
  actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'org_admin');

const changed = () =>
  conflict('unit_changed', 'The unit changed while you were working on it. Reload it and try again.');

/**
 * The blood bank's stock: receiving and verifying units, holds, returns and discards, the stock view,
 * and (from the reservations service) reserving, releasing, expiring and issuing. Every change is a
 * guarded UPDATE plus a history row and an audit entry, in one transaction.
 */
export function createInventoryService(deps: {
  db: Database['kysely'];
  repo: UnitsRepo;
  clock: Clock;
  audit: AuditRecorder;
  patients: TransfusionPatients;
  policy?: bloodbank.CompatibilityPolicy;
  returnPolicy?: ReturnPolicy;
}) {
  const { db, repo, clock, audit } = deps;
  const record = unitHistory({ repo, audit });
  const returnPolicy = deps.returnPolicy ?? RETURN_POLICY_DEFAULTS;

  async function loadUnit(executor: Executor, organisationId: string, unitId: string): Promise<UnitRecord> {
    const unit = await repo.unitById(executor, organisationId, unitId);
    if (!unit) throw notFound('unit_not_found', 'There is no such unit in this blood bank.');
    return unit;
  }

  async function view(executor: Executor, unit: UnitRecord): Promise<BloodUnitView> {
    return presentUnit(unit, await repo.openHolds(executor, [unit.id]), clock.now());
  }

  /** Cancels the unit's live reservation when it leaves stock (hold placed, discarded). */
  async function cancelReservation(trx: Executor, unitId: string, now: Date): Promise<string | null> {
    const live = await repo.liveAllocationOf(trx, unitId);
    if (live?.status !== 'active') return null;
    await repo.endAllocation(trx, { allocationId: live.id, from: 'active', to: 'cancelled', now });
    return live.patientId;
  }
  /**
   * Moves the unit to `to` in one guarded update, or (to = null) only bumps its version so that a
   * concurrent change of the same unit fails; null when the unit changed meanwhile.
   */
  async function moveOrTouch(
    trx: Executor,
    organisationId: string,
    unit: UnitRecord,
    to: bloodbank.UnitStatus | null,
    now: Date,
  ) {
    if (to !== null)
      return repo.transition(trx, {
        unitId: unit.id,
        organisationId,
        from: [unit.status],
        version: unit.version,
        to,
        now,
      });
    return (await repo.touch(trx, unit.id, unit.version, now)) ? unit : null;
  }

  const reservations = createReservationsService({ ...deps, record });

  return {
    ...reservations,

    async createLocation(
      actor: Actor,
      organisationId: string,
      input: CreateStorageLocation,
    ): Promise<StorageLocationView> {
      const id = randomUUID();
      const now = clock.now();
      await withTransaction(db, async (trx) => {
        if (input.parentId) {
          const parents = await repo.locations(trx, organisationId);
          if (!parents.some((p) => p.id === input.parentId))
            throw new AppError('location_not_found', 422, 'The parent location is not in this blood bank.');
        }
        await repo.insertLocation(trx, { id, organisationId, ...input, now });
        await audit.record(
          {
            actorUserId: actor.userId,
            action: 'bloodbank.location.create',
            outcome: 'success',
            resourceType: 'BloodStorageLocation',
            resourceId: id,
            details: { organisationId, kind: input.kind },
          },
          trx,
        );
      });
      return {
        id,
        parentId: input.parentId,
        name: input.name,
        kind: input.kind,
        minC: input.minC,
        maxC: input.maxC,
      };
    },

    async locations(organisationId: string): Promise<StorageLocationView[]> {
      const rows = await repo.locations(db, organisationId);
      return rows.map((row) => ({
        id: row.id,
        parentId: row.parent_id,
        name: row.name,
        kind: row.kind,
        minC: row.min_c === null ? null : Number(row.min_c),
        maxC: row.max_c === null ? null : Number(row.max_c),
      }));
    },

    /** A unit arrives (from a supplier): quarantined until its label is verified and group confirmed. */
    async receive(actor: Actor, organisationId: string, input: ReceiveUnitRequest): Promise<BloodUnitView> {
      const type = bloodbank.usComponentType(input.componentType);
      if (!type)
        throw new AppError('unknown_component_type', 422, 'That component type is not in the catalogue.');
      const collectedAt = new Date(input.collectedAt);
      const expiresAt = new Date(input.expiresAt);
      if (expiresAt <= collectedAt)
        throw new AppError('invalid_expiry', 422, 'A unit must expire after it was collected.');
      const id = randomUUID();
      const now = clock.now();
      try {
        return await withTransaction(db, async (trx) => {
          if (
            input.locationId &&
            !(await repo.locations(trx, organisationId)).some((l) => l.id === input.locationId)
          )
            throw new AppError('location_not_found', 422, 'That storage location is not in this blood bank.');
          await repo.insertUnit(
            trx,
            {
              id,
              organisationId,
              din: input.din,
              productCode: input.productCode,
              division: input.division,
              componentType: type.id,
              category: type.category,
              aboRh: { abo: input.abo, rhd: input.rhd },
              volumeMl: input.volumeMl,
              collectedAt,
              expiresAt,
              attributes: input.attributes,
              antigenNegative: input.antigenNegative,
              locationId: input.locationId,
              ttiStatus: input.ttiStatus,
            },
            now,
          );
          await record(trx, actor, now, {
            unitId: id,
            organisationId,
            kind: 'receive',
            from: null,
            to: 'quarantined',
          });
          return view(trx, await loadUnit(trx, organisationId, id));
        });
      } catch (error) {
        if (error instanceof DuplicateUnit)
          throw conflict(
            'unit_already_received',
            'A unit with this DIN, product code and division is already here.',
          );
        throw error;
      }
    },

    /**
     * The label checked and the group confirmed by this blood bank's typing. A match releases the unit
     * (if nothing else holds it); a mismatch places a label_discrepancy hold and the unit stays quarantined.
     */
    async verifyLabel(
      actor: Actor,
      organisationId: string,
      unitId: string,
      input: VerifyLabelRequest,
    ): Promise<BloodUnitView> {
      const now = clock.now();
      return withTransaction(db, async (trx) => {
        const unit = await loadUnit(trx, organisationId, unitId);
        if (unit.status !== 'quarantined')
          throw conflict('unit_not_quarantined', 'Only a quarantined unit has its label verified.');
        const isMatch = unit.aboRh.abo === input.confirmedAbo && unit.aboRh.rhd === input.confirmedRhd;
        if (!isMatch) {
          await repo.insertHold(trx, {
            id: randomUUID(),
            unitId,
            kind: 'label_discrepancy',
            userId: actor.userId,
            reason: 'Confirmed group differs from the label',
            now,
          });
          if (!(await repo.touch(trx, unitId, unit.version, now))) throw changed();
          await record(trx, actor, now, {
            unitId,
            organisationId,
            kind: 'label_discrepancy',
            from: unit.status,
            to: unit.status,
          });
          return view(trx, await loadUnit(trx, organisationId, unitId));
        }
        const holds = await repo.openHolds(trx, [unitId]);
        const canRelease = holds.length === 0 && unit.ttiStatus === 'safe';
        const updated = await repo.transition(trx, {
          unitId,
          organisationId,
          from: ['quarantined'],
          version: unit.version,
          to: canRelease ? 'available' : 'quarantined',
          now,
          set: { labelVerifiedAt: now, groupConfirmed: true },
        });
        if (!updated) throw changed();
        await record(trx, actor, now, {
          unitId,
          organisationId,
          kind: 'verify_label',
          from: unit.status,
          to: updated.status,
        });
        return view(trx, updated);
      });
    },

    /** A hold takes the unit out of stock at once (an active reservation is cancelled). */
    async placeHold(
      actor: Actor,
      organisationId: string,
      unitId: string,
      input: PlaceHoldRequest,
    ): Promise<BloodUnitView> {
      const now = clock.now();
      return withTransaction(db, async (trx) => {
        const unit = await loadUnit(trx, organisationId, unitId);
        const holdId = await repo.insertHold(trx, {
          id: randomUUID(),
          unitId,
          userId: actor.userId,
          now,
          ...input,
        });
        if (!holdId) return view(trx, unit);
        const leavesStock = unit.status === 'available' || unit.status === 'reserved';
        const patientId = unit.status === 'reserved' ? await cancelReservation(trx, unitId, now) : null;
        const updated = await moveOrTouch(trx, organisationId, unit, leavesStock ? 'quarantined' : null, now);
        if (!updated) throw changed();
        await record(trx, actor, now, {
          unitId,
          organisationId,
          kind: 'hold_place',
          from: unit.status,
          to: updated.status,
          reason: input.reason,
          patientId,
          details: { hold: input.kind, holdId },
        });
        return view(trx, await loadUnit(trx, organisationId, unitId));
      });
    },

    /**
     * Releasing a hold needs a supervisor and evidence. When no hold is left on a verified, confirmed,
     * TTI-safe quarantined unit, it is available again. A refusal is audited too.
     */
    async releaseHold(
      actor: Actor,
      organisationId: string,
      unitId: string,
      holdId: string,
      input: ReleaseHoldRequest,
    ): Promise<BloodUnitView> {
      const now = clock.now();
      if (!isBloodBankSupervisor(actor, organisationId)) {
        await audit.record({
          actorUserId: actor.userId,
          action: 'bloodbank.unit.hold_release',
          outcome: 'denied',
          resourceType: 'BloodUnit',
          resourceId: unitId,
          details: { organisationId, holdId, basis: 'supervisor_required' },
        });
        throw forbidden('supervisor_required', 'Only a blood bank supervisor may release a hold.');
      }
      return withTransaction(db, async (trx) => {
        const unit = await loadUnit(trx, organisationId, unitId);
        const kind = await repo.releaseHold(trx, {
          holdId,
          unitId,
          userId: actor.userId,
          evidence: input.evidence,
          now,
        });
        if (!kind) throw notFound('hold_not_found', 'There is no such open hold on this unit.');
        const isClear =
          (await repo.openHolds(trx, [unitId])).length === 0 &&
          unit.status === 'quarantined' &&
          unit.labelVerifiedAt !== null &&
          unit.groupConfirmed &&
          unit.ttiStatus === 'safe';
        const updated = await moveOrTouch(trx, organisationId, unit, isClear ? 'available' : null, now);
        if (!updated) throw changed();
        await record(trx, actor, now, {
          unitId,
          organisationId,
          kind: 'hold_release',
          from: unit.status,
          to: isClear ? 'available' : unit.status,
          reason: input.evidence,
          details: { hold: kind, holdId, basis: 'organisation_admin_as_supervisor' },
        });
        return view(trx, await loadUnit(trx, organisationId, unitId));
      });
    },

    async discard(
      actor: Actor,
      organisationId: string,
      unitId: string,
      input: DiscardRequest,
    ): Promise<BloodUnitView> {
      const now = clock.now();
      return withTransaction(db, async (trx) => {
        const unit = await loadUnit(trx, organisationId, unitId);
        if (!DISCARDABLE.includes(unit.status))
          throw conflict('unit_final', `A ${unit.status} unit cannot be discarded.`);
        const patientId = unit.status === 'reserved' ? await cancelReservation(trx, unitId, now) : null;
        const updated = await repo.transition(trx, {
          unitId,
          organisationId,
          from: [unit.status],
          version: unit.version,
          to: 'discarded',
          now,
        });
        if (!updated) throw changed();
        await repo.insertDiscard(trx, {
          id: randomUUID(),
          unitId,
          reasonCode: input.reasonCode,
          reasonText: input.reasonText,
          userId: actor.userId,
          witnessedBy: input.witnessedBy,
          now,
        });
        await record(trx, actor, now, {
          unitId,
          organisationId,
          kind: 'discard',
          from: unit.status,
          to: 'discarded',
          reason: input.reasonText ?? input.reasonCode,
          patientId,
          details: { reasonCode: input.reasonCode },
        });
        return view(trx, updated);
      });
    },

    /** An issued unit comes back: restocked as a reissue, or discarded, by the cold-chain rule (§4.11). */
    async returnUnit(
      actor: Actor,
      organisationId: string,
      unitId: string,
      input: ReturnUnitRequest,
    ): Promise<ReturnResult> {
      const now = clock.now();
      return withTransaction(db, async (trx) => {
        const unit = await loadUnit(trx, organisationId, unitId);
        if (unit.status !== 'issued')
          throw conflict('unit_not_issued', 'Only an issued unit can be returned.');
        const holds = await repo.openHolds(trx, [unitId]);
        const rule = returnDecision(unit.category, input, returnPolicy);
        // A hold placed while the unit was out still stands: it is restocked only into quarantine.
        const to = rule.decision === 'discard' ? 'discarded' : holds.length > 0 ? 'quarantined' : 'available';
        const updated = await repo.transition(trx, {
          unitId,
          organisationId,
          from: ['issued'],
          version: unit.version,
          to,
          now,
          ...(rule.decision === 'restock' ? { set: { isReissue: true } } : {}),
        });
        if (!updated) throw changed();
        const live = await repo.liveAllocationOf(trx, unitId);
        if (live)
          await repo.endAllocation(trx, { allocationId: live.id, from: 'issued', to: 'released', now });
        const discardReason = rule.decision === 'discard' ? rule.reason : null;
        await repo.insertReturn(trx, {
          id: randomUUID(),
          unitId,
          userId: actor.userId,
          now,
          minutesOut: input.minutesOutOfControlledStorage,
          temperatureC: input.temperatureC,
          containerValidated: input.containerValidated,
          sealIntact: input.sealIntact,
          segmentAttached: input.segmentAttached,
          inspectionPassed: input.visualInspectionPassed,
          discardReason,
        });
        if (discardReason)
          await repo.insertDiscard(trx, {
            id: randomUUID(),
            unitId,
            reasonCode: discardReason,
            reasonText: null,
            userId: actor.userId,
            witnessedBy: null,
            now,
          });
        await record(trx, actor, now, {
          unitId,
          organisationId,
          kind: 'return',
          from: 'issued',
          to,
          reason: discardReason,
          patientId: live?.patientId ?? null,
          details: { decision: rule.decision, minutesOut: input.minutesOutOfControlledStorage },
        });
        return { decision: rule.decision, discardReason, unit: await view(trx, updated) };
      });
    },

    async unit(organisationId: string, unitId: string): Promise<BloodUnitView> {
      return view(db, await loadUnit(db, organisationId, unitId));
    },

    async events(organisationId: string, unitId: string): Promise<UnitEventList> {
      await loadUnit(db, organisationId, unitId);
      const rows = await repo.eventsOf(db, unitId);
      return {
        events: rows.map((row) => ({
          kind: row.kind,
          fromStatus: row.from_status,
          toStatus: row.to_status,
          actorUserId: row.actor_user_id,
          reason: row.reason,
          at: row.at.toISOString(),
        })),
      };
    },

    /** Stock by component × ABO/RhD × expiry band (expired units still on the shelf are their own band). */
    async inventory(organisationId: string): Promise<InventoryView> {
      const now = clock.now();
      const rows = await repo.inventory(db, organisationId, now);
      return {
        at: now.toISOString(),
        rows: rows.map((row) => ({
          componentType: row.component_type,
          category: row.category,
          abo: row.abo,
          rhd: row.rhd,
          band: row.band as InventoryView['rows'][number]['band'],
          available: Number(row.available),
          reserved: Number(row.reserved),
        })),
      };
    },
  };
}
export type InventoryService = ReturnType<typeof createInventoryService>;
