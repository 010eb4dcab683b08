const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Measurements a minute or two "in the future" are the device clocks disagreeing, not a mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** A number as typed (a decimal comma is fine), or null when it is not one. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The value a datetime-local input shows for this instant, in the browser's time zone. */
export const toLocalDateTimeInput = (instant: Date): string =>
  `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;

/** A datetime-local value ("2026-03-04T09:14", local time) as an ISO instant; null when not one. */
export function localDateTimeToIso(value: string): string | null {
  if (!LOCAL_DATE_TIME.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** Whether an ISO instant lies after now (beyond a few minutes of clock difference). */
export const isInFuture = (iso: string, now: Date): boolean =>
  Date.parse(iso) > now.getTime() + CLOCK_SKEW_MS;

/** Whether a YYYY-MM-DD value is a real calendar day. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in the browser's time zone, as YYYY-MM-DD. */
export const localToday = (now: Date): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
