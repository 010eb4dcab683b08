import type { RuleProvenance } from '../compatibility/index.ts';
import type { LocalDate } from './local-date.ts';

export type DeferralKind = 'temporary' | 'indefinite' | 'permanent';

/** One dated catalogue row (§4.3): lengths change often, so rows are versioned by `validFrom`. */
export type DeferralReason = RuleProvenance & {
  readonly code: string;
  readonly label: string;
  readonly kind: DeferralKind;
  /** Days from `startsOn` to the first eligible day; temporary rows only. */
  readonly defaultDays: number | null;
  readonly validFrom: LocalDate;
  /** Exclusive; null while current. */
  readonly validTo: LocalDate | null;
  readonly notifyDonor: boolean;
};

const BSIS = 'jembi/bsis c7756538 seeded deferral reasons (project defaults)';
// The date of the BSIS snapshot the seeds were read from; a site adds newer rows rather than editing these.
const SEEDED = '2019-11-01';

const seed = (code: string, label: string, defaultDays: number): DeferralReason => ({
  code,
  label,
  kind: 'temporary',
  defaultDays,
  validFrom: SEEDED,
  validTo: null,
  notifyDonor: true,
  source: BSIS,
  jurisdiction: 'WHO',
  evidence: 'P',
});

/** Seed catalogue: the BSIS reasons plus the automated TTI deferral of 21 CFR 610.41(a). */
export const DEFERRAL_CATALOGUE: readonly DeferralReason[] = [
  seed('high_risk_behaviour', 'High-risk behaviour', 365),
  seed('low_weight', 'Low weight', 90),
  seed('low_hb', 'Low haemoglobin', 90),
  seed('travel', 'Travel', 90),
  seed('other_medical', 'Other medical', 180),
  seed('other', 'Other', 90),
  {
    code: 'automated_tti_unsafe',
    label: 'Reactive transfusion-transmitted infection screening test',
    kind: 'permanent',
    defaultDays: null,
    validFrom: SEEDED,
    validTo: null,
    notifyDonor: true,
    source: '21 CFR 610.41(a)',
    jurisdiction: 'US',
    evidence: 'V',
  },
];

/** The row for `code` in force on `onDate` (latest `validFrom`), optionally for one jurisdiction. */
export function deferralReasonOn(
  catalogue: readonly DeferralReason[],
  code: string,
  onDate: LocalDate,
  jurisdiction?: RuleProvenance['jurisdiction'],
): DeferralReason | null {
  const rows = catalogue
    .filter(
      (row) => row.code === code && row.validFrom <= onDate && (row.validTo === null || onDate < row.validTo),
    )
    .filter((row) => jurisdiction === undefined || row.jurisdiction === jurisdiction)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return rows[0] ?? null;
}
