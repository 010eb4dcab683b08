import type { RuleProvenance, SourcedValue } from '../compatibility/index.ts';
import { DEFERRAL_CATALOGUE, type DeferralReason, deferralReasonOn } from './deferral-catalogue.table.ts';
import { type DeferralProposal, proposeDeferral } from './deferrals.ts';
import {
  type AcceptableRange,
  type DonorEligibilityProfile,
  LOW_HB_DEFERRAL_DAYS,
} from './donor-eligibility.table.ts';
import { type HbMeasurement, hbInGPerDl } from './haemoglobin.ts';
import { ageInYears, type LocalDate } from './local-date.ts';

/**
 * On-the-day donor eligibility (§4.1): every rule of the jurisdiction profile is checked and every
 * failure reported with its threshold and source, so staff see all the reasons at once. Boundaries are
 * inclusive at the acceptable end. A haemoglobin/haematocrit failure proposes the automatic `low_hb`
 * deferral; the on-site decision is final, the portal pre-screen only advisory.
 */

export type DonorRuleCode =
  | 'age_below_minimum'
  | 'age_above_maximum'
  | 'age_first_time_above_maximum'
  | 'age_annual_review_required'
  | 'weight_below_minimum'
  | 'collection_volume_above_maximum'
  | 'hb_below_minimum'
  | 'hct_below_minimum'
  | 'double_rbc_hb_below_minimum'
  | 'temperature_above_maximum'
  | 'systolic_out_of_range'
  | 'diastolic_out_of_range'
  | 'pulse_out_of_range';

export type MissingMeasurement = 'hb_or_hct' | 'double_rbc_hb' | 'temperature' | 'blood_pressure' | 'pulse';

export type DonorRuleFailure = RuleProvenance & {
  readonly code: DonorRuleCode;
  readonly measured: number;
  readonly threshold: { readonly min: number | null; readonly max: number | null; readonly unit: string };
  readonly onFail: 'defer' | 'refer_to_physician';
};

export type DonorScreening = {
  readonly onDate: LocalDate;
  readonly sex: 'female' | 'male';
  readonly birthDate: LocalDate;
  readonly isFirstTimeDonor: boolean;
  readonly hasGuardianConsent: boolean;
  readonly hasCurrentAnnualReview: boolean;
  readonly procedure: 'whole_blood' | 'double_rbc' | 'plateletpheresis' | 'plasmapheresis';
  readonly weightKg: number;
  readonly collectionVolumeMl: number | null;
  readonly hb: HbMeasurement | null;
  readonly hctPct: number | null;
  readonly temperatureC: number | null;
  readonly systolicMmHg: number | null;
  readonly diastolicMmHg: number | null;
  readonly pulsePerMin: number | null;
};

export type DonorEligibilityOptions = {
  /** The site runs an FDA-acceptable iron-protection procedure (630.10(f)(3)(i)(A)). */
  readonly ironProtectionProcedure: boolean;
  readonly lowHbDeferralDays: number;
  readonly catalogue: readonly DeferralReason[];
};

export type DonorEligibilityDecision = {
  readonly outcome: 'eligible' | 'deferred' | 'refer_to_physician' | 'incomplete';
  readonly failures: readonly DonorRuleFailure[];
  readonly missing: readonly MissingMeasurement[];
  readonly deferral: DeferralProposal | null;
  readonly ruleSet: string;
};

export const DEFAULT_DONOR_ELIGIBILITY_OPTIONS: DonorEligibilityOptions = {
  ironProtectionProcedure: false,
  lowHbDeferralDays: LOW_HB_DEFERRAL_DAYS.value,
  catalogue: DEFERRAL_CATALOGUE,
};

type Failures = DonorRuleFailure[];

function fail(
  out: Failures,
  code: DonorRuleCode,
  measured: number,
  p: RuleProvenance,
  min: number | null,
  max: number | null,
  unit: string,
  onFail: DonorRuleFailure['onFail'] = 'defer',
): void {
  out.push({
    code,
    measured,
    threshold: { min, max, unit },
    onFail,
    source: p.source,
    jurisdiction: p.jurisdiction,
    evidence: p.evidence,
  });
}

function checkMin(
  out: Failures,
  code: DonorRuleCode,
  measured: number,
  rule: SourcedValue<number>,
  unit: string,
): boolean {
  if (measured >= rule.value) return true;
  fail(out, code, measured, rule, rule.value, null, unit);
  return false;
}

function checkRange(
  out: Failures,
  code: DonorRuleCode,
  measured: number,
  range: AcceptableRange,
  unit: string,
): void {
  const belowMin = range.min !== null && measured < range.min;
  const aboveMax = range.max !== null && (range.maxExclusive ? measured >= range.max : measured > range.max);
  if (belowMin || aboveMax) fail(out, code, measured, range, range.min, range.max, unit, range.onFail);
}

function checkAgeAndWeight(s: DonorScreening, p: DonorEligibilityProfile, out: Failures): void {
  const age = ageInYears(s.birthDate, s.onDate);
  const { age: rule } = p;
  const min =
    s.hasGuardianConsent && rule.minYearsWithConsent !== null ? rule.minYearsWithConsent : rule.minYears;
  if (age < min) fail(out, 'age_below_minimum', age, rule, min, null, 'years');
  // "≤ 65" means up to the 66th birthday: completed years ≤ 65.
  if (rule.maxYears !== null && age > rule.maxYears)
    fail(out, 'age_above_maximum', age, rule, null, rule.maxYears, 'years');
  if (s.isFirstTimeDonor && rule.firstTimeMaxYears !== null && age > rule.firstTimeMaxYears) {
    fail(out, 'age_first_time_above_maximum', age, rule, null, rule.firstTimeMaxYears, 'years');
  }
  if (
    !s.isFirstTimeDonor &&
    rule.annualReviewFromYears !== null &&
    age >= rule.annualReviewFromYears &&
    !s.hasCurrentAnnualReview
  ) {
    fail(
      out,
      'age_annual_review_required',
      age,
      rule,
      null,
      rule.annualReviewFromYears,
      'years',
      'refer_to_physician',
    );
  }
  const volume = s.collectionVolumeMl;
  const band =
    p.weight.bands.find((b) => volume !== null && b.upToMl !== null && volume <= b.upToMl) ??
    p.weight.bands.at(-1);
  if (band && s.weightKg < band.minKg)
    fail(out, 'weight_below_minimum', s.weightKg, p.weight, band.minKg, null, 'kg');
  const perKg = p.maxCollectionMlPerKg;
  if (perKg && volume !== null && volume > perKg.value * s.weightKg) {
    fail(out, 'collection_volume_above_maximum', volume, perKg, null, perKg.value * s.weightKg, 'mL');
  }
}

/** Returns whether an Hb/Hct rule failed (→ low_hb deferral). */
function checkHaemoglobin(
  s: DonorScreening,
  p: DonorEligibilityProfile,
  o: DonorEligibilityOptions,
  out: Failures,
  missing: MissingMeasurement[],
): boolean {
  const lowerHb = o.ironProtectionProcedure ? p.hbMinWithIronProtectionGPerDl[s.sex] : null;
  const lowerHct = o.ironProtectionProcedure ? p.hctMinWithIronProtectionPct[s.sex] : null;
  const hb = s.hb === null ? null : hbInGPerDl(s.hb);
  let low = false;
  // Hb when measured; haematocrit is the alternative only when Hb is absent.
  if (hb !== null) low = !checkMin(out, 'hb_below_minimum', hb, lowerHb ?? p.hbMinGPerDl[s.sex], 'g/dL');
  else {
    const hctRule = lowerHct ?? p.hctMinPct[s.sex];
    if (s.hctPct !== null && hctRule !== null)
      low = !checkMin(out, 'hct_below_minimum', s.hctPct, hctRule, '%');
    else missing.push('hb_or_hct');
  }
  if (s.procedure === 'double_rbc' && p.doubleRbcHbMinGPerDl !== null) {
    if (hb === null) missing.push('double_rbc_hb');
    else checkMin(out, 'double_rbc_hb_below_minimum', hb, p.doubleRbcHbMinGPerDl, 'g/dL');
  }
  return low;
}

function checkVitals(
  s: DonorScreening,
  p: DonorEligibilityProfile,
  out: Failures,
  missing: MissingMeasurement[],
): void {
  if (p.temperatureMaxC !== null) {
    if (s.temperatureC === null) missing.push('temperature');
    else if (s.temperatureC > p.temperatureMaxC.value) {
      fail(
        out,
        'temperature_above_maximum',
        s.temperatureC,
        p.temperatureMaxC,
        null,
        p.temperatureMaxC.value,
        '°C',
      );
    }
  }
  if (p.systolicMmHg !== null || p.diastolicMmHg !== null) {
    if (s.systolicMmHg === null || s.diastolicMmHg === null) missing.push('blood_pressure');
    else {
      if (p.systolicMmHg) checkRange(out, 'systolic_out_of_range', s.systolicMmHg, p.systolicMmHg, 'mmHg');
      if (p.diastolicMmHg)
        checkRange(out, 'diastolic_out_of_range', s.diastolicMmHg, p.diastolicMmHg, 'mmHg');
    }
  }
  if (p.pulsePerMin !== null) {
    if (s.pulsePerMin === null) missing.push('pulse');
    else checkRange(out, 'pulse_out_of_range', s.pulsePerMin, p.pulsePerMin, '/min');
  }
}

/** The on-the-day decision for one donor under one jurisdiction profile. */
export function assessDonorOnDay(
  screening: DonorScreening,
  profile: DonorEligibilityProfile,
  options: DonorEligibilityOptions = DEFAULT_DONOR_ELIGIBILITY_OPTIONS,
): DonorEligibilityDecision {
  const failures: Failures = [];
  const missing: MissingMeasurement[] = [];
  checkAgeAndWeight(screening, profile, failures);
  const lowHb = checkHaemoglobin(screening, profile, options, failures, missing);
  checkVitals(screening, profile, failures, missing);
  const reason = lowHb ? deferralReasonOn(options.catalogue, 'low_hb', screening.onDate) : null;
  const deferral = reason
    ? proposeDeferral(reason, screening.onDate, 'automated_hb', options.lowHbDeferralDays)
    : null;
  const outcome = failures.some((f) => f.onFail === 'defer')
    ? 'deferred'
    : failures.length > 0
      ? 'refer_to_physician'
      : missing.length > 0
        ? 'incomplete'
        : 'eligible';
  return { outcome, failures, missing, deferral, ruleSet: profile.version };
}
