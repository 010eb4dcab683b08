const LOCALE = 'en-GB';

/** A proportion (0–1) as a whole percentage, rounded down so that 99.6% is not shown as "100%". */
export const toPercent = (proportion: number): number => Math.floor(proportion * 100 + 1e-9);

/** The clock time of an instant in a time zone (the patient's); the device's zone if that one is unknown. */
export function clockTimeIn(iso: string, zone: string): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: zone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(LOCALE, options).format(new Date(iso));
  }
}
