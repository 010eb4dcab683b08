import type { CodeableConcept, Observation, ObservationComponent } from '@medplum/fhirtypes';
import { LAB_TESTS, type LoincTest, VITAL_SIGNS } from '@nexus/clinical';
import type { ObservationSeries, ReferenceRange, ResultFlag, SeriesPoint } from '@nexus/contracts';
import type { PatientContext } from './demographics.presenter.ts';
import { instantOf, toIsoDateTime } from './fhir-values.ts';
import { effectiveOf, numericQuantity, readValue } from './measurement.presenter.ts';
import { readAgainstTable, unitConversion } from './measurement-reading.ts';
import {
  displayCoding,
  isBloodPressurePanel,
  isVoidObservation,
  loincCodeOf,
  loincTestOf,
  measurementKey,
  observationCategory,
  unitDisplay,
} from './observation-codes.ts';

/** A change beyond this share of the reference range (or of the previous value) is a trend. */
const TREND_THRESHOLD = 0.05;

type Sample = {
  key: string;
  concept: CodeableConcept | undefined;
  observationId: string;
  effective: string;
  value: number;
  unit: string | null;
  flag: ResultFlag | null;
  ownRange: ReferenceRange | null;
};

/**
 * Each measured quantity of the category over time, oldest first: one series per code, blood
 * pressure as a systolic and a diastolic series. Only plain numbers are plotted; values in an
 * alternate unit are converted to the test's canonical unit, and values in a unit that cannot be
 * converted are left out rather than drawn on the wrong scale.
 */
export function buildSeries(input: {
  observations: readonly Observation[];
  category: 'vital-signs' | 'laboratory';
  ctx: PatientContext;
}): ObservationSeries[] {
  const { observations, category, ctx } = input;
  const groups = new Map<string, Sample[]>();
  for (const o of observations) {
    if (isVoidObservation(o) || observationCategory(o) !== category) continue;
    for (const sample of samplesOf(o, ctx)) {
      const group = groups.get(sample.key) ?? [];
      group.push(sample);
      groups.set(sample.key, group);
    }
  }
  const order = (category === 'vital-signs' ? VITAL_SIGNS : LAB_TESTS).map((test) => test.code);
  const series = [...groups.values()]
    .map((samples) => seriesOf(samples, category, ctx))
    .filter((s): s is ObservationSeries => s !== null);
  const rank = (s: ObservationSeries) => {
    const index = s.code.code === null ? -1 : order.indexOf(s.code.code);
    return index === -1 ? order.length : index;
  };
  return series.sort((a, b) => rank(a) - rank(b) || a.code.display.localeCompare(b.code.display));
}

function samplesOf(o: Observation, ctx: PatientContext): Sample[] {
  const effective = toIsoDateTime(effectiveOf(o));
  if (!o.id || !effective) return [];
  const parts: (Observation | ObservationComponent)[] =
    isBloodPressurePanel(o) || numericOf(o) === null ? (o.component ?? []) : [o];
  return parts.flatMap((part) => {
    const quantity = numericOf(part);
    if (!quantity) return [];
    const { flag, ownRange } = readValue(part, ctx);
    return [
      {
        key: measurementKey(part.code),
        concept: part.code,
        observationId: o.id ?? '',
        effective,
        value: quantity.value,
        unit: quantity.unit,
        flag,
        ownRange,
      },
    ];
  });
}

function numericOf(part: Observation | ObservationComponent) {
  return (
    numericQuantity(part.valueQuantity) ??
    (typeof part.valueInteger === 'number' ? { value: part.valueInteger, unit: null } : null)
  );
}

function seriesOf(samples: Sample[], category: ObservationSeries['category'], ctx: PatientContext) {
  const sorted = [...samples].sort(
    (a, b) =>
      (instantOf(a.effective) ?? 0) - (instantOf(b.effective) ?? 0) ||
      a.observationId.localeCompare(b.observationId),
  );
  const latest = sorted.at(-1);
  if (!latest) return null;
  const test = loincTestOf(latest.concept);
  // Unknown tests are plotted in the unit of their latest result.
  const unit = test?.unit ?? latest.unit;
  const points: SeriesPoint[] = sorted.flatMap((sample) => {
    const value = toUnit(sample.value, sample.unit, unit, test);
    return value === null
      ? []
      : [{ observationId: sample.observationId, effective: sample.effective, value, flag: sample.flag }];
  });
  const last = points.at(-1);
  if (!last) return null;
  const shownUnit = unitDisplay(unit, test);
  const loinc = loincCodeOf(latest.concept);
  const tableRange =
    loinc && unit !== null ? readAgainstTable(loinc, last.value, unit, ctx)?.range : undefined;
  const ownRange = latest.ownRange?.unit === shownUnit ? latest.ownRange : null;
  const referenceRange = tableRange ?? ownRange;
  return {
    code: displayCoding(latest.concept),
    category,
    unit: shownUnit,
    referenceRange,
    trend: trendOf(points, referenceRange),
    points,
  } satisfies ObservationSeries;
}

/** The value in the series unit: as is, converted from another unit of the test, or null. */
function toUnit(value: number, unit: string | null, target: string | null, test: LoincTest | undefined) {
  if (unit === target) return value;
  if (!test || target !== test.unit) return null;
  const conversion = unitConversion(test, unit);
  return conversion ? conversion.toCanonical(value) : null;
}

/**
 * Rising or falling when the last change exceeds 5 % of the reference range's width, or of the
 * previous value when the range has no two bounds; else steady. Null with fewer than two points.
 */
export function trendOf(
  points: readonly SeriesPoint[],
  range: ReferenceRange | null,
): ObservationSeries['trend'] {
  const previous = points.at(-2);
  const last = points.at(-1);
  if (!previous || !last) return null;
  const width = range && range.low !== null && range.high !== null ? range.high - range.low : null;
  const scale = width !== null && width > 0 ? width : Math.abs(previous.value);
  const change = last.value - previous.value;
  if (Math.abs(change) <= TREND_THRESHOLD * scale) return 'steady';
  return change > 0 ? 'rising' : 'falling';
}
