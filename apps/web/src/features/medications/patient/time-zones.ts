/** A few zones for runtimes that cannot list their own (every modern browser can). */
const FALLBACK_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Athens',
  'Europe/Istanbul',
  'Africa/Lagos',
  'Africa/Nairobi',
  'Africa/Johannesburg',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Perth',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
];

/** The device's own IANA time zone, if the browser says. */
export function deviceTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

function knownZones(): string[] {
  try {
    const zones = Intl.supportedValuesOf('timeZone');
    return zones.length > 0 ? [...zones] : FALLBACK_ZONES;
  } catch {
    return FALLBACK_ZONES;
  }
}

/**
 * The zones to choose from: the device's first, then every zone the browser knows (which always
 * includes the one saved now, even if the browser does not know it), alphabetically.
 */
export function timeZoneOptions(current: string, deviceLabel: (zone: string) => string) {
  const device = deviceTimeZone();
  const rest = new Set([...knownZones(), 'UTC', current]);
  if (device) rest.delete(device);
  return [
    ...(device ? [{ value: device, label: deviceLabel(device) }] : []),
    ...[...rest].sort().map((zone) => ({ value: zone, label: zone })),
  ];
}
