import type { ComponentCategory } from '../bloodbank.types.ts';
import type { SourcedValue } from './blood-group.types.ts';

/**
 * Site-configurable compatibility policy (§4.7, §4.10, §10). Each default carries its provenance; a site
 * overrides values, never the rules that read them.
 */

export type { ComponentCategory } from '../bloodbank.types.ts';

/** FHIR request priorities (§4.9); the expiry margin depends on them. */
export type RequestPriority = 'routine' | 'urgent' | 'asap' | 'stat';

/** Roles that may authorise a departure from the default policy. */
export type AuthorisingRole = 'supervisor' | 'medical_director';

export type CompatibilityPolicy = {
  /** Female and younger than this → childbearing potential unless recorded otherwise. */
  readonly childbearingPotentialMaxAgeYears: number;
  /** Younger than this → a child: RhD-negative red cells required; also the O+ floor for unknown-group males. */
  readonly adultAgeYears: number;
  /** Whether group A plasma may stand in for AB plasma when the patient's group is unknown. */
  readonly allowGroupAPlasmaForUnknownGroup: boolean;
  /** Whether low-titre group O whole blood may be given to non-O or unknown-group patients (trauma). */
  readonly allowLowTitreGroupOWholeBlood: boolean;
  /** Who may authorise RhD-positive red cells for an RhD-negative patient outside the MUST groups. */
  readonly rhdPositiveAuthoriser: AuthorisingRole;
  /** Who may override a MUST RhD-negative rule (anti-D never); `none` follows the spec's MUST literally. */
  readonly rhdMustOverrideBy: AuthorisingRole | 'none';
  /** Who may issue a unit lacking a special requirement. */
  readonly specialRequirementOverrider: AuthorisingRole;
  /** Who may issue an out-of-group platelet unit that is neither high-titre-negative nor volume-reduced. */
  readonly plateletOutOfGroupOverrider: AuthorisingRole;
  /** A unit must still be in date this long after `neededBy`. */
  readonly expiryMarginHours: Readonly<Record<RequestPriority, number>>;
  /** A lower-tier unit expiring within this many hours of now jumps ahead; null = off. */
  readonly fefoAcrossTiersWithinHours: number | null;
};

type PolicyTable = { readonly [K in keyof CompatibilityPolicy]: SourcedValue<CompatibilityPolicy[K]> };

const BSH =
  'BSH pre-transfusion compatibility guideline 2012 (Milkins et al.) via learnhaem / UK Transfusion Handbook';

/** Defaults with provenance; [P] rows are project policy a site may change. */
export const COMPATIBILITY_POLICY_DEFAULTS = {
  childbearingPotentialMaxAgeYears: { value: 50, source: BSH, jurisdiction: 'UK', evidence: 'S' },
  adultAgeYears: { value: 18, source: BSH, jurisdiction: 'UK', evidence: 'S' },
  allowGroupAPlasmaForUnknownGroup: {
    value: false,
    source:
      'bloodbank spec §4.7/§10: AB default, A by site flag (< 3 % of UK group A donors high-titre anti-B)',
    jurisdiction: 'UK',
    evidence: 'P',
  },
  allowLowTitreGroupOWholeBlood: {
    value: false,
    source: 'bloodbank spec §4.7: low-titre O whole blood for trauma only under explicit site policy',
    jurisdiction: 'US',
    evidence: 'P',
  },
  rhdPositiveAuthoriser: { value: 'supervisor', source: BSH, jurisdiction: 'UK', evidence: 'S' },
  rhdMustOverrideBy: {
    value: 'none',
    source: 'bloodbank spec §4.7 (RhD-negative red cells MUST); a site may allow medical-director override',
    jurisdiction: 'UK',
    evidence: 'P',
  },
  specialRequirementOverrider: {
    value: 'medical_director',
    source: 'bloodbank spec §4.7 special requirements',
    jurisdiction: 'US',
    evidence: 'P',
  },
  plateletOutOfGroupOverrider: {
    value: 'medical_director',
    source: 'bloodbank spec AT-10 (out-of-group platelet without protection requires override)',
    jurisdiction: 'US',
    evidence: 'P',
  },
  expiryMarginHours: {
    value: { routine: 12, urgent: 0, asap: 0, stat: 0 },
    source: 'bloodbank spec §4.10 (12 h margin for routine)',
    jurisdiction: 'US',
    evidence: 'P',
  },
  fefoAcrossTiersWithinHours: {
    value: null,
    source: 'bloodbank spec §4.10 (optional, default off)',
    jurisdiction: 'US',
    evidence: 'P',
  },
} as const satisfies PolicyTable;

/** The default policy with a site's overrides applied. */
export function compatibilityPolicy(overrides: Partial<CompatibilityPolicy> = {}): CompatibilityPolicy {
  const d = COMPATIBILITY_POLICY_DEFAULTS;
  return {
    childbearingPotentialMaxAgeYears: d.childbearingPotentialMaxAgeYears.value,
    adultAgeYears: d.adultAgeYears.value,
    allowGroupAPlasmaForUnknownGroup: d.allowGroupAPlasmaForUnknownGroup.value,
    allowLowTitreGroupOWholeBlood: d.allowLowTitreGroupOWholeBlood.value,
    rhdPositiveAuthoriser: d.rhdPositiveAuthoriser.value,
    rhdMustOverrideBy: d.rhdMustOverrideBy.value,
    specialRequirementOverrider: d.specialRequirementOverrider.value,
    plateletOutOfGroupOverrider: d.plateletOutOfGroupOverrider.value,
    expiryMarginHours: d.expiryMarginHours.value,
    fefoAcrossTiersWithinHours: d.fefoAcrossTiersWithinHours.value,
    ...overrides,
  };
}

/** Special requirements a patient record can carry (§3.8). */
export type SpecialRequirementKind =
  | 'irradiated'
  | 'cmv_negative'
  | 'hbs_negative'
  | 'washed'
  | 'hla_matched'
  | 'antigen_negative';

/**
 * Which component categories each requirement constrains: irradiation and CMV status matter for
 * cellular products only, HbS and red-cell antigens for red cells, HLA matching for platelets. A
 * requirement outside its scope does not filter (plasma for an "irradiated" patient is fine).
 */
export const SPECIAL_REQUIREMENT_SCOPE = {
  irradiated: {
    value: ['rbc', 'whole_blood', 'platelets', 'granulocytes'],
    source: 'BSH guideline on irradiated blood components 2020 (cellular components only)',
    jurisdiction: 'UK',
    evidence: 'U',
  },
  cmv_negative: {
    value: ['rbc', 'whole_blood', 'platelets', 'granulocytes'],
    source: 'SaBTO CMV advice 2012 (cellular components only)',
    jurisdiction: 'UK',
    evidence: 'U',
  },
  hbs_negative: {
    value: ['rbc', 'whole_blood'],
    source: 'bloodbank spec §3.6/§3.8 (red-cell attribute)',
    jurisdiction: 'UK',
    evidence: 'P',
  },
  washed: {
    value: ['rbc', 'platelets'],
    source: 'bloodbank spec §3.6/§3.8',
    jurisdiction: 'UK',
    evidence: 'P',
  },
  hla_matched: {
    value: ['platelets', 'granulocytes'],
    source: 'bloodbank spec §3.6/§3.8',
    jurisdiction: 'UK',
    evidence: 'P',
  },
  antigen_negative: {
    value: ['rbc', 'whole_blood', 'granulocytes'],
    source: 'bloodbank spec §4.8 (antigen-negative units for antibodies present or historical)',
    jurisdiction: 'UK',
    evidence: 'S',
  },
} as const satisfies { readonly [K in SpecialRequirementKind]: SourcedValue<readonly ComponentCategory[]> };
