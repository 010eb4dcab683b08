import { RecordVitalsRequest } from '@nexus/contracts';
import { isInFuture, localDateTimeToIso, parseNumber } from './form-values.ts';
import { writingStrings as s } from './writing.strings.ts';

export type VitalKey = Exclude<keyof RecordVitalsRequest, 'effective'>;

export type VitalField = {
  key: VitalKey;
  label: string;
  unit: string;
  min: number;
  max: number;
  isInteger: boolean;
};

/** Bounds and whole-number rules come from the contract, so the form asks exactly what the server takes. */
function field(key: VitalKey, label: string, unit: string): VitalField {
  const schema = RecordVitalsRequest.shape[key].unwrap();
  return {
    key,
    label,
    unit,
    min: schema.minValue ?? Number.NEGATIVE_INFINITY,
    max: schema.maxValue ?? Number.POSITIVE_INFINITY,
    isInteger: schema.isInt,
  };
}

export const BLOOD_PRESSURE_FIELDS = [
  field('systolicMmHg', s.systolic, 'mmHg'),
  field('diastolicMmHg', s.diastolic, 'mmHg'),
] as const;

export const OTHER_VITAL_FIELDS: readonly VitalField[] = [
  field('heartRateBpm', s.heartRate, 'beats/min'),
  field('respiratoryRatePerMin', s.respiratoryRate, 'breaths/min'),
  field('temperatureC', s.temperature, '°C'),
  field('oxygenSaturationPct', s.oxygenSaturation, '%'),
  field('weightKg', s.weight, 'kg'),
  field('heightCm', s.height, 'cm'),
];

const ALL_FIELDS: readonly VitalField[] = [...BLOOD_PRESSURE_FIELDS, ...OTHER_VITAL_FIELDS];

export type VitalsDraft = { takenAt: string } & Partial<Record<VitalKey, string>>;
export type VitalsErrors = Partial<Record<VitalKey | 'takenAt' | 'form', string>>;
export type CheckedVitals = { request: RecordVitalsRequest | null; errors: VitalsErrors };

function checkValue(spec: VitalField, text: string): { value?: number; error?: string } {
  const value = parseNumber(text);
  if (value === null) return { error: spec.isInteger ? s.wholeNumber : s.number };
  if (spec.isInteger && !Number.isInteger(value)) return { error: s.wholeNumber };
  if (value < spec.min || value > spec.max) return { error: s.between(spec.min, spec.max, spec.unit) };
  return { value };
}

/**
 * Checks the vital signs form: each number within its bounds, blood pressure as both numbers with the
 * systolic higher, at least one sign, and a time of measurement that is not in the future.
 */
export function checkVitals(draft: VitalsDraft, now: Date): CheckedVitals {
  const errors: VitalsErrors = {};
  const values: Partial<Record<VitalKey, number>> = {};
  for (const spec of ALL_FIELDS) {
    const text = draft[spec.key]?.trim() ?? '';
    if (text === '') continue;
    const { value, error } = checkValue(spec, text);
    if (error) errors[spec.key] = error;
    else values[spec.key] = value;
  }
  const hasSystolic = (draft.systolicMmHg?.trim() ?? '') !== '';
  const hasDiastolic = (draft.diastolicMmHg?.trim() ?? '') !== '';
  if (hasSystolic && !hasDiastolic) errors.diastolicMmHg = s.diastolicToo;
  if (hasDiastolic && !hasSystolic) errors.systolicMmHg = s.systolicToo;
  const { systolicMmHg, diastolicMmHg } = values;
  if (systolicMmHg !== undefined && diastolicMmHg !== undefined && systolicMmHg <= diastolicMmHg)
    errors.systolicMmHg = s.systolicAbove;
  const isEmpty = ALL_FIELDS.every((spec) => (draft[spec.key]?.trim() ?? '') === '');
  if (isEmpty) errors.form = s.atLeastOneVital;

  const effective = localDateTimeToIso(draft.takenAt);
  if (!effective) errors.takenAt = s.takenAtRequired;
  else if (isInFuture(effective, now)) errors.takenAt = s.takenAtFuture;

  if (Object.keys(errors).length > 0 || !effective) return { request: null, errors };
  // The contract has the last word: anything it refuses is not sent.
  const parsed = RecordVitalsRequest.safeParse({ effective, ...values });
  return parsed.success
    ? { request: parsed.data, errors }
    : { request: null, errors: { form: parsed.error.issues[0]?.message ?? s.atLeastOneVital } };
}
