/**
 * A FHIR search date (`2020`, `2020-03`, `2020-03-14`, `2020-03-14T10:00`, `…:30`, `…:30.250`, with
 * `Z` or an offset; none means UTC) as the closed range of instants its precision covers, the same
 * way dates are indexed: `2020-03` is every instant of March 2020 (UTC).
 */
const PATTERN =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

export function searchDateRange(value: string): { low: string; high: string } | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : undefined;
  const day = d ? Number(d) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (
    day !== undefined &&
    month !== undefined &&
    (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
  )
    return null;
  if (h !== undefined) {
    const time = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ? `.${frac.slice(0, 3).padEnd(3, '0')}` : ''}${zone ?? 'Z'}`;
    const start = new Date(time);
    if (Number.isNaN(start.getTime())) return null;
    const spanMs = frac ? 1 : s !== undefined ? 1000 : 60_000;
    return { low: start.toISOString(), high: new Date(start.getTime() + spanMs - 1).toISOString() };
  }
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const end =
    day !== undefined
      ? Date.UTC(year, (month ?? 1) - 1, day + 1)
      : month !== undefined
        ? Date.UTC(year, month, 1)
        : Date.UTC(year + 1, 0, 1);
  return { low: new Date(start).toISOString(), high: new Date(end - 1).toISOString() };
}
