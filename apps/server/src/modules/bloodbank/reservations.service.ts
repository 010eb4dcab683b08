import { randomUUID } from 'node:crypto';
import { bloodbank } from '@nexus/clinical';
import type { AllocationView, IssueRequest, ReservationResult, ReserveUnitsRequest } from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { systemActor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Database, type Executor, withTransaction } from '../../platform/db/database.ts';
import { AppError, conflict, notFound } from '../../platform/http/errors.ts';
import { presentAllocation } from './bloodbank.presenter.ts';
import type { RecordUnitChange } from './unit-history.ts';
import { type HoldRecord, UnitAlreadyAllocated, type UnitRecord, type UnitsRepo } from './units.repo.ts';

/** What compatibility needs to know about a patient; until the patient blood bank record (§3.8) exists, a port. */
export type TransfusionPatients = {
  of(db: Executor, patientId: string): Promise<bloodbank.TransfusionPatient>;
};

/**
 * The safe stand-in while there is no patient blood bank record: every patient is of unknown group,
 * sex and age, so they get group O RhD-negative red cells and AB plasma (§4.7 unknown-group rule).
 */
export const unknownGroupPatients: TransfusionPatients = {
  of: async () => ({
    aboRh: null,
    groupStatus: 'unknown',
    sex: null,
    ageYears: null,
    antibodies: [],
    isChronicallyTransfused: false,
    specialRequirements: [],
  }),
};

const HOUR_MS = 3_600_000;
const UNIT_ATTRIBUTES: ReadonlySet<string> = new Set(bloodbank.UNIT_ATTRIBUTES);
const isUnitAttribute = (value: string): value is bloodbank.UnitAttribute => UNIT_ATTRIBUTES.has(value);

export const toCandidate = (unit: UnitRecord, holds: readonly HoldRecord[]): bloodbank.CandidateUnit => ({
  id: unit.id,
  din: unit.din,
  category: unit.category,
  aboRh: unit.aboRh,
  aboRhConfirmed: unit.groupConfirmed,
  status: unit.status,
  holds: [
    ...holds.filter((hold) => hold.unitId === unit.id).map((hold) => hold.kind),
    ...(unit.ttiStatus === 'safe' ? [] : (['tti_reactive'] as const)),
  ],
  expiresAt: unit.expiresAt,
  labelVerifiedAt: unit.labelVerifiedAt,
  attributes: unit.attributes.filter(isUnitAttribute),
  antigenNegative: unit.antigenNegative,
});

const lost = () =>
  conflict('unit_unavailable', 'Another request took this unit first. Ask for the units again.');

/** The first hard blocker, as the error a refused reserve or issue answers with (`unit_expired`, `unit_on_hold` …). */
function refusal(decision: bloodbank.UnitDecision): AppError | null {
  if (decision.kind === 'compatible') return null;
  const first = decision.blockers[0];
  const code = first?.code ?? 'unit_not_issuable';
  return decision.kind === 'refused'
    ? conflict(code, `This unit may not be given: ${code.replaceAll('_', ' ')}.`)
    : new AppError(code, 409, `This unit needs an authorisation first: ${code.replaceAll('_', ' ')}.`);
}

/**
 * Reservations and issue (§4.10, §3.12). Candidates come from bloodbank.selectUnits, evaluated inside
 * the transaction that reserves them; each unit moves with one guarded UPDATE (available, same version,
 * in date, no open hold) and gets its allocation row, whose partial unique index allows one live
 * allocation per unit. Issue re-runs bloodbank.evaluateUnit at the server's instant.
 */
export function createReservationsService(deps: {
  db: Database['kysely'];
  repo: UnitsRepo;
  clock: Clock;
  patients: TransfusionPatients;
  record: RecordUnitChange;
  policy?: bloodbank.CompatibilityPolicy;
}) {
  const { db, repo, clock, record } = deps;
  const policy = deps.policy ?? bloodbank.compatibilityPolicy();

  async function patientOf(trx: Executor, patientId: string): Promise<bloodbank.TransfusionPatient> {
    const exists = await trx
      .selectFrom('patients')
      .select('id')
      .where('id', '=', patientId)
      .executeTakeFirst();
    if (!exists) throw new AppError('patient_not_found', 422, 'There is no such patient.');
    return deps.patients.of(trx, patientId);
  }

  async function endReservation(
    trx: Executor,
    actor: Actor,
    allocationId: string,
    organisationId: string,
    to: 'released' | 'expired',
    now: Date,
  ): Promise<boolean> {
    const allocation = await repo.allocationById(trx, organisationId, allocationId);
    if (!allocation) throw notFound('allocation_not_found', 'There is no such reservation here.');
    if (!(await repo.endAllocation(trx, { allocationId, from: 'active', to, now }))) return false;
    const unit = await repo.unitById(trx, organisationId, allocation.unitId);
    if (unit?.status === 'reserved') {
      const back = await repo.transition(trx, {
        unitId: unit.id,
        organisationId,
        from: ['reserved'],
        version: unit.version,
        to: 'available',
        now,
      });
      if (!back) throw lost();
    }
    await record(trx, actor, now, {
      unitId: allocation.unitId,
      organisationId,
      kind: to === 'released' ? 'reservation_release' : 'reservation_expire',
      from: unit?.status ?? null,
      to: unit?.status === 'reserved' ? 'available' : (unit?.status ?? null),
      patientId: allocation.patientId,
      details: { allocationId },
    });
    return true;
  }

  return {
    /** Reserves `count` units for the request, all or none. */
    async reserve(
      actor: Actor,
      organisationId: string,
      input: ReserveUnitsRequest,
    ): Promise<ReservationResult> {
      const now = clock.now();
      const neededBy = new Date(input.neededBy);
      return withTransaction(db, async (trx) => {
        const patient = await patientOf(trx, input.patientId);
        const units = await repo.reservableUnits(trx, organisationId, input.category, now);
        const holds = await repo.openHolds(
          trx,
          units.map((u) => u.id),
        );
        const selection = bloodbank.selectUnits(
          units.map((unit) => toCandidate(unit, holds)),
          patient,
          { category: input.category, count: input.count, priority: input.priority, neededBy },
          { now, oNegativeStockCritical: false, rhdPositiveAuthorisation: null },
          policy,
        );
        if (selection.shortfall > 0)
          throw conflict(
            'insufficient_units',
            `Only ${selection.proposed.length} of ${input.count} suitable units are available.`,
          );
        const limits = [neededBy.getTime() + 24 * HOUR_MS, now.getTime() + 72 * HOUR_MS];
        if (input.sampleValidUntil) limits.push(new Date(input.sampleValidUntil).getTime());
        const reservedUntil = new Date(Math.min(...limits));
        if (reservedUntil <= now) throw new AppError('sample_expired', 422, 'The sample is no longer valid.');
        const allocations: AllocationView[] = [];
        for (const proposal of selection.proposed) {
          const unit = units.find((u) => u.id === proposal.unit.id);
          if (!unit) throw lost();
          const reserved = await repo.transition(trx, {
            unitId: unit.id,
            organisationId,
            from: ['available'],
            version: unit.version,
            to: 'reserved',
            now,
            requireIssuable: true,
          });
          if (!reserved) throw lost();
          const allocation = {
            id: randomUUID(),
            organisationId,
            unitId: unit.id,
            patientId: input.patientId,
            requestRef: input.requestRef,
            method: input.method,
            reservedAt: now,
            reservedUntil,
          };
          try {
            await repo.insertAllocation(trx, { ...allocation, reservedBy: actor.userId });
          } catch (error) {
            if (error instanceof UnitAlreadyAllocated) throw lost();
            throw error;
          }
          await record(trx, actor, now, {
            unitId: unit.id,
            organisationId,
            kind: 'reserve',
            from: 'available',
            to: 'reserved',
            patientId: input.patientId,
            details: { allocationId: allocation.id, tier: proposal.tier, requestRef: input.requestRef },
          });
          allocations.push(presentAllocation({ ...allocation, status: 'active', issuedAt: null }, proposal));
        }
        return { allocations };
      });
    },

    /** Gives a reserved unit back to stock; releasing twice is refused the second time. */
    async releaseReservation(actor: Actor, organisationId: string, allocationId: string): Promise<void> {
      const now = clock.now();
      await withTransaction(db, async (trx) => {
        if (!(await endReservation(trx, actor, allocationId, organisationId, 'released', now)))
          throw conflict('allocation_not_active', 'This reservation is no longer active.');
      });
    },

    /**
     * The job: every reservation past its reservedUntil becomes expired and its unit available again.
     * Idempotent (only active allocations move, each in its own transaction); returns how many expired.
     */
    async expireReservations(limit = 200): Promise<number> {
      const now = clock.now();
      const actor = systemActor('bloodbank.expire-reservations', 'Reservation expiry');
      const due = await repo.dueAllocations(db, now, limit);
      let expired = 0;
      for (const allocation of due) {
        const didExpire = await withTransaction(db, (trx) =>
          endReservation(trx, actor, allocation.id, allocation.organisationId, 'expired', now),
        );
        if (didExpire) expired++;
      }
      return expired;
    },

    /**
     * Issues a reserved unit against its reservation, re-deciding everything at this instant: the
     * allocation active and in time, the unit Issuable (status, no hold, now < expiresAt, label
     * verified, group confirmed, TTI safe) and compatible with the patient (bloodbank.evaluateUnit).
     */
    async issue(
      actor: Actor,
      organisationId: string,
      allocationId: string,
      input: IssueRequest,
    ): Promise<AllocationView> {
      const now = clock.now();
      return withTransaction(db, async (trx) => {
        const allocation = await repo.allocationById(trx, organisationId, allocationId);
        if (!allocation) throw notFound('allocation_not_found', 'There is no such reservation here.');
        if (allocation.status !== 'active')
          throw conflict('allocation_not_active', 'This reservation is no longer active.');
        const unit = await repo.unitById(trx, organisationId, allocation.unitId);
        if (!unit) throw notFound('unit_not_found', 'There is no such unit in this blood bank.');
        const holds = await repo.openHolds(trx, [unit.id]);
        const patient = await patientOf(trx, allocation.patientId);
        const decision = bloodbank.evaluateUnit(
          toCandidate(unit, holds),
          patient,
          { now, category: unit.category, oNegativeStockCritical: false, authorisations: [] },
          policy,
        );
        const refused = refusal(decision);
        if (refused) throw refused;
        if (unit.status !== 'reserved') throw conflict('unit_not_reserved', 'The unit is not reserved.');
        if (allocation.reservedUntil <= now)
          throw conflict('allocation_expired', 'This reservation has expired. Reserve the unit again.');
        const issued = await repo.transition(trx, {
          unitId: unit.id,
          organisationId,
          from: ['reserved'],
          version: unit.version,
          to: 'issued',
          now,
          requireIssuable: true,
        });
        if (!issued) throw lost();
        if (
          !(await repo.endAllocation(trx, {
            allocationId,
            from: 'active',
            to: 'issued',
            now,
            issuedTo: input.issuedTo,
          }))
        )
          throw lost();
        await record(trx, actor, now, {
          unitId: unit.id,
          organisationId,
          kind: 'issue',
          from: 'reserved',
          to: 'issued',
          patientId: allocation.patientId,
          details: { allocationId },
        });
        const tier = decision.kind === 'compatible' ? decision.tier : null;
        const warnings = decision.kind === 'compatible' ? decision.warnings : [];
        return presentAllocation({ ...allocation, status: 'issued', issuedAt: now }, { tier, warnings });
      });
    },
  };
}
export type ReservationsService = ReturnType<typeof createReservationsService>;
