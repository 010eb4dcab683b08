import {
  type AuthorisingRole,
  type CompatibilityPolicy,
  type ComponentCategory,
  SPECIAL_REQUIREMENT_SCOPE,
  type SpecialRequirementKind,
} from './compatibility-policy.table.ts';
import { assessGroup, type GroupContext } from './group-assessment.ts';
import { requiredAntigenNegative, type TransfusionPatient } from './transfusion-patient.ts';
import type {
  Authorisation,
  CandidateUnit,
  OverridableBlockCode,
  UnitBlocker,
  UnitDecision,
  UnitStatus,
} from './unit-decision.types.ts';

/**
 * Whether one unit may be given to one patient now (§4.7, §3.6 Issuable), as a typed decision. Safety
 * blockers (expired, held, TTI-reactive, ABO-incompatible) carry no override; special requirements and
 * the RhD concession need a named role and a reason, supplied as authorisations.
 */

/** Inputs beyond the unit and patient: the instant, stock facts and any recorded authorisations. */
export type UnitDecisionContext = GroupContext & {
  readonly now: Date;
  /** The category the request is for. */
  readonly category: ComponentCategory;
  readonly authorisations: readonly Authorisation[];
};

const ISSUABLE_STATUSES: readonly UnitStatus[] = ['available', 'reserved'];
const ROLE_RANK: Readonly<Record<AuthorisingRole, number>> = { supervisor: 1, medical_director: 2 };

const MISSING_CODE = {
  irradiated: 'missing_irradiated',
  cmv_negative: 'missing_cmv_negative',
  hbs_negative: 'missing_hbs_negative',
  washed: 'missing_washed',
  hla_matched: 'missing_hla_matched',
  antigen_negative: 'missing_antigen_negative',
} as const satisfies Record<SpecialRequirementKind, OverridableBlockCode>;

function issuabilityBlockers(unit: CandidateUnit, ctx: UnitDecisionContext): UnitBlocker[] {
  const blockers: UnitBlocker[] = [];
  const hard = (code: UnitBlocker['code'], detail: readonly string[] = []) =>
    blockers.push({ code, overridableBy: null, detail });
  if (unit.category !== ctx.category) hard('wrong_component', [unit.category]);
  // The boundary instant itself is expired (§7 item 2).
  if (ctx.now.getTime() >= unit.expiresAt.getTime()) hard('unit_expired');
  if (unit.holds.includes('tti_reactive')) hard('tti_reactive');
  const otherHolds = unit.holds.filter((hold) => hold !== 'tti_reactive');
  if (otherHolds.length > 0) hard('unit_on_hold', otherHolds);
  if (!ISSUABLE_STATUSES.includes(unit.status)) hard('unit_not_issuable_status', [unit.status]);
  if (unit.labelVerifiedAt === null) hard('label_not_verified');
  if (!unit.aboRhConfirmed) hard('unit_group_unconfirmed');
  return blockers;
}

function requiredKinds(patient: TransfusionPatient, category: ComponentCategory): SpecialRequirementKind[] {
  const kinds = new Set<SpecialRequirementKind>(patient.specialRequirements.map((req) => req.kind));
  // Granulocytes are always irradiated (§4.7); significant antibodies imply antigen-negative units.
  if (category === 'granulocytes') kinds.add('irradiated');
  if (requiredAntigenNegative(patient).length > 0) kinds.add('antigen_negative');
  const inScope = (kind: SpecialRequirementKind) =>
    (SPECIAL_REQUIREMENT_SCOPE[kind].value as readonly ComponentCategory[]).includes(category);
  return [...kinds].filter(inScope);
}

function specialRequirementBlockers(
  unit: CandidateUnit,
  patient: TransfusionPatient,
  policy: CompatibilityPolicy,
): UnitBlocker[] {
  return requiredKinds(patient, unit.category).flatMap((kind): UnitBlocker[] => {
    const by = policy.specialRequirementOverrider;
    if (kind === 'antigen_negative') {
      const missing = requiredAntigenNegative(patient).filter(
        (antigen) => !unit.antigenNegative.includes(antigen),
      );
      return missing.length === 0 ? [] : [{ code: MISSING_CODE[kind], overridableBy: by, detail: missing }];
    }
    return unit.attributes.includes(kind)
      ? []
      : [{ code: MISSING_CODE[kind], overridableBy: by, detail: [] }];
  });
}

function findAuthorisation(
  blocker: UnitBlocker,
  authorisations: readonly Authorisation[],
): Authorisation | null {
  const required = blocker.overridableBy;
  if (required === null) return null;
  return (
    authorisations.find(
      (auth) =>
        auth.covers === blocker.code &&
        ROLE_RANK[auth.role] >= ROLE_RANK[required] &&
        auth.reason.trim().length > 0,
    ) ?? null
  );
}

/** The decision for one unit; pure, so reserve and issue can re-run it inside their transaction. */
export function evaluateUnit(
  unit: CandidateUnit,
  patient: TransfusionPatient,
  ctx: UnitDecisionContext,
  policy: CompatibilityPolicy,
): UnitDecision {
  const group = assessGroup(unit, patient, policy, ctx);
  const blockers = [
    ...issuabilityBlockers(unit, ctx),
    ...group.blockers,
    ...specialRequirementBlockers(unit, patient, policy),
  ];
  if (blockers.some((blocker) => blocker.overridableBy === null)) return { kind: 'refused', blockers };
  const authorisedBy: Authorisation[] = [];
  const open = blockers.filter((blocker) => {
    const auth = findAuthorisation(blocker, ctx.authorisations);
    if (auth) authorisedBy.push(auth);
    return auth === null;
  });
  const common = { tier: group.tier, warnings: group.warnings, tasks: group.tasks };
  if (open.length > 0) return { kind: 'needs_authorisation', ...common, blockers: open };
  const warnings =
    authorisedBy.length > 0 ? [...group.warnings, 'override_applied' as const] : group.warnings;
  return { kind: 'compatible', ...common, warnings, authorisedBy };
}
