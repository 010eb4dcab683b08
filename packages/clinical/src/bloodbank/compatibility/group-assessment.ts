import {
  plasmaAboCompatible,
  plateletAboMatch,
  rbcAboCompatible,
  wholeBloodAboCompatible,
} from './abo-compatibility.ts';
import type { AboGroup } from './blood-group.types.ts';
import type { CompatibilityPolicy } from './compatibility-policy.table.ts';
import {
  type RhdNegativeReason,
  rhdNegativeReasons,
  type TransfusionPatient,
  workingGroup,
} from './transfusion-patient.ts';
import type { CandidateUnit, UnitBlocker, UnitTaskCode, UnitWarningCode } from './unit-decision.types.ts';

/**
 * ABO/RhD part of a unit decision, per component category (§4.7), and the preference tier that orders
 * selection (§4.10). Tiers are small integers, lower preferred; a tier is returned even when a blocker
 * needs authorisation, so an authorised unit still sorts after the units that needed none.
 */

/** Stock facts the RhD policy reads: whether O− red cells are below their critical level. */
export type GroupContext = { readonly oNegativeStockCritical: boolean };

export type GroupAssessment = {
  tier: number;
  blockers: UnitBlocker[];
  warnings: UnitWarningCode[];
  tasks: UnitTaskCode[];
};

// Rh tiers: the three ABO ranks of one RhD type, then the three of the other.
const RH_BAND = 3;
const ANTI_D_TASK_REASONS: readonly RhdNegativeReason[] = [
  'childbearing_potential',
  'child',
  'sex_unknown',
  'age_unknown',
];

const hard = (code: UnitBlocker['code'], detail: readonly string[] = []): UnitBlocker => ({
  code,
  overridableBy: null,
  detail,
});

/** Same ABO 0, compatible non-O 1, O 2: spend the universal group last (§4.10 step 1). */
function redCellAboRank(donor: AboGroup, recipient: AboGroup): number {
  if (donor === recipient) return 0;
  return donor === 'O' ? 2 : 1;
}

function isLowTitreO(unit: CandidateUnit, policy: CompatibilityPolicy): boolean {
  return (
    policy.allowLowTitreGroupOWholeBlood &&
    unit.aboRh.abo === 'O' &&
    unit.attributes.includes('high_titre_negative')
  );
}

function redCellAbo(
  unit: CandidateUnit,
  patient: TransfusionPatient,
  policy: CompatibilityPolicy,
  out: GroupAssessment,
): number | null {
  const recipient = workingGroup(patient);
  const donor = unit.aboRh.abo;
  if (unit.category === 'whole_blood') {
    if (recipient !== null && wholeBloodAboCompatible(donor, recipient.abo)) return 0;
    if (isLowTitreO(unit, policy)) {
      out.warnings.push('low_titre_o_whole_blood');
      return 2;
    }
    out.blockers.push(hard(recipient === null ? 'patient_group_unknown' : 'abo_incompatible'));
    return null;
  }
  if (recipient === null) {
    if (donor === 'O') return 0;
    out.blockers.push(hard('patient_group_unknown', ['group_o_red_cells_only']));
    return null;
  }
  if (!rbcAboCompatible(donor, recipient.abo)) {
    out.blockers.push(hard('abo_incompatible'));
    return null;
  }
  return redCellAboRank(donor, recipient.abo);
}

function assessRedCells(
  unit: CandidateUnit,
  patient: TransfusionPatient,
  policy: CompatibilityPolicy,
  ctx: GroupContext,
): GroupAssessment {
  const out: GroupAssessment = { tier: 0, blockers: [], warnings: [], tasks: [] };
  const aboRank = redCellAbo(unit, patient, policy, out) ?? 0;
  const recipient = workingGroup(patient);
  if (recipient?.rhd === 'POS') {
    out.tier = (unit.aboRh.rhd === 'POS' ? 0 : RH_BAND) + aboRank;
    return out;
  }
  const reasons = rhdNegativeReasons(patient, policy);
  // Unknown group: an adult male / post-childbearing female may take O+ when O− is critical, and then
  // O+ goes first so the last O− units stay for those who must have them.
  const oPositiveFirst = recipient === null && ctx.oNegativeStockCritical && reasons.length === 0;
  if (unit.aboRh.rhd === 'NEG') {
    out.tier = oPositiveFirst ? 1 : aboRank;
    return out;
  }
  out.tier = oPositiveFirst ? 0 : RH_BAND + aboRank;
  if (reasons.includes('anti_d_recorded')) out.blockers.push(hard('rhd_positive_with_anti_d'));
  else if (reasons.length > 0) {
    const by = policy.rhdMustOverrideBy === 'none' ? null : policy.rhdMustOverrideBy;
    out.blockers.push({ code: 'rhd_negative_required', overridableBy: by, detail: reasons });
  } else if (oPositiveFirst) out.warnings.push('unknown_group_emergency_o_positive');
  else {
    out.warnings.push('rhd_positive_to_rhd_negative');
    out.blockers.push({
      code: 'rhd_positive_to_rhd_negative',
      overridableBy: policy.rhdPositiveAuthoriser,
      detail: [],
    });
  }
  return out;
}

function plateletAboTier(
  unit: CandidateUnit,
  patient: TransfusionPatient,
  policy: CompatibilityPolicy,
  out: GroupAssessment,
): number {
  const recipient = workingGroup(patient);
  const donor = unit.aboRh.abo;
  if (recipient !== null) {
    const match = plateletAboMatch(donor, recipient.abo);
    if (match !== 'out_of_group') return match === 'identical' ? 0 : 1;
  } else if (donor === 'AB') return 1;
  else if (donor === 'A' && policy.allowGroupAPlasmaForUnknownGroup) {
    out.warnings.push('group_a_plasma_for_unknown_group');
    return 1;
  }
  out.warnings.push('platelet_out_of_group');
  const isProtected =
    unit.attributes.includes('high_titre_negative') || unit.attributes.includes('volume_reduced');
  if (!isProtected) {
    out.blockers.push({
      code: 'platelet_out_of_group_unprotected',
      overridableBy: policy.plateletOutOfGroupOverrider,
      detail: [],
    });
  }
  return 2;
}

function assessPlatelets(
  unit: CandidateUnit,
  patient: TransfusionPatient,
  policy: CompatibilityPolicy,
): GroupAssessment {
  const out: GroupAssessment = { tier: 0, blockers: [], warnings: [], tasks: [] };
  const aboTier = plateletAboTier(unit, patient, policy, out);
  const recipientRhd = workingGroup(patient)?.rhd ?? null;
  const rhMismatch = recipientRhd !== 'POS' && unit.aboRh.rhd === 'POS';
  if (rhMismatch && rhdNegativeReasons(patient, policy).some((r) => ANTI_D_TASK_REASONS.includes(r))) {
    out.tasks.push('anti_d_immunoglobulin');
  }
  out.tier = aboTier * 2 + (rhMismatch ? 1 : 0);
  return out;
}

function assessPlasma(
  unit: CandidateUnit,
  patient: TransfusionPatient,
  policy: CompatibilityPolicy,
): GroupAssessment {
  const out: GroupAssessment = { tier: 0, blockers: [], warnings: [], tasks: [] };
  const recipient = workingGroup(patient);
  const donor = unit.aboRh.abo;
  if (recipient === null) {
    if (donor === 'A' && policy.allowGroupAPlasmaForUnknownGroup) {
      out.warnings.push('group_a_plasma_for_unknown_group');
      out.tier = 1;
    } else if (donor === 'AB') out.tier = 2;
    else out.blockers.push(hard('patient_group_unknown', ['group_ab_plasma_only']));
    return out;
  }
  if (!plasmaAboCompatible(donor, recipient.abo)) out.blockers.push(hard('plasma_incompatible'));
  else if (donor === recipient.abo) out.tier = 0;
  else out.tier = donor === 'AB' ? 2 : 1;
  return out;
}

/** ABO/RhD assessment of one unit for one patient under the policy. */
export function assessGroup(
  unit: CandidateUnit,
  patient: TransfusionPatient,
  policy: CompatibilityPolicy,
  ctx: GroupContext,
): GroupAssessment {
  switch (unit.category) {
    case 'rbc':
    case 'whole_blood':
    case 'granulocytes':
      return assessRedCells(unit, patient, policy, ctx);
    case 'platelets':
      return assessPlatelets(unit, patient, policy);
    case 'plasma':
    case 'cryo':
      return assessPlasma(unit, patient, policy);
  }
}
