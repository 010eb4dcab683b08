import { RecordVitalsRequest } from '@nexus/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLocalDateTimeInput } from './form-values.ts';
import { BLOOD_PRESSURE_FIELDS, checkVitals, OTHER_VITAL_FIELDS } from './vitals-form.ts';

const now = new Date('2026-03-01T09:30:00.000Z');
const takenAt = toLocalDateTimeInput(new Date('2026-03-01T09:00:00.000Z'));

describe('the vital signs form', () => {
  it('sends a blood pressure of 132/84 mmHg as its two numbers, with the time it was taken', () => {
    const { request, errors } = checkVitals({ takenAt, systolicMmHg: '132', diastolicMmHg: '84' }, now);
    expect(errors).toEqual({});
    expect(request).toEqual({ effective: '2026-03-01T09:00:00.000Z', systolicMmHg: 132, diastolicMmHg: 84 });
  });

  it('asks for both blood pressure numbers, the systolic higher', () => {
    expect(checkVitals({ takenAt, systolicMmHg: '132' }, now).errors).toEqual({
      diastolicMmHg: 'Enter the diastolic pressure too',
    });
    expect(checkVitals({ takenAt, diastolicMmHg: '84' }, now).errors).toEqual({
      systolicMmHg: 'Enter the systolic pressure too',
    });
    expect(checkVitals({ takenAt, systolicMmHg: '80', diastolicMmHg: '84' }, now).errors).toEqual({
      systolicMmHg: 'Systolic must be higher than diastolic',
    });
  });

  it('takes its bounds and whole-number rules from the contract, with the unit in the message', () => {
    expect(BLOOD_PRESSURE_FIELDS[0]).toMatchObject({
      key: 'systolicMmHg',
      min: 40,
      max: 300,
      isInteger: true,
    });
    const temperature = OTHER_VITAL_FIELDS.find((field) => field.key === 'temperatureC');
    expect(temperature).toMatchObject({ unit: '°C', min: 30, max: 45, isInteger: false });
    expect(checkVitals({ takenAt, temperatureC: '37,8' }, now).request).toMatchObject({ temperatureC: 37.8 });
    expect(checkVitals({ takenAt, temperatureC: '46' }, now).errors).toEqual({
      temperatureC: 'Enter a value from 30 to 45 °C',
    });
    expect(checkVitals({ takenAt, heartRateBpm: '72.5' }, now).errors).toEqual({
      heartRateBpm: 'Enter a whole number',
    });
    expect(checkVitals({ takenAt, weightKg: 'heavy' }, now).errors).toEqual({ weightKg: 'Enter a number' });
  });

  it('needs at least one sign and a time that is not in the future', () => {
    expect(checkVitals({ takenAt }, now).errors).toEqual({ form: 'Enter at least one vital sign' });
    const tomorrow = toLocalDateTimeInput(new Date('2026-03-02T09:00:00.000Z'));
    expect(checkVitals({ takenAt: tomorrow, heartRateBpm: '72' }, now).errors).toEqual({
      takenAt: 'This is in the future. Enter when it was taken.',
    });
    expect(checkVitals({ takenAt: '', heartRateBpm: '72' }, now).errors).toEqual({
      takenAt: 'Enter the date and time',
    });
  });

  it('sends only what the contract accepts, and accepts every pair it would (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (systolic, diastolic) => {
          const { request } = checkVitals(
            { takenAt, systolicMmHg: String(systolic), diastolicMmHg: String(diastolic) },
            now,
          );
          const contract = RecordVitalsRequest.safeParse({
            effective: '2026-03-01T09:00:00.000Z',
            systolicMmHg: systolic,
            diastolicMmHg: diastolic,
          });
          expect(request !== null).toBe(contract.success);
        },
      ),
    );
  });
});
