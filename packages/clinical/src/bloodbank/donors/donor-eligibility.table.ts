import type { Jurisdiction, RuleProvenance, SourcedValue } from '../compatibility/index.ts';

/** An acceptable range, inclusive at both ends unless `maxExclusive`; null bound = unchecked. */
export type AcceptableRange = RuleProvenance & {
  readonly min: number | null;
  readonly max: number | null;
  readonly maxExclusive: boolean;
  /** What a value outside the range leads to. */
  readonly onFail: 'defer' | 'refer_to_physician';
};

export type AgeRule = RuleProvenance & {
  readonly minYears: number;
  readonly minYearsWithConsent: number | null;
  readonly maxYears: number | null;
  readonly firstTimeMaxYears: number | null;
  readonly annualReviewFromYears: number | null;
};

/** Minimum weight by collection volume: the first band whose `upToMl` covers the volume applies. */
export type WeightRule = RuleProvenance & {
  readonly bands: readonly { readonly upToMl: number | null; readonly minKg: number }[];
};

type BySex<T> = { readonly female: T; readonly male: T };

/** On-the-day eligibility thresholds of one jurisdiction (§4.1); null = left to local policy. */
export type DonorEligibilityProfile = {
  readonly jurisdiction: Jurisdiction;
  readonly version: string;
  readonly age: AgeRule;
  readonly weight: WeightRule;
  readonly maxCollectionMlPerKg: SourcedValue<number> | null;
  readonly hbMinGPerDl: BySex<SourcedValue<number>>;
  /** Lower Hb accepted only where an FDA-acceptable iron-protection procedure is in place. */
  readonly hbMinWithIronProtectionGPerDl: BySex<SourcedValue<number> | null>;
  readonly hctMinPct: BySex<SourcedValue<number> | null>;
  readonly hctMinWithIronProtectionPct: BySex<SourcedValue<number> | null>;
  readonly doubleRbcHbMinGPerDl: SourcedValue<number> | null;
  readonly temperatureMaxC: SourcedValue<number> | null;
  readonly systolicMmHg: AcceptableRange | null;
  readonly diastolicMmHg: AcceptableRange | null;
  readonly pulsePerMin: AcceptableRange | null;
};

const LABCE = 'labce.com; AABB quoting 21 CFR 630.10(f)(3)';
const EXCEPTION = '21 CFR 630.10(f)(3)(i)(A) as quoted by AABB';
const VITALS = 'ITxM/vablood.org summary of the FDA rule; LifeSource';
const UKH = 'UK Transfusion Handbook 3.1';
const WHO = 'WHO blood donor selection guidelines 2012 via bloodbank spec §4.1';

const v = <J extends Jurisdiction>(
  value: number,
  source: string,
  jurisdiction: J,
  evidence: 'V' | 'S' | 'U',
) => ({ value, source, jurisdiction, evidence });

export const US_DONOR_PROFILE = {
  jurisdiction: 'US',
  version: 'us-2025.1',
  age: {
    minYears: 17,
    minYearsWithConsent: 16,
    maxYears: null,
    firstTimeMaxYears: null,
    annualReviewFromYears: null,
    source: 'AABB/state law via bloodbank spec §4.1',
    jurisdiction: 'US',
    evidence: 'S',
  },
  weight: {
    bands: [{ upToMl: null, minKg: 50 }],
    source: '110 lb minimum, bloodbank spec §4.1',
    jurisdiction: 'US',
    evidence: 'S',
  },
  maxCollectionMlPerKg: v(10.5, 'bloodbank spec §4.1 (incl. samples)', 'US', 'U'),
  hbMinGPerDl: { female: v(12.5, LABCE, 'US', 'S'), male: v(13.0, LABCE, 'US', 'S') },
  hbMinWithIronProtectionGPerDl: { female: v(12.0, EXCEPTION, 'US', 'V'), male: null },
  hctMinPct: { female: v(38, LABCE, 'US', 'S'), male: v(39, LABCE, 'US', 'S') },
  hctMinWithIronProtectionPct: { female: v(36, EXCEPTION, 'US', 'V'), male: null },
  doubleRbcHbMinGPerDl: v(13.3, 'American Red Cross policy (one secondary source)', 'US', 'U'),
  temperatureMaxC: v(37.5, VITALS, 'US', 'S'),
  systolicMmHg: {
    min: 90,
    max: 180,
    maxExclusive: false,
    onFail: 'defer',
    source: VITALS,
    jurisdiction: 'US',
    evidence: 'S',
  },
  diastolicMmHg: {
    min: 50,
    max: 100,
    maxExclusive: false,
    onFail: 'defer',
    source: VITALS,
    jurisdiction: 'US',
    evidence: 'S',
  },
  pulsePerMin: {
    min: 50,
    max: 100,
    maxExclusive: false,
    onFail: 'refer_to_physician',
    source: VITALS,
    jurisdiction: 'US',
    evidence: 'S',
  },
} as const satisfies DonorEligibilityProfile;

export const UK_DONOR_PROFILE = {
  jurisdiction: 'UK',
  version: 'uk-2025.1',
  age: {
    minYears: 17,
    minYearsWithConsent: null,
    maxYears: null,
    firstTimeMaxYears: 65,
    annualReviewFromYears: 66,
    source: UKH,
    jurisdiction: 'UK',
    evidence: 'V',
  },
  weight: { bands: [{ upToMl: null, minKg: 50 }], source: UKH, jurisdiction: 'UK', evidence: 'V' },
  maxCollectionMlPerKg: null,
  hbMinGPerDl: { female: v(12.5, UKH, 'UK', 'S'), male: v(13.5, UKH, 'UK', 'S') },
  hbMinWithIronProtectionGPerDl: { female: null, male: null },
  hctMinPct: { female: null, male: null },
  hctMinWithIronProtectionPct: { female: null, male: null },
  doubleRbcHbMinGPerDl: v(14.0, UKH, 'UK', 'V'),
  temperatureMaxC: null,
  systolicMmHg: null,
  diastolicMmHg: null,
  pulsePerMin: null,
} as const satisfies DonorEligibilityProfile;

export const WHO_DONOR_PROFILE = {
  jurisdiction: 'WHO',
  version: 'who-2012.1',
  age: {
    minYears: 18,
    minYearsWithConsent: 16,
    maxYears: 65,
    firstTimeMaxYears: null,
    annualReviewFromYears: null,
    source: WHO,
    jurisdiction: 'WHO',
    evidence: 'S',
  },
  weight: {
    bands: [
      { upToMl: 350, minKg: 45 },
      { upToMl: null, minKg: 50 },
    ],
    source: WHO,
    jurisdiction: 'WHO',
    evidence: 'S',
  },
  maxCollectionMlPerKg: null,
  hbMinGPerDl: { female: v(12.0, WHO, 'WHO', 'S'), male: v(13.0, WHO, 'WHO', 'S') },
  hbMinWithIronProtectionGPerDl: { female: null, male: null },
  hctMinPct: { female: null, male: null },
  hctMinWithIronProtectionPct: { female: null, male: null },
  doubleRbcHbMinGPerDl: null,
  temperatureMaxC: null,
  systolicMmHg: {
    min: 90,
    max: 180,
    maxExclusive: false,
    onFail: 'defer',
    source: WHO,
    jurisdiction: 'WHO',
    evidence: 'S',
  },
  diastolicMmHg: {
    min: 50,
    max: 100,
    maxExclusive: false,
    onFail: 'defer',
    source: WHO,
    jurisdiction: 'WHO',
    evidence: 'S',
  },
  pulsePerMin: {
    min: null,
    max: 100,
    maxExclusive: true,
    onFail: 'defer',
    source: WHO,
    jurisdiction: 'WHO',
    evidence: 'S',
  },
} as const satisfies DonorEligibilityProfile;

/** Site parameter: days of the automatic `low_hb` deferral (BSIS default; US centres often shorter). */
export const LOW_HB_DEFERRAL_DAYS = {
  value: 90,
  source: 'jembi/bsis seeded low haemoglobin reason; bloodbank spec §4.1',
  jurisdiction: 'WHO',
  evidence: 'P',
} as const satisfies SourcedValue<number>;
