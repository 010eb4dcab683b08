import type { Observation, ObservationComponent, Quantity } from '@medplum/fhirtypes';
import { LOINC, SYSTEMS } from '@nexus/clinical';
import type { MeasuredValue, Measurement, ReferenceRange } from '@nexus/contracts';
import type { PatientContext } from './demographics.presenter.ts';
import { firstOf, periodStart, toCoding, toIsoDateTime } from './fhir-values.ts';
import {
  flagFromInterpretation,
  flagFromOwnRange,
  type Reading,
  rangeFromResource,
  readAgainstTable,
  unitOf,
  worstFlag,
} from './measurement-reading.ts';
import {
  displayCoding,
  isBloodPressurePanel,
  loincCodeOf,
  loincTestOf,
  observationCategory,
  unitDisplay,
} from './observation-codes.ts';

/**
 * One observation as the portals show it. The flag is the resource's own interpretation when it has
 * one (the lab knows its method), else the curated table's reading for this patient; the range is
 * the resource's own, else the table's.
 */
export function presentMeasurement(o: Observation, ctx: PatientContext): Measurement {
  const reading = isBloodPressurePanel(o) ? bloodPressureReading(o, ctx) : singleReading(o, ctx);
  return {
    id: o.id ?? '',
    code: displayCoding(o.code),
    category: observationCategory(o),
    effective: toIsoDateTime(effectiveOf(o)),
    value: measuredValue(o),
    flag: reading.flag,
    referenceRange: reading.range,
    status: o.status ?? 'unknown',
  };
}

/** When the observation was true of the patient (or was issued, when that is all we have). */
export function effectiveOf(o: Observation): string | null {
  return firstOf(o.effectiveDateTime, periodStart(o.effectivePeriod), o.effectiveInstant, o.issued);
}

/** A plain number with a unit: no comparator ("< 0.01" is not 0.01). */
export function numericQuantity(
  quantity: Quantity | undefined,
): { value: number; unit: string | null } | null {
  if (!quantity || quantity.comparator || typeof quantity.value !== 'number') return null;
  return { value: quantity.value, unit: unitOf(quantity) };
}

/** Reads one number (an observation's value or a component's) for flag and range. */
export function readValue(
  part: Observation | ObservationComponent,
  ctx: PatientContext,
): Reading & { ownRange: ReferenceRange | null } {
  const ownRange = rangeFromResource(part.referenceRange);
  const stated = flagFromInterpretation(part.interpretation);
  const loinc = loincCodeOf(part.code);
  const quantity =
    numericQuantity(part.valueQuantity) ??
    (typeof part.valueInteger === 'number' ? { value: part.valueInteger, unit: null } : null);
  const table = quantity && loinc ? readAgainstTable(loinc, quantity.value, quantity.unit, ctx) : null;
  const flag = stated ?? table?.flag ?? (quantity ? flagFromOwnRange(quantity.value, ownRange) : null);
  return { flag, range: ownRange ?? table?.range ?? null, ownRange };
}

function singleReading(o: Observation, ctx: PatientContext): Reading {
  const { flag, range } = readValue(o, ctx);
  return { flag, range };
}

/** Systolic first, then diastolic, then anything else the panel carries. */
export function orderedComponents(o: Observation): ObservationComponent[] {
  const rank = (component: ObservationComponent) => {
    const code = loincCodeOf(component.code);
    if (code === LOINC.systolic) return 0;
    if (code === LOINC.diastolic) return 1;
    return 2;
  };
  return [...(o.component ?? [])].sort((a, b) => rank(a) - rank(b));
}

function bloodPressureReading(o: Observation, ctx: PatientContext): Reading {
  const parts = orderedComponents(o).map((component) => ({ component, reading: readValue(component, ctx) }));
  const flag = flagFromInterpretation(o.interpretation) ?? worstFlag(parts.map((part) => part.reading.flag));
  const own = rangeFromResource(o.referenceRange);
  if (own) return { flag, range: own };
  const texts = parts
    .filter((part) => part.reading.range !== null)
    .map((part) => `${componentLabel(part.component)} ${part.reading.range?.text ?? ''}`.trim());
  const range: ReferenceRange | null =
    texts.length > 0 ? { low: null, high: null, unit: 'mmHg', text: texts.join(', ') } : null;
  return { flag, range };
}

function componentLabel(component: ObservationComponent): string {
  const code = loincCodeOf(component.code);
  if (code === LOINC.systolic) return 'systolic';
  if (code === LOINC.diastolic) return 'diastolic';
  return displayCoding(component.code).display;
}

function measuredValue(o: Observation): MeasuredValue | null {
  if ((o.component?.length ?? 0) > 0 && (isBloodPressurePanel(o) || !hasOwnValue(o)))
    return componentsValue(o);
  return ownValue(o);
}

function hasOwnValue(o: Observation | ObservationComponent): boolean {
  return ownValue(o) !== null;
}

function ownValue(part: Observation | ObservationComponent): MeasuredValue | null {
  const test = loincTestOf(part.code);
  const quantity = part.valueQuantity;
  if (quantity && typeof quantity.value === 'number') {
    if (quantity.comparator) {
      return {
        kind: 'text',
        text: `${quantity.comparator} ${quantity.value} ${quantityUnitText(quantity, test)}`.trim(),
      };
    }
    return { kind: 'quantity', value: quantity.value, unit: unitDisplay(unitOf(quantity), test) };
  }
  if (typeof part.valueInteger === 'number')
    return { kind: 'quantity', value: part.valueInteger, unit: null };
  if (part.valueCodeableConcept) {
    return { kind: 'coded', coding: toCoding(part.valueCodeableConcept, [SYSTEMS.snomed, SYSTEMS.loinc]) };
  }
  if (typeof part.valueString === 'string' && part.valueString.trim())
    return { kind: 'text', text: part.valueString };
  if (typeof part.valueBoolean === 'boolean') return { kind: 'text', text: part.valueBoolean ? 'Yes' : 'No' };
  if (part.valueRange) {
    const low = part.valueRange.low?.value;
    const high = part.valueRange.high?.value;
    const unit = unitDisplay(unitOf(part.valueRange.low) ?? unitOf(part.valueRange.high), test) ?? '';
    return { kind: 'text', text: `${low ?? '?'}–${high ?? '?'} ${unit}`.trim() };
  }
  if (part.valueRatio) {
    return {
      kind: 'text',
      text: `${part.valueRatio.numerator?.value ?? '?'}/${part.valueRatio.denominator?.value ?? '?'}`,
    };
  }
  const when = firstOf(part.valueDateTime, part.valueTime, periodStart(part.valuePeriod));
  return when ? { kind: 'text', text: when } : null;
}

function quantityUnitText(quantity: Quantity, test: ReturnType<typeof loincTestOf>): string {
  return unitDisplay(unitOf(quantity), test) ?? '';
}

function componentsValue(o: Observation): MeasuredValue {
  const components = orderedComponents(o).map((component) => {
    const test = loincTestOf(component.code);
    const quantity = numericQuantity(component.valueQuantity);
    return {
      code: displayCoding(component.code),
      value: quantity?.value ?? (typeof component.valueInteger === 'number' ? component.valueInteger : null),
      unit: quantity ? unitDisplay(quantity.unit, test) : null,
    };
  });
  if (isBloodPressurePanel(o)) {
    const systolic = components.find((c) => c.code.code === LOINC.systolic)?.value ?? null;
    const diastolic = components.find((c) => c.code.code === LOINC.diastolic)?.value ?? null;
    // Blood pressure is read in whole mmHg; devices and generators report decimals.
    const show = (value: number | null) => (value === null ? '?' : String(Math.round(value)));
    return { kind: 'components', components, text: `${show(systolic)}/${show(diastolic)} mmHg` };
  }
  const text = orderedComponents(o)
    .map((component) => {
      const value = ownValue(component);
      return `${displayCoding(component.code).display}: ${value ? valueText(value) : 'no value'}`;
    })
    .join('; ');
  return { kind: 'components', components, text };
}

/** A measured value as one line of text ("6.1 %", "128/82 mmHg", "Never smoker"). */
export function valueText(value: MeasuredValue, format: (n: number) => string = String): string {
  switch (value.kind) {
    case 'quantity':
      return value.unit ? `${format(value.value)} ${value.unit}` : format(value.value);
    case 'components':
      return value.text;
    case 'coded':
      return value.coding.display;
    case 'text':
      return value.text;
  }
}
