/**
 * Blood donors: on-the-day eligibility (US, UK and WHO profiles as data), donation intervals and
 * rolling-window caps, and deferrals with their dated catalogue. Pure, no I/O; dates are site-local
 * calendar dates (`YYYY-MM-DD`).
 */

export {
  DEFERRAL_CATALOGUE,
  type DeferralKind,
  type DeferralReason,
  deferralReasonOn,
} from './deferral-catalogue.table.ts';
export {
  activeDeferrals,
  changeDeferral,
  type Deferral,
  type DeferralActor,
  type DeferralChange,
  type DeferralChangeResult,
  type DeferralProposal,
  type DeferralRefusal,
  type DeferralSource,
  isDeferralActive,
  proposeDeferral,
  type Requalification,
} from './deferrals.ts';
export {
  COUNT_AUTOLOGOUS_TOWARDS_CAPS,
  type FrequencyCap,
  type IntervalMatrix,
  type IntervalProfile,
  PROCEDURES,
  type Procedure,
  UK_INTERVALS,
  US_INTERVALS,
} from './donation-intervals.table.ts';
export {
  type DonationType,
  type EligibilityBinding,
  type IntervalOptions,
  isIntervalEligibleOn,
  type NextEligible,
  nextEligibleDate,
  type PriorDonation,
} from './donation-intervals.ts';
export {
  type AcceptableRange,
  type AgeRule,
  type DonorEligibilityProfile,
  LOW_HB_DEFERRAL_DAYS,
  UK_DONOR_PROFILE,
  US_DONOR_PROFILE,
  type WeightRule,
  WHO_DONOR_PROFILE,
} from './donor-eligibility.table.ts';
export {
  assessDonorOnDay,
  DEFAULT_DONOR_ELIGIBILITY_OPTIONS,
  type DonorEligibilityDecision,
  type DonorEligibilityOptions,
  type DonorRuleCode,
  type DonorRuleFailure,
  type DonorScreening,
  type MissingMeasurement,
} from './donor-eligibility.ts';
export { HB_TO_G_PER_DL, type HbMeasurement, type HbUnit, hbInGPerDl } from './haemoglobin.ts';
export { addDays, addMonths, ageInYears, type LocalDate, laterDate } from './local-date.ts';
