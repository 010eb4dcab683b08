import {
  COUNT_AUTOLOGOUS_TOWARDS_CAPS,
  type FrequencyCap,
  type IntervalProfile,
  type Procedure,
} from './donation-intervals.table.ts';
import { addDays, addMonths, type LocalDate, laterDate } from './local-date.ts';

/**
 * Next eligible date (§4.2): `max over prior donations p of (p.collectedDate + interval[p][next])`, then
 * pushed later by any rolling-window cap; eligible on d iff d ≥ that date. Back-entered donations count
 * like any other. Autologous donations never start an allogeneic interval (BSIS `countAsDonation`).
 */

export type DonationType = Procedure | 'autologous' | 'directed';

export type PriorDonation = {
  readonly type: DonationType;
  /** Site-local collection date. */
  readonly collectedDate: LocalDate;
};

export type IntervalOptions = {
  readonly sex: 'female' | 'male';
  readonly countAutologousTowardsCaps?: boolean;
};

/** What sets the next eligible date: an interval after one donation, or a cap. */
export type EligibilityBinding =
  | { readonly kind: 'interval'; readonly after: PriorDonation; readonly days: number }
  | { readonly kind: 'cap'; readonly cap: FrequencyCap }
  | null;

export type NextEligible = {
  /** null: no prior donation constrains this procedure. */
  readonly date: LocalDate | null;
  readonly binding: EligibilityBinding;
};

// A directed donation is an allogeneic whole-blood collection given to a named recipient.
function intervalProcedure(type: DonationType): Procedure | null {
  if (type === 'autologous') return null;
  return type === 'directed' ? 'whole_blood' : type;
}

function capProcedure(type: DonationType, countAutologous: boolean): Procedure | null {
  if (type === 'autologous') return countAutologous ? 'whole_blood' : null;
  return intervalProcedure(type);
}

function capEligibleFrom(
  cap: FrequencyCap,
  donations: readonly PriorDonation[],
  countAutologous: boolean,
): LocalDate | null {
  const counted = donations
    .filter((d) => {
      const procedure = capProcedure(d.type, countAutologous);
      return procedure !== null && cap.counts.includes(procedure);
    })
    .map((d) => d.collectedDate)
    .sort()
    .reverse();
  // Once the max-th most recent counted donation leaves the window, only max − 1 remain in it.
  const leaving = counted[cap.max - 1];
  if (leaving === undefined) return null;
  return 'days' in cap.window ? addDays(leaving, cap.window.days) : addMonths(leaving, cap.window.months);
}

/** The first date a donor may give `next`, and what sets it. */
export function nextEligibleDate(
  donations: readonly PriorDonation[],
  next: Procedure,
  profile: IntervalProfile,
  options: IntervalOptions,
): NextEligible {
  let result: NextEligible = { date: null, binding: null };
  for (const donation of donations) {
    const previous = intervalProcedure(donation.type);
    if (previous === null) continue;
    const days = profile.matrix[previous][next].value;
    const date = addDays(donation.collectedDate, days);
    if (laterDate(result.date, date) !== result.date)
      result = { date, binding: { kind: 'interval', after: donation, days } };
  }
  const countAutologous = options.countAutologousTowardsCaps ?? COUNT_AUTOLOGOUS_TOWARDS_CAPS.value;
  for (const cap of profile.caps) {
    if (!cap.appliesTo.includes(next) || (cap.sex !== null && cap.sex !== options.sex)) continue;
    const date = capEligibleFrom(cap, donations, countAutologous);
    if (date !== null && laterDate(result.date, date) !== result.date)
      result = { date, binding: { kind: 'cap', cap } };
  }
  return result;
}

/** Eligible on `date` iff `date ≥ nextEligible` (the interval's last day is itself eligible). */
export function isIntervalEligibleOn(
  date: LocalDate,
  donations: readonly PriorDonation[],
  next: Procedure,
  profile: IntervalProfile,
  options: IntervalOptions,
): boolean {
  const { date: from } = nextEligibleDate(donations, next, profile, options);
  return from === null || date >= from;
}
