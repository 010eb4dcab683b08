import type { MeasuredValue, ReferenceRange } from '@nexus/contracts';
import { recordsStrings as s } from './records.strings.ts';

const LOCALE = 'en-GB';
const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const localDay = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' });
const localDayAndTime = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2, useGrouping: false });

const YEAR = /^\d{4}$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A FHIR date or dateTime as a person reads it. FHIR allows partial dates ("1998", "1998-04"), and a
 * date without a time names a calendar day, not an instant: it is shown as written (in UTC, so no
 * time zone moves it to the day before). Instants are shown in the browser's time zone.
 */
export function formatRecordDate(value: string): string {
  if (YEAR.test(value)) return value;
  const yearMonth = YEAR_MONTH.exec(value);
  if (yearMonth) return monthFormat.format(new Date(`${value}-01T00:00:00Z`));
  if (DATE_ONLY.test(value)) return dayFormat.format(new Date(`${value}T00:00:00Z`));
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : localDay.format(instant);
}

/** Like formatRecordDate, with the time of day when the value has one. */
export function formatRecordDateTime(value: string): string {
  if (!value.includes('T')) return formatRecordDate(value);
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : localDayAndTime.format(instant);
}

/** A number without trailing zeros or grouping: 5.6, 132, 0.25. */
export const formatNumber = (value: number): string => numberFormat.format(value);

/** "132 mmHg", "5.6 %"; a bare number when there is no unit. */
export const withUnit = (value: number, unit: string | null): string =>
  unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);

/** What an observation found, as text: "7.2 %", "128/82 mmHg", "Never smoked". */
export function formatMeasuredValue(value: MeasuredValue | null): string {
  if (!value) return s.noValue;
  switch (value.kind) {
    case 'quantity':
      return withUnit(value.value, value.unit);
    case 'components':
      return value.text;
    case 'coded':
      return value.coding.display;
    case 'text':
      return value.text;
  }
}

/** The reference range as the server wrote it, or a note that there is none. */
export const formatRange = (range: ReferenceRange | null): string => range?.text || s.noRange;
