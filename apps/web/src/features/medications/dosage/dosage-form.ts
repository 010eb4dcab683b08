import {
  type Dosage,
  type DoseTiming,
  DoseUnit,
  Route,
  type TimeOfDay,
  WEEKDAYS,
  type Weekday,
} from '@nexus/clinical';
import { isCalendarDate, parseNumber } from '../../records/writing/form-values.ts';
import { dosageStrings as s } from './dosage.strings.ts';

export type TimingKind = DoseTiming['kind'];
export const TIMING_KINDS: readonly TimingKind[] = [
  'times-per-day',
  'at-times',
  'every-hours',
  'weekly',
  'as-needed',
];
export const EVERY_HOURS = [1, 2, 3, 4, 6, 8, 12, 24] as const;
export const TIMES_PER_DAY = [1, 2, 3, 4, 5, 6] as const;
export const DOSE_UNITS: readonly DoseUnit[] = DoseUnit.options;
export const ROUTES: readonly Route[] = Route.options;
export { WEEKDAYS };

const MAX_TIMES = 12;
const INSTRUCTIONS_MAX = 500;
const REASON_MAX = 200;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The dosage as the form holds it: text as typed, every timing's fields kept while another is chosen. */
export type DosageDraft = {
  doseQuantity: string;
  doseUnit: DoseUnit;
  route: Route;
  timingKind: TimingKind;
  timesPerDay: string;
  /** Clock times of "at set times" and "on some weekdays". */
  times: string[];
  everyHours: string;
  firstDoseAt: string;
  weekdays: Weekday[];
  minIntervalHours: string;
  maxDosesPerDay: string;
  reason: string;
  startDate: string;
  durationDays: string;
  instructions: string;
};

export type DosageField =
  | 'doseQuantity'
  | 'times'
  | 'firstDoseAt'
  | 'weekdays'
  | 'minIntervalHours'
  | 'maxDosesPerDay'
  | 'reason'
  | 'startDate'
  | 'durationDays'
  | 'instructions';
export type DosageErrors = Partial<Record<DosageField, string>>;

type FormDefaults = { doseUnit: DoseUnit; route: Route };

/** The usual unit and route of a catalogue dose form ("modified-release-tablet": tablets by mouth). */
const FORM_DEFAULTS: ReadonlyArray<[pattern: RegExp, defaults: FormDefaults]> = [
  [/^sublingual-tablet$/, { doseUnit: 'tablet', route: 'sublingual' }],
  [/tablet$/, { doseUnit: 'tablet', route: 'oral' }],
  [/capsule$/, { doseUnit: 'capsule', route: 'oral' }],
  [/^oral-/, { doseUnit: 'mL', route: 'oral' }],
  [/^sachet$/, { doseUnit: 'sachet', route: 'oral' }],
  [/injection$/, { doseUnit: 'mL', route: 'subcutaneous' }],
  [/^inhaler$/, { doseUnit: 'puff', route: 'inhaled' }],
  [/^(nebuliser-solution|inhalation-vapour)$/, { doseUnit: 'mL', route: 'inhaled' }],
  [/^nasal-spray$/, { doseUnit: 'puff', route: 'nasal' }],
  [/^nasal-solution$/, { doseUnit: 'drop', route: 'nasal' }],
  [/^sublingual-spray$/, { doseUnit: 'puff', route: 'sublingual' }],
  [/^eye-drops$/, { doseUnit: 'drop', route: 'ophthalmic' }],
  [/^(cream|gel|shampoo)$/, { doseUnit: 'application', route: 'topical' }],
  [/^patch$/, { doseUnit: 'patch', route: 'transdermal' }],
  [/^suppository$/, { doseUnit: 'suppository', route: 'rectal' }],
  [/^pessary$/, { doseUnit: 'suppository', route: 'vaginal' }],
];

export function dosageDefaultsFor(form: string): FormDefaults {
  return FORM_DEFAULTS.find(([pattern]) => pattern.test(form))?.[1] ?? { doseUnit: 'tablet', route: 'oral' };
}

/** A new dosage: one tablet by mouth once a day from today, for as long as it goes on. */
export const emptyDosage = (today: string): DosageDraft => ({
  doseQuantity: '1',
  doseUnit: 'tablet',
  route: 'oral',
  timingKind: 'times-per-day',
  timesPerDay: '1',
  times: ['08:00'],
  everyHours: '8',
  firstDoseAt: '06:00',
  weekdays: [],
  minIntervalHours: '4',
  maxDosesPerDay: '4',
  reason: '',
  startDate: today,
  durationDays: '',
  instructions: '',
});

type Checked<T> = { value: T } | { error: string };

function positive(text: string): Checked<number> {
  const value = parseNumber(text);
  if (value === null) return { error: s.numberRequired };
  if (value <= 0 || value > 10_000) return { error: s.quantityRange };
  return { value };
}

function wholeIn(text: string, min: number, max: number): Checked<number> {
  const value = parseNumber(text);
  if (value === null || !Number.isInteger(value)) return { error: s.wholeNumber };
  if (value < min || value > max) return { error: s.between(min, max) };
  return { value };
}

function clockTimes(times: readonly string[]): Checked<TimeOfDay[]> {
  const filled = times.map((time) => time.trim()).filter((time) => time !== '');
  if (filled.length === 0) return { error: s.timesRequired };
  if (filled.some((time) => !TIME.test(time))) return { error: s.timeInvalid };
  if (new Set(filled).size !== filled.length) return { error: s.timesDistinct };
  if (filled.length > MAX_TIMES) return { error: s.timesTooMany(MAX_TIMES) };
  return { value: [...filled].sort() };
}

function timingOf(draft: DosageDraft, errors: DosageErrors): DoseTiming | null {
  switch (draft.timingKind) {
    case 'times-per-day': {
      const count = wholeIn(draft.timesPerDay, 1, 6);
      return 'value' in count ? { kind: 'times-per-day', timesPerDay: count.value } : null;
    }
    case 'at-times': {
      const times = clockTimes(draft.times);
      if ('error' in times) errors.times = times.error;
      return 'value' in times ? { kind: 'at-times', times: times.value } : null;
    }
    case 'every-hours': {
      const hours = EVERY_HOURS.find((h) => String(h) === draft.everyHours);
      if (!TIME.test(draft.firstDoseAt)) errors.firstDoseAt = s.timeInvalid;
      return hours !== undefined && !errors.firstDoseAt
        ? { kind: 'every-hours', everyHours: hours, firstDoseAt: draft.firstDoseAt }
        : null;
    }
    case 'weekly': {
      const times = clockTimes(draft.times);
      if ('error' in times) errors.times = times.error;
      if (draft.weekdays.length === 0) errors.weekdays = s.weekdaysRequired;
      const weekdays = WEEKDAYS.filter((day) => draft.weekdays.includes(day));
      return 'value' in times && weekdays.length > 0
        ? { kind: 'weekly', weekdays, times: times.value }
        : null;
    }
    case 'as-needed': {
      const interval = parseNumber(draft.minIntervalHours);
      if (interval === null || interval < 0.5 || interval > 72) errors.minIntervalHours = s.intervalRange;
      const most = wholeIn(draft.maxDosesPerDay, 1, 24);
      if ('error' in most) errors.maxDosesPerDay = most.error;
      const reason = draft.reason.trim();
      if (reason.length > REASON_MAX) errors.reason = s.tooLong(REASON_MAX);
      return interval !== null && !errors.minIntervalHours && 'value' in most && !errors.reason
        ? {
            kind: 'as-needed',
            minIntervalHours: interval,
            maxDosesPerDay: most.value,
            reason: reason === '' ? null : reason,
          }
        : null;
    }
  }
}

/** The structured dosage the form describes, or what is wrong with it, field by field. */
export function checkDosage(draft: DosageDraft): { dosage: Dosage | null; errors: DosageErrors } {
  const errors: DosageErrors = {};
  const quantity = positive(draft.doseQuantity);
  if ('error' in quantity) errors.doseQuantity = quantity.error;
  const timing = timingOf(draft, errors);
  if (!isCalendarDate(draft.startDate)) errors.startDate = s.dateInvalid;
  let durationDays: number | null = null;
  if (draft.durationDays.trim() !== '') {
    const days = wholeIn(draft.durationDays, 1, 3650);
    if ('error' in days) errors.durationDays = days.error;
    else durationDays = days.value;
  }
  const instructions = draft.instructions.trim();
  if (instructions.length > INSTRUCTIONS_MAX) errors.instructions = s.tooLong(INSTRUCTIONS_MAX);
  if (Object.keys(errors).length > 0 || timing === null || 'error' in quantity)
    return { dosage: null, errors };
  return {
    dosage: {
      doseQuantity: quantity.value,
      doseUnit: draft.doseUnit,
      route: draft.route,
      timing,
      startDate: draft.startDate,
      durationDays,
      instructions: instructions === '' ? null : instructions,
    },
    errors,
  };
}
