import { formatTiming } from '@medplum/core';
import type { Dosage, Quantity, Range } from '@medplum/fhirtypes';
import { nonEmpty, toCoding, UNKNOWN_LABEL } from './fhir-values.ts';

/**
 * Dosage instructions as one line a patient can read: the prescriber's text when there is one,
 * else built from dose, route, timing and "as needed" ("1 tablet by mouth, 2 times per day, as needed").
 */
export function dosageText(dosages: readonly Dosage[] | undefined): string | null {
  const lines = [...(dosages ?? [])]
    .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0))
    .map(oneDosage)
    .filter((line): line is string => line !== null);
  return lines.length > 0 ? lines.join('; then ') : null;
}

function oneDosage(dosage: Dosage): string | null {
  const text = nonEmpty(dosage.text);
  if (text) return text;
  const dose = doseText(dosage);
  const route = dosage.route ? routeText(dosage.route) : null;
  const parts = [
    [dose, route].filter((part) => part !== null).join(' '),
    timingText(dosage),
    asNeededText(dosage),
    nonEmpty(dosage.patientInstruction) ?? null,
  ].filter((part): part is string => part !== null && part !== '');
  if (parts.length === 0) return null;
  const line = parts.join(', ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

function doseText(dosage: Dosage): string | null {
  const doseAndRate = dosage.doseAndRate?.[0];
  if (doseAndRate?.doseQuantity) return quantityText(doseAndRate.doseQuantity);
  if (doseAndRate?.doseRange) return rangeText(doseAndRate.doseRange);
  return null;
}

function timingText(dosage: Dosage): string | null {
  const timing = dosage.timing;
  if (!timing) return null;
  const coded = timing.code ? toCoding(timing.code).display : UNKNOWN_LABEL;
  if (coded !== UNKNOWN_LABEL) return coded;
  // formatTiming leaves out a few repeat fields; it is enough for frequency per period and weekdays.
  return nonEmpty(formatTiming(timing).toLowerCase()) ?? null;
}

function asNeededText(dosage: Dosage): string | null {
  if (dosage.asNeededCodeableConcept)
    return `as needed for ${toCoding(dosage.asNeededCodeableConcept).display}`;
  return dosage.asNeededBoolean ? 'as needed' : null;
}

/** Routes by their SNOMED CT code, in words; anything else by its display. */
const ROUTES: Record<string, string> = {
  '26643006': 'by mouth',
  '47625008': 'into a vein',
  '78421000': 'into a muscle',
  '34206005': 'under the skin',
  '37161004': 'rectally',
  '46713006': 'into the nose',
  '6064005': 'on the skin',
  '447694001': 'by inhalation',
  '37839007': 'under the tongue',
};

function routeText(route: NonNullable<Dosage['route']>): string | null {
  const code = route.coding?.find((coding) => coding.code && ROUTES[coding.code])?.code;
  if (code) return ROUTES[code] ?? null;
  const display = toCoding(route).display;
  return display === UNKNOWN_LABEL ? null : display.toLowerCase();
}

function quantityText(quantity: Quantity): string | null {
  if (quantity.value === undefined) return null;
  const unit = nonEmpty(quantity.unit) ?? nonEmpty(quantity.code);
  return unit ? `${quantity.value} ${unit}` : String(quantity.value);
}

function rangeText(range: Range): string | null {
  const low = range.low ? quantityText(range.low) : null;
  const high = range.high ? quantityText(range.high) : null;
  if (low && high) return `${low} to ${high}`;
  return low ?? high;
}
