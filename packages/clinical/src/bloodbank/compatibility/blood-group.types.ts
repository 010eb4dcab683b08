import type { EvidenceTag } from '../bloodbank.types.ts';
/**
 * ABO/RhD blood groups and the provenance every bloodbank threshold carries. The group vocabulary is
 * shared by donors, units and patients; antigens are the single fact the compatibility rules reason from.
 */

export const ABO_GROUPS = ['O', 'A', 'B', 'AB'] as const;
/** ABO group as typed on a donor, unit or patient. */
export type AboGroup = (typeof ABO_GROUPS)[number];

export const RHD_TYPES = ['NEG', 'POS'] as const;
/** RhD type; `NEG` first because it is the universally acceptable red-cell type. */
export type RhD = (typeof RHD_TYPES)[number];

/** A full ABO/RhD group, e.g. `{ abo: 'A', rhd: 'NEG' }` (A−). */
export type AboRh = { readonly abo: AboGroup; readonly rhd: RhD };

/** All eight ABO/RhD groups in table order (O−, O+, A−, A+, B−, B+, AB−, AB+). */
export const ALL_ABO_RH: readonly AboRh[] = ABO_GROUPS.flatMap((abo) =>
  RHD_TYPES.map((rhd) => ({ abo, rhd })),
);

/** The red-cell ABO antigens of a group (§4.7 notation): O = ∅, A = {A}, B = {B}, AB = {A, B}. */
export function aboAntigens(group: AboGroup): ReadonlySet<'A' | 'B'> {
  switch (group) {
    case 'O':
      return new Set();
    case 'A':
      return new Set(['A']);
    case 'B':
      return new Set(['B']);
    case 'AB':
      return new Set(['A', 'B']);
  }
}

/** Short label as printed on bags and in tables: `O−`, `AB+` (Unicode minus, as in the spec). */
export function formatAboRh(group: AboRh): string {
  return `${group.abo}${group.rhd === 'POS' ? '+' : '−'}`;
}

/** Parses `O-`, `O−`, `AB+`, `A POS`, `B neg`; null when the text is not a group. */
export function parseAboRh(text: string): AboRh | null {
  const match = /^(AB|A|B|O)\s*(\+|-|−|POS|NEG)$/i.exec(text.trim());
  if (!match) return null;
  const abo = ABO_GROUPS.find((g) => g === match[1]?.toUpperCase());
  const sign = match[2]?.toUpperCase();
  if (abo === undefined || sign === undefined) return null;
  return { abo, rhd: sign === '+' || sign === 'POS' ? 'POS' : 'NEG' };
}

export function isSameAboRh(a: AboRh, b: AboRh): boolean {
  return a.abo === b.abo && a.rhd === b.rhd;
}

/** Rule set a threshold belongs to. */
export type Jurisdiction = 'US' | 'UK' | 'WHO';

export type { EvidenceTag } from '../bloodbank.types.ts';

/** Where a threshold comes from: every table row carries one so a decision can cite it. */
export type RuleProvenance = {
  readonly source: string;
  readonly jurisdiction: Jurisdiction;
  readonly evidence: EvidenceTag;
};

/** A configurable value with its provenance; [P] rows are the site-configurable defaults. */
export type SourcedValue<T> = RuleProvenance & { readonly value: T };
