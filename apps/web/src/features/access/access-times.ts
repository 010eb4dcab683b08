const LOCALE = 'en-GB';
const dateAndTime = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dayOnly = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' });
const full = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'full', timeStyle: 'short' });

/** "4 Mar 2026, 09:14" in the browser's time zone. */
export const formatWhen = (iso: string): string => dateAndTime.format(new Date(iso));
/** "4 Mar 2026". */
export const formatDay = (iso: string): string => dayOnly.format(new Date(iso));
/** "Wednesday 4 March 2026 at 09:14", for a tooltip. */
export const formatFull = (iso: string): string => full.format(new Date(iso));
