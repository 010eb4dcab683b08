import type { ReviewOutcome, RiskResult } from '@nexus/contracts';
import { formatRecordDate } from '../records/record-format.ts';
import { riskStrings as s } from './risk.strings.ts';

const LOCALE = 'en-GB';
const fine = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const coarse = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** A probability as a percentage: "8.4%", with two decimals under 1% ("0.42%") so small risks do not read as 0. */
export function formatRiskPct(fraction: number): string {
  const pct = fraction * 100;
  return `${(pct < 1 ? fine : coarse).format(pct)}%`;
}

/** A probability, "—" when the module gives none. */
export const formatProbability = (fraction: number | null): string =>
  fraction === null ? s.notRecorded : formatRiskPct(fraction);

type Measured = Pick<RiskResult, 'probability' | 'horizonYears' | 'score'>;

/** The result as a number: "8.4% within 6 years", "12 of 26 points", or "—". */
export function formatRiskValue(result: Measured): string {
  if (result.probability !== null)
    return result.horizonYears !== null
      ? s.withinYears(formatRiskPct(result.probability), result.horizonYears)
      : formatRiskPct(result.probability);
  if (result.score) return s.points(result.score.points, result.score.maxPoints);
  return s.notRecorded;
}

/** A signed effect on the model's scale: "+0.62", "−0.18". */
export function formatEffect(effect: number): string {
  const text = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }).format(Math.abs(effect));
  return effect > 0 ? `+${text}` : effect < 0 ? `−${text}` : text;
}

/** The review as the patient reads it: waiting, or who reviewed it when, and what they found. */
export function patientReviewText(result: Pick<RiskResult, 'review' | 'needsReview'>): string {
  const review = result.review;
  if (!review) return result.needsReview ? s.patientReview.pending : s.patientReview.none;
  if (review.status === 'pending') return s.patientReview.pending;
  return s.reviewedBy(
    review.decidedBy,
    formatRecordDate(review.decidedAt ?? review.createdAt),
    s.patientReview[review.status],
  );
}

/** The review as a clinician reads it in a table: "Pending", "Confirmed by Dr X on 1 Mar 2026". */
export function clinicianReviewText(review: ReviewOutcome | null): string {
  if (!review) return s.chartReviewNone;
  if (review.status === 'pending') return s.statuses.pending;
  return s.decidedBy(
    s.statuses[review.status],
    review.decidedBy,
    formatRecordDate(review.decidedAt ?? review.createdAt),
  );
}

/** Today plus some months, as YYYY-MM-DD in the browser's calendar (the end of a shorter month when needed). */
export function addMonths(today: Date, months: number): string {
  const target = new Date(today.getFullYear(), today.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(today.getDate(), lastDay));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${target.getFullYear()}-${pad(target.getMonth() + 1)}-${pad(target.getDate())}`;
}

/** UCUM units as modules give them ("a", "mm[Hg]", "mL/min/{1.73_m2}"), as people write them. */
const UNIT_DISPLAY: Record<string, string> = {
  a: 'years',
  mo: 'months',
  '/d': 'per day',
  'kg/m2': 'kg/m²',
  'mm[Hg]': 'mmHg',
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  '{pack-years}': 'pack-years',
};

/** A unit for display; unknown units lose only UCUM's annotation braces. */
export const displayUnit = (unit: string | null): string | null =>
  unit === null ? null : (UNIT_DISPLAY[unit] ?? unit.replace(/[{}]/g, ''));
