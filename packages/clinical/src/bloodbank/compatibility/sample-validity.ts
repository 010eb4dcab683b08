import { DateTime } from 'luxon';
import type { SourcedValue } from './blood-group.types.ts';

/**
 * How long a pre-transfusion sample stays valid (§4.8). Recently transfused or pregnant patients, or an
 * unknown history, need a sample "less than 3 days old" (21 CFR 606.151(b)) [V]; the reading of "3 days"
 * is a site choice. Calendar days are counted in the site's IANA zone, so midnight and DST follow the
 * clock on the laboratory wall, not UTC.
 */

/** `calendarDays`: draw day = day 0, valid through 23:59 of day 3; `hours72`: 72 elapsed hours. */
export type ThreeDayMode = 'calendarDays' | 'hours72';

export type SampleValidityPolicy = {
  readonly zone: string;
  readonly threeDayMode: ThreeDayMode;
  readonly threeDayDays: number;
  readonly siteDefaultDays: number;
  readonly preAdmissionMaxDays: number;
};

/** Defaults with provenance (the zone has no default: every site has its own). */
export const SAMPLE_VALIDITY_DEFAULTS = {
  threeDayMode: {
    value: 'calendarDays',
    source: 'bloodbank spec §4.8 (common US teaching)',
    jurisdiction: 'US',
    evidence: 'P',
  },
  threeDayDays: { value: 3, source: '21 CFR 606.151(b)', jurisdiction: 'US', evidence: 'V' },
  siteDefaultDays: { value: 7, source: 'bloodbank spec §4.8 site policy', jurisdiction: 'US', evidence: 'P' },
  preAdmissionMaxDays: {
    value: 30,
    source: 'bloodbank spec §4.8 (with attestation only)',
    jurisdiction: 'US',
    evidence: 'P',
  },
} as const satisfies {
  readonly [K in Exclude<keyof SampleValidityPolicy, 'zone'>]: SourcedValue<SampleValidityPolicy[K]>;
};

/** The default policy for a site zone, with overrides. */
export function sampleValidityPolicy(
  zone: string,
  overrides: Partial<Omit<SampleValidityPolicy, 'zone'>> = {},
): SampleValidityPolicy {
  const d = SAMPLE_VALIDITY_DEFAULTS;
  return {
    zone,
    threeDayMode: d.threeDayMode.value,
    threeDayDays: d.threeDayDays.value,
    siteDefaultDays: d.siteDefaultDays.value,
    preAdmissionMaxDays: d.preAdmissionMaxDays.value,
    ...overrides,
  };
}

/** Transfusion/pregnancy in the 3 months before the sample: yes, no, or not known. */
export type RecentHistory = 'recent' | 'none' | 'unknown';

export type SampleValidityInput = {
  readonly collectedAt: Date;
  readonly history: RecentHistory;
  /** A pre-admission sample; the long window needs an attestation of no transfusion/pregnancy. */
  readonly preAdmission: { readonly attestedNoTransfusionOrPregnancy: boolean } | null;
};

export type SampleValidityBasis = 'three_day_rule' | 'site_default' | 'pre_admission_attested';

export type SampleValidity = {
  /** Exclusive: the sample is invalid from this instant on. */
  readonly validUntil: Date;
  readonly basis: SampleValidityBasis;
};

/** Start of local day `days` after the draw day, i.e. the end of "valid through 23:59 of day N". */
function endOfLocalDay(collectedAt: Date, days: number, zone: string): Date {
  const drawn = DateTime.fromJSDate(collectedAt, { zone });
  if (!drawn.isValid) throw new RangeError(`unknown time zone ${zone}`);
  return drawn
    .startOf('day')
    .plus({ days: days + 1 })
    .toJSDate();
}

/** The instant the sample stops being valid, and which rule set it. */
export function sampleValidity(input: SampleValidityInput, policy: SampleValidityPolicy): SampleValidity {
  const attested = input.preAdmission?.attestedNoTransfusionOrPregnancy === true;
  // An attestation establishes the history as "none"; a recorded recent event always wins over it.
  const history = attested && input.history !== 'recent' ? 'none' : input.history;
  if (history !== 'none') {
    const validUntil =
      policy.threeDayMode === 'hours72'
        ? new Date(input.collectedAt.getTime() + policy.threeDayDays * 24 * 3_600_000)
        : endOfLocalDay(input.collectedAt, policy.threeDayDays, policy.zone);
    return { validUntil, basis: 'three_day_rule' };
  }
  if (input.preAdmission !== null && attested) {
    return {
      validUntil: endOfLocalDay(input.collectedAt, policy.preAdmissionMaxDays, policy.zone),
      basis: 'pre_admission_attested',
    };
  }
  return {
    validUntil: endOfLocalDay(input.collectedAt, policy.siteDefaultDays, policy.zone),
    basis: 'site_default',
  };
}

/** Whether the sample may still be used at `at`. */
export function isSampleValid(input: SampleValidityInput, at: Date, policy: SampleValidityPolicy): boolean {
  return at.getTime() < sampleValidity(input, policy).validUntil.getTime();
}
