import type {
  CompatibilityPolicy,
  ComponentCategory,
  RequestPriority,
} from './compatibility-policy.table.ts';
import type { TransfusionPatient } from './transfusion-patient.ts';
import { evaluateUnit } from './unit-decision.ts';
import type {
  Authorisation,
  CandidateUnit,
  UnitBlockCode,
  UnitBlocker,
  UnitTaskCode,
  UnitWarningCode,
} from './unit-decision.types.ts';

/**
 * FEFO selection within group-preference tiers (§4.10): a pure function over the candidate units, so the
 * same stock and request always give the same proposal. Units lacking a special requirement are never
 * proposed here (their override happens per unit at issue); the only authorisation selection may use is
 * the supervisor's RhD-positive concession, and units waiting on it are reported separately.
 */

const HOUR_MS = 3_600_000;

export type SelectionRequest = {
  readonly category: ComponentCategory;
  readonly count: number;
  readonly priority: RequestPriority;
  readonly neededBy: Date;
};

export type SelectionContext = {
  readonly now: Date;
  readonly oNegativeStockCritical: boolean;
  /** A recorded supervisor authorisation for RhD-positive red cells, when one exists for this request. */
  readonly rhdPositiveAuthorisation: Authorisation | null;
};

export type UnitProposal = {
  readonly unit: CandidateUnit;
  readonly tier: number;
  readonly warnings: readonly UnitWarningCode[];
  readonly tasks: readonly UnitTaskCode[];
  readonly authorisedBy: readonly Authorisation[];
};

/** Why selection left a unit out: a unit blocker, or selection's own filters. */
export type SelectionExclusionCode = UnitBlockCode | 'unit_allocated' | 'expires_before_needed';

export type SelectionResult = {
  /** Best first; at most `count`. */
  readonly proposed: readonly UnitProposal[];
  readonly shortfall: number;
  /** Units that would qualify once a supervisor authorises RhD-positive red cells. */
  readonly awaitingAuthorisation: readonly {
    readonly unit: CandidateUnit;
    readonly blockers: readonly UnitBlocker[];
  }[];
  readonly excluded: readonly {
    readonly unitId: string;
    readonly reasons: readonly SelectionExclusionCode[];
  }[];
};

type Ranked = UnitProposal & { jumpsAhead: boolean };

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    Number(b.jumpsAhead) - Number(a.jumpsAhead) ||
    a.tier - b.tier ||
    a.unit.expiresAt.getTime() - b.unit.expiresAt.getTime() ||
    a.unit.din.localeCompare(b.unit.din) ||
    a.unit.id.localeCompare(b.unit.id)
  );
}

/** Units to propose for the request, in order, with what was left out and why. */
export function selectUnits(
  units: readonly CandidateUnit[],
  patient: TransfusionPatient,
  request: SelectionRequest,
  ctx: SelectionContext,
  policy: CompatibilityPolicy,
): SelectionResult {
  const mustLastUntil = request.neededBy.getTime() + policy.expiryMarginHours[request.priority] * HOUR_MS;
  const jumpWindowMs =
    policy.fefoAcrossTiersWithinHours === null ? null : policy.fefoAcrossTiersWithinHours * HOUR_MS;
  const authorisations = ctx.rhdPositiveAuthorisation ? [ctx.rhdPositiveAuthorisation] : [];
  const ranked: Ranked[] = [];
  const awaiting: { unit: CandidateUnit; blockers: readonly UnitBlocker[] }[] = [];
  const excluded: { unitId: string; reasons: SelectionExclusionCode[] }[] = [];

  for (const unit of units) {
    const decision = evaluateUnit(
      unit,
      patient,
      {
        now: ctx.now,
        category: request.category,
        oNegativeStockCritical: ctx.oNegativeStockCritical,
        authorisations,
      },
      policy,
    );
    const reasons: SelectionExclusionCode[] =
      decision.kind === 'compatible' ? [] : decision.blockers.map((blocker) => blocker.code);
    if (unit.status !== 'available') reasons.push('unit_allocated');
    if (unit.expiresAt.getTime() <= mustLastUntil) reasons.push('expires_before_needed');
    const onlyRhdConcession =
      decision.kind === 'needs_authorisation' &&
      decision.blockers.every((blocker) => blocker.code === 'rhd_positive_to_rhd_negative');
    if (decision.kind === 'compatible' && reasons.length === 0) {
      const jumpsAhead =
        jumpWindowMs !== null && unit.expiresAt.getTime() - ctx.now.getTime() <= jumpWindowMs;
      ranked.push({
        unit,
        tier: decision.tier,
        warnings: decision.warnings,
        tasks: decision.tasks,
        authorisedBy: decision.authorisedBy,
        jumpsAhead,
      });
    } else if (onlyRhdConcession && reasons.every((code) => code === 'rhd_positive_to_rhd_negative')) {
      awaiting.push({ unit, blockers: decision.blockers });
    } else excluded.push({ unitId: unit.id, reasons });
  }

  const proposed = ranked
    .sort(compareRanked)
    .slice(0, Math.max(0, request.count))
    .map(({ jumpsAhead: _jumpsAhead, ...proposal }) => proposal);
  return {
    proposed,
    shortfall: Math.max(0, request.count - proposed.length),
    awaitingAuthorisation: awaiting,
    excluded,
  };
}
