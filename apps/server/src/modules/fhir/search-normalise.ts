/**
 * String search in FHIR is case- and accent-insensitive ("Muller" finds "Müller"): indexed strings
 * and search values go through the same normalisation.
 */
export function normaliseSearchString(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
