import { DateTime } from 'luxon';

/**
 * Calendar dates at the site (`YYYY-MM-DD`): donation intervals and deferrals are counted in whole days,
 * never in elapsed hours, so a DST change cannot move an eligible date. ISO strings also sort correctly.
 */
export type LocalDate = string;

function parse(date: LocalDate): DateTime {
  const parsed = DateTime.fromISO(date, { zone: 'UTC' });
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new RangeError(`not a calendar date: ${date}`);
  return parsed;
}

function format(date: DateTime): LocalDate {
  return date.toFormat('yyyy-MM-dd');
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return format(parse(date).plus({ days }));
}

/** Calendar months; the 31st plus one month lands on the last day of a shorter month. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return format(parse(date).plus({ months }));
}

/** The later of two dates (`null` counts as no constraint). */
export function laterDate(a: LocalDate | null, b: LocalDate | null): LocalDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** Completed years on `onDate`; a 29 February birthday completes its year on 1 March in common years. */
export function ageInYears(birthDate: LocalDate, onDate: LocalDate): number {
  const birth = parse(birthDate);
  const on = parse(onDate);
  const years = on.year - birth.year;
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return hadBirthday ? years : years - 1;
}
