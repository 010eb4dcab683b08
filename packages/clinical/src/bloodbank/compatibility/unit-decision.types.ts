import type { AboRh } from './blood-group.types.ts';
import type { AuthorisingRole, ComponentCategory } from './compatibility-policy.table.ts';

/** Unit status column (§3.6). */
export const UNIT_STATUSES = [
  'quarantined',
  'available',
  'reserved',
  'reserved_for_transfer',
  'in_transit',
  'issued',
  'transfused',
  'processed',
  'discarded',
  'transferred_out',
] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** Holds (§3.6); any hold blocks issue. */
export const UNIT_HOLDS = [
  'pending_tests',
  'tti_reactive',
  'typing_unresolved',
  'lookback',
  'recall',
  'post_donation_info',
  'cold_chain_excursion',
  'return_inspection',
  'label_discrepancy',
  'abo_confirmation_pending',
  'co_component_investigation',
] as const;
export type UnitHold = (typeof UNIT_HOLDS)[number];

/** Unit attributes (§3.6); antigen-negative typings are listed separately. */
export const UNIT_ATTRIBUTES = [
  'irradiated',
  'leukoreduced',
  'cmv_negative',
  'hbs_negative',
  'washed',
  'volume_reduced',
  'high_titre_negative',
  'hla_matched',
  'pathogen_reduced',
] as const;
export type UnitAttribute = (typeof UNIT_ATTRIBUTES)[number];

/** A unit as the compatibility rules see it. */
export type CandidateUnit = {
  readonly id: string;
  readonly din: string;
  readonly category: ComponentCategory;
  readonly aboRh: AboRh;
  readonly aboRhConfirmed: boolean;
  readonly status: UnitStatus;
  readonly holds: readonly UnitHold[];
  /** Exclusive: the unit is expired at this instant. */
  readonly expiresAt: Date;
  readonly labelVerifiedAt: Date | null;
  readonly attributes: readonly UnitAttribute[];
  /** Red-cell antigens typed negative on the unit (`K`, `E`, `c`, `Jka` …). */
  readonly antigenNegative: readonly string[];
};

/** Blockers no one may override (§4.7, §7 items 1–3). */
export type HardBlockCode =
  | 'wrong_component'
  | 'unit_expired'
  | 'tti_reactive'
  | 'unit_on_hold'
  | 'unit_not_issuable_status'
  | 'label_not_verified'
  | 'unit_group_unconfirmed'
  | 'abo_incompatible'
  | 'plasma_incompatible'
  | 'patient_group_unknown'
  | 'rhd_positive_with_anti_d';

/** Blockers a named role may override with a recorded reason. */
export type OverridableBlockCode =
  | 'rhd_positive_to_rhd_negative'
  | 'rhd_negative_required'
  | 'platelet_out_of_group_unprotected'
  | 'missing_irradiated'
  | 'missing_cmv_negative'
  | 'missing_hbs_negative'
  | 'missing_washed'
  | 'missing_hla_matched'
  | 'missing_antigen_negative';

export type UnitBlockCode = HardBlockCode | OverridableBlockCode;

/** One reason a unit may not simply be given; `overridableBy: null` means never. */
export type UnitBlocker = {
  readonly code: UnitBlockCode;
  readonly overridableBy: AuthorisingRole | null;
  readonly detail: readonly string[];
};

export type UnitWarningCode =
  | 'platelet_out_of_group'
  | 'rhd_positive_to_rhd_negative'
  | 'unknown_group_emergency_o_positive'
  | 'group_a_plasma_for_unknown_group'
  | 'low_titre_o_whole_blood'
  | 'override_applied';

/** Follow-up the clinician must be given. */
export type UnitTaskCode = 'anti_d_immunoglobulin';

/** A recorded authorisation for one blocker on this issue. */
export type Authorisation = {
  readonly covers: OverridableBlockCode;
  readonly role: AuthorisingRole;
  readonly actorId: string;
  readonly reason: string;
};

/** Lower tier = preferred; the same tier numbers drive FEFO selection (§4.10). */
export type UnitDecision =
  | {
      readonly kind: 'compatible';
      readonly tier: number;
      readonly warnings: readonly UnitWarningCode[];
      readonly tasks: readonly UnitTaskCode[];
      readonly authorisedBy: readonly Authorisation[];
    }
  | {
      readonly kind: 'needs_authorisation';
      readonly tier: number;
      readonly blockers: readonly UnitBlocker[];
      readonly warnings: readonly UnitWarningCode[];
      readonly tasks: readonly UnitTaskCode[];
    }
  | { readonly kind: 'refused'; readonly blockers: readonly UnitBlocker[] };
