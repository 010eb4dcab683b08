import { accountStrings } from '../account.strings.ts';

const LOCALE = 'en-GB';
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const dateAndTime = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeOnly = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });
const fullDateAndTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'full', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1);

const startOfDay = (time: Date) => new Date(time.getFullYear(), time.getMonth(), time.getDate()).getTime();

/** "Today, 09:14", "Yesterday, 18:02", or "14 May 2026, 09:14" (the browser's time zone). */
export function formatMoment(iso: string, now: Date): string {
  const time = new Date(iso);
  const daysAgo = Math.round((startOfDay(now) - startOfDay(time)) / DAY_MS);
  if (daysAgo === 0 || daysAgo === 1) {
    return `${capitalise(relative.format(-daysAgo, 'day'))}, ${timeOnly.format(time)}`;
  }
  return dateAndTime.format(time);
}

/** "Just now", "5 minutes ago", "3 hours ago", "Yesterday", "Last week", "2 months ago". */
export function formatTimeAgo(iso: string, now: Date): string {
  return capitalise(timeAgo(iso, now));
}

function timeAgo(iso: string, now: Date): string {
  // A little clock skew between server and browser must not show "in 2 seconds".
  const elapsedMs = Math.max(0, now.getTime() - new Date(iso).getTime());
  if (elapsedMs < MINUTE_MS) return accountStrings.justNow;
  if (elapsedMs < HOUR_MS) return relative.format(-Math.floor(elapsedMs / MINUTE_MS), 'minute');
  if (elapsedMs < DAY_MS) return relative.format(-Math.floor(elapsedMs / HOUR_MS), 'hour');
  if (elapsedMs < 7 * DAY_MS) return relative.format(-Math.floor(elapsedMs / DAY_MS), 'day');
  if (elapsedMs < 30 * DAY_MS) return relative.format(-Math.floor(elapsedMs / (7 * DAY_MS)), 'week');
  return relative.format(-Math.floor(elapsedMs / (30 * DAY_MS)), 'month');
}

/** The unabridged date and time, for a tooltip next to a shortened one. */
export const formatFullMoment = (iso: string): string => fullDateAndTime.format(new Date(iso));

const dayOnly = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' });

/** "4 Mar 2025" (the browser's time zone). */
export const formatDay = (iso: string): string => dayOnly.format(new Date(iso));
