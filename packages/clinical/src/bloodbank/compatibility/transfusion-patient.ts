import type { AboRh } from './blood-group.types.ts';
import type { CompatibilityPolicy, SpecialRequirementKind } from './compatibility-policy.table.ts';

/** How far the patient's group is established (§3.8). */
export type PatientGroupStatus = 'unknown' | 'single' | 'confirmed' | 'discrepant';

/** An antibody ever recorded for the patient; historical antibodies are never removed. */
export type PatientAntibody = { readonly specificity: string; readonly clinicallySignificant: boolean };

/** An active special requirement from the patient record (the caller drops expired ones). */
export type SpecialRequirement =
  | { readonly kind: Exclude<SpecialRequirementKind, 'antigen_negative'> }
  | { readonly kind: 'antigen_negative'; readonly antigens: readonly string[] };

/** What compatibility needs to know about the recipient; null means not known. */
export type TransfusionPatient = {
  /** Latest typed group; only used when `groupStatus` is `confirmed`. */
  readonly aboRh: AboRh | null;
  readonly groupStatus: PatientGroupStatus;
  readonly sex: 'female' | 'male' | null;
  readonly ageYears: number | null;
  /** Recorded childbearing potential; null/undefined → derived from sex and age. */
  readonly childbearingPotential?: boolean | null;
  readonly antibodies: readonly PatientAntibody[];
  readonly isChronicallyTransfused: boolean;
  readonly specialRequirements: readonly SpecialRequirement[];
};

/** Why an RhD-negative (or unknown-RhD) patient must have RhD-negative red cells. */
export type RhdNegativeReason =
  | 'anti_d_recorded'
  | 'childbearing_potential'
  | 'child'
  | 'chronically_transfused'
  | 'sex_unknown'
  | 'age_unknown';

/**
 * The group the rules may use: only a confirmed group. Unknown, single-determination and discrepant
 * groups are all treated as unknown (§4.7), so a wrong first typing can never steer selection.
 */
export function workingGroup(patient: TransfusionPatient): AboRh | null {
  return patient.groupStatus === 'confirmed' ? patient.aboRh : null;
}

/** Anti-D ever recorded, even if now undetectable. */
export function hasAntiD(patient: TransfusionPatient): boolean {
  return patient.antibodies.some((antibody) => antibody.specificity.toUpperCase() === 'D');
}

/**
 * Childbearing potential: as recorded, else female and younger than the policy age. A female of unknown
 * age counts as having it, because the harm of sensitising her is the one the rule exists to prevent.
 */
export function isChildbearingPotential(patient: TransfusionPatient, policy: CompatibilityPolicy): boolean {
  if (patient.childbearingPotential !== null && patient.childbearingPotential !== undefined) {
    return patient.childbearingPotential;
  }
  if (patient.sex !== 'female') return false;
  return patient.ageYears === null || patient.ageYears < policy.childbearingPotentialMaxAgeYears;
}

/**
 * The MUST rules of the RhD policy that apply to this patient (empty: RhD-positive red cells are
 * possible under authorisation). Unknown sex or age is a reason in itself: the O+ concession is for
 * patients known to be adult males or females past childbearing age.
 */
export function rhdNegativeReasons(
  patient: TransfusionPatient,
  policy: CompatibilityPolicy,
): readonly RhdNegativeReason[] {
  const reasons: RhdNegativeReason[] = [];
  if (hasAntiD(patient)) reasons.push('anti_d_recorded');
  if (isChildbearingPotential(patient, policy)) reasons.push('childbearing_potential');
  if (patient.ageYears === null) reasons.push('age_unknown');
  else if (patient.ageYears < policy.adultAgeYears) reasons.push('child');
  if (patient.isChronicallyTransfused) reasons.push('chronically_transfused');
  if (patient.sex === null) reasons.push('sex_unknown');
  return reasons;
}

/** Red-cell antigens the patient's units must lack: explicit requirements plus significant antibodies. */
export function requiredAntigenNegative(patient: TransfusionPatient): readonly string[] {
  const fromRequirements = patient.specialRequirements.flatMap((req) =>
    req.kind === 'antigen_negative' ? req.antigens : [],
  );
  // Anti-D is handled by the RhD policy (an RhD-negative unit is by definition D-negative).
  const fromAntibodies = patient.antibodies
    .filter((antibody) => antibody.clinicallySignificant && antibody.specificity.toUpperCase() !== 'D')
    .map((antibody) => antibody.specificity);
  return [...new Set([...fromRequirements, ...fromAntibodies])].sort();
}
