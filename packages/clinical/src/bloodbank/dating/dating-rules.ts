import type { ComponentCategory, EvidenceTag } from '../bloodbank.types.ts';

export type { ComponentCategory, EvidenceTag } from '../bloodbank.types.ts';
/**
 * The shape of a component type and its dating rule (spec §3.6, §4.5). Rows are data (see
 * `us-component-types.ts`); a site catalogue starts from them and may override them, so services never
 * hold a dating period as a literal. Each row names its source and evidence tag so a reviewer can tell
 * regulation from project default.
 */

/**
 * The event a dating period is counted from. `parent_expiry` (liquid plasma: 5 days after the whole
 * blood expires) is not in the spec's list; it is the only way to state that row as data.
 */
export type DatingFrom = 'collection' | 'processing' | 'thaw' | 'irradiation' | 'opening' | 'parent_expiry';

/** Counted from a modification, the result can never outlast the unit's original dating. */
export const MODIFICATION_FROMS = ['thaw', 'irradiation', 'opening'] as const satisfies readonly DatingFrom[];

export type DatingUnit = 'hours' | 'days' | 'years';

export type DatingRule = {
  value: number;
  unit: DatingUnit;
  from: DatingFrom;
  /**
   * Day- and year-dated: expires at the end of the last local day (label 23:59). Otherwise an exact
   * instant (`value` × 24 h for days: storage time is physical time, not wall-clock time).
   */
  endOfDay: boolean;
};

export type ComponentTypeRow = {
  id: string;
  label: string;
  category: ComponentCategory;
  containsPlasma: boolean;
  /** Inclusive storage range in °C; `null` for an open end (frozen: "≤ −65 °C"). */
  storageC: { min: number | null; max: number | null };
  dating: DatingRule;
  /** `value` in days for consumers that need one number; a year counts 365 days [P]. */
  maxStorageDays: number;
  source: string;
  jurisdiction: 'US';
  evidence: EvidenceTag;
  /** Set on rows that may only be used with an FDA-cleared bacterial risk control. */
  requiresBacterialRiskControl?: true;
  note?: string;
};

/** A rule's length in days (years as 365 days, hours as fractions): the `maxStorageDays` convention [P]. */
export function maxStorageDaysOf(rule: DatingRule): number {
  if (rule.unit === 'years') return rule.value * 365;
  if (rule.unit === 'hours') return rule.value / 24;
  return rule.value;
}
