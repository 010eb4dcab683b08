import { describe, expect, it } from 'vitest';
import { checkDosage, type DosageDraft, dosageDefaultsFor, emptyDosage } from './dosage-form.ts';

const draft = (changes: Partial<DosageDraft>): DosageDraft => ({ ...emptyDosage('2026-03-04'), ...changes });

describe('the dosage form', () => {
  it('gives the structured dosage of each kind of timing', () => {
    expect(checkDosage(draft({ timesPerDay: '2', durationDays: '7' })).dosage).toEqual({
      doseQuantity: 1,
      doseUnit: 'tablet',
      route: 'oral',
      timing: { kind: 'times-per-day', timesPerDay: 2 },
      startDate: '2026-03-04',
      durationDays: 7,
      instructions: null,
    });
    expect(
      checkDosage(draft({ timingKind: 'at-times', times: ['20:00', '', '08:00'] })).dosage?.timing,
    ).toEqual({ kind: 'at-times', times: ['08:00', '20:00'] });
    expect(
      checkDosage(draft({ timingKind: 'every-hours', everyHours: '8', firstDoseAt: '06:00' })).dosage?.timing,
    ).toEqual({ kind: 'every-hours', everyHours: 8, firstDoseAt: '06:00' });
    expect(
      checkDosage(draft({ timingKind: 'weekly', weekdays: ['fri', 'mon'], times: ['09:00'] })).dosage?.timing,
    ).toEqual({ kind: 'weekly', weekdays: ['mon', 'fri'], times: ['09:00'] });
    expect(
      checkDosage(
        draft({ timingKind: 'as-needed', minIntervalHours: '4,5', maxDosesPerDay: '4', reason: ' pain ' }),
      ).dosage?.timing,
    ).toEqual({ kind: 'as-needed', minIntervalHours: 4.5, maxDosesPerDay: 4, reason: 'pain' });
  });

  it('says what is wrong, field by field', () => {
    expect(checkDosage(draft({ doseQuantity: '0', startDate: '2026-02-30' })).errors).toEqual({
      doseQuantity: 'Enter an amount above 0',
      startDate: 'Enter a date, like 2026-09-01',
    });
    expect(checkDosage(draft({ timingKind: 'at-times', times: ['08:00', '08:00'] })).errors).toEqual({
      times: 'Enter each time only once',
    });
    expect(checkDosage(draft({ timingKind: 'weekly', weekdays: [], times: [''] })).errors).toEqual({
      times: 'Enter at least one time',
      weekdays: 'Choose at least one day',
    });
    expect(checkDosage(draft({ durationDays: '1.5' })).errors).toEqual({
      durationDays: 'Enter a whole number',
    });
  });

  it('starts a product with its usual unit and route', () => {
    expect(dosageDefaultsFor('modified-release-capsule')).toEqual({ doseUnit: 'capsule', route: 'oral' });
    expect(dosageDefaultsFor('sublingual-tablet')).toEqual({ doseUnit: 'tablet', route: 'sublingual' });
    expect(dosageDefaultsFor('inhaler')).toEqual({ doseUnit: 'puff', route: 'inhaled' });
    expect(dosageDefaultsFor('eye-drops')).toEqual({ doseUnit: 'drop', route: 'ophthalmic' });
  });
});
