import { describe, expect, it } from 'vitest';
import { UK_DONOR_PROFILE, US_DONOR_PROFILE, WHO_DONOR_PROFILE } from './donor-eligibility.table.ts';
import {
  assessDonorOnDay,
  DEFAULT_DONOR_ELIGIBILITY_OPTIONS,
  type DonorScreening,
} from './donor-eligibility.ts';
import { hbInGPerDl } from './haemoglobin.ts';

const base: DonorScreening = {
  onDate: '2025-03-10',
  sex: 'female',
  birthDate: '1990-05-05',
  isFirstTimeDonor: false,
  hasGuardianConsent: false,
  hasCurrentAnnualReview: false,
  procedure: 'whole_blood',
  weightKg: 70,
  collectionVolumeMl: 500,
  hb: { value: 14, unit: 'g/dL' },
  hctPct: null,
  temperatureC: 36.8,
  systolicMmHg: 120,
  diastolicMmHg: 80,
  pulsePerMin: 70,
};
const codes = (d: ReturnType<typeof assessDonorOnDay>) => d.failures.map((f) => f.code);
const withHb = (value: number, over: Partial<DonorScreening> = {}) => ({
  ...base,
  hb: { value, unit: 'g/dL' as const },
  ...over,
});

describe('haemoglobin (AT-04)', () => {
  it('US female 12.4 → deferred low_hb for 90 days; 12.5 → eligible', () => {
    const low = assessDonorOnDay(withHb(12.4), US_DONOR_PROFILE);
    expect(low.outcome).toBe('deferred');
    expect(low.failures[0]).toMatchObject({
      code: 'hb_below_minimum',
      measured: 12.4,
      threshold: { min: 12.5, unit: 'g/dL' },
      jurisdiction: 'US',
    });
    expect(low.deferral).toEqual({
      reasonCode: 'low_hb',
      kind: 'temporary',
      startsOn: '2025-03-10',
      endsOn: '2025-06-08',
      source: 'automated_hb',
    });
    expect(assessDonorOnDay(withHb(12.5), US_DONOR_PROFILE)).toMatchObject({
      outcome: 'eligible',
      deferral: null,
      ruleSet: 'us-2025.1',
    });
  });

  it('US male 12.9 deferred, 13.0 eligible; 130 g/L is 13.0 g/dL', () => {
    expect(assessDonorOnDay(withHb(12.9, { sex: 'male' }), US_DONOR_PROFILE).outcome).toBe('deferred');
    expect(assessDonorOnDay(withHb(13.0, { sex: 'male' }), US_DONOR_PROFILE).outcome).toBe('eligible');
    expect(hbInGPerDl({ value: 130, unit: 'g/L' })).toBe(13);
    expect(
      assessDonorOnDay({ ...base, sex: 'male', hb: { value: 130, unit: 'g/L' } }, US_DONOR_PROFILE).outcome,
    ).toBe('eligible');
    expect(hbInGPerDl({ value: 8, unit: 'mmol/L' })).toBe(12.89);
  });

  it('UK male 13.4 deferred, 13.5 eligible', () => {
    expect(codes(assessDonorOnDay(withHb(13.4, { sex: 'male' }), UK_DONOR_PROFILE))).toEqual([
      'hb_below_minimum',
    ]);
    expect(assessDonorOnDay(withHb(13.5, { sex: 'male' }), UK_DONOR_PROFILE).outcome).toBe('eligible');
  });

  it('US female 12.0–12.5 only with the iron-protection flag', () => {
    const iron = { ...DEFAULT_DONOR_ELIGIBILITY_OPTIONS, ironProtectionProcedure: true };
    expect(assessDonorOnDay(withHb(12.0), US_DONOR_PROFILE).outcome).toBe('deferred');
    expect(assessDonorOnDay(withHb(12.0), US_DONOR_PROFILE, iron).outcome).toBe('eligible');
    expect(assessDonorOnDay(withHb(11.9), US_DONOR_PROFILE, iron).outcome).toBe('deferred');
    // No such exception in the UK profile.
    expect(assessDonorOnDay(withHb(12.2), UK_DONOR_PROFILE, iron).outcome).toBe('deferred');
  });

  it('haematocrit as the alternative: female 38 % eligible, 37 % deferred; 36 % with iron protection', () => {
    const hct = (hctPct: number) => ({ ...base, hb: null, hctPct });
    expect(assessDonorOnDay(hct(38), US_DONOR_PROFILE).outcome).toBe('eligible');
    expect(assessDonorOnDay(hct(37), US_DONOR_PROFILE)).toMatchObject({
      outcome: 'deferred',
      deferral: { reasonCode: 'low_hb' },
    });
    expect(
      assessDonorOnDay(hct(36), US_DONOR_PROFILE, {
        ...DEFAULT_DONOR_ELIGIBILITY_OPTIONS,
        ironProtectionProcedure: true,
      }).outcome,
    ).toBe('eligible');
    expect(assessDonorOnDay({ ...base, hb: null }, US_DONOR_PROFILE)).toMatchObject({
      outcome: 'incomplete',
      missing: ['hb_or_hct'],
    });
  });

  it('double red cells: US 13.3, UK 14.0; the low_hb deferral length is configurable', () => {
    const drbc = (value: number) => withHb(value, { sex: 'male', procedure: 'double_rbc' });
    expect(codes(assessDonorOnDay(drbc(13.2), US_DONOR_PROFILE))).toEqual(['double_rbc_hb_below_minimum']);
    expect(assessDonorOnDay(drbc(13.3), US_DONOR_PROFILE).outcome).toBe('eligible');
    expect(assessDonorOnDay(drbc(13.9), UK_DONOR_PROFILE).outcome).toBe('deferred');
    const short = assessDonorOnDay(withHb(12.0), US_DONOR_PROFILE, {
      ...DEFAULT_DONOR_ELIGIBILITY_OPTIONS,
      lowHbDeferralDays: 1,
    });
    expect(short.deferral?.endsOn).toBe('2025-03-11');
  });
});

describe('age, weight and vitals', () => {
  it('age: US 17, 16 with consent; WHO 18–65; UK first-time ≤ 65 and annual review from 66', () => {
    const sixteen = { ...base, birthDate: '2008-03-11' };
    expect(codes(assessDonorOnDay(sixteen, US_DONOR_PROFILE))).toEqual(['age_below_minimum']);
    expect(assessDonorOnDay({ ...sixteen, hasGuardianConsent: true }, US_DONOR_PROFILE).outcome).toBe(
      'eligible',
    );
    expect(codes(assessDonorOnDay({ ...base, birthDate: '2007-03-11' }, WHO_DONOR_PROFILE))).toEqual([
      'age_below_minimum',
    ]);
    expect(codes(assessDonorOnDay({ ...base, birthDate: '1959-03-10' }, WHO_DONOR_PROFILE))).toEqual([
      'age_above_maximum',
    ]);
    expect(assessDonorOnDay({ ...base, birthDate: '1959-03-11' }, WHO_DONOR_PROFILE).outcome).toBe(
      'eligible',
    );
    expect(
      codes(assessDonorOnDay({ ...base, birthDate: '1959-03-10', isFirstTimeDonor: true }, UK_DONOR_PROFILE)),
    ).toEqual(['age_first_time_above_maximum']);
    expect(assessDonorOnDay({ ...base, birthDate: '1959-03-10' }, UK_DONOR_PROFILE).outcome).toBe(
      'refer_to_physician',
    );
    expect(
      assessDonorOnDay({ ...base, birthDate: '1959-03-10', hasCurrentAnnualReview: true }, UK_DONOR_PROFILE)
        .outcome,
    ).toBe('eligible');
  });

  it('weight: 50 kg passes, 49.9 fails; WHO 45 kg for a 350 mL bag', () => {
    expect(
      assessDonorOnDay({ ...base, weightKg: 50, collectionVolumeMl: 500 }, US_DONOR_PROFILE).outcome,
    ).toBe('eligible');
    expect(
      codes(assessDonorOnDay({ ...base, weightKg: 49.9, collectionVolumeMl: 450 }, US_DONOR_PROFILE)),
    ).toEqual(['weight_below_minimum']);
    expect(
      assessDonorOnDay({ ...base, weightKg: 46, collectionVolumeMl: 350 }, WHO_DONOR_PROFILE).outcome,
    ).toBe('eligible');
    expect(
      codes(assessDonorOnDay({ ...base, weightKg: 46, collectionVolumeMl: 450 }, WHO_DONOR_PROFILE)),
    ).toEqual(['weight_below_minimum']);
    expect(
      codes(assessDonorOnDay({ ...base, weightKg: 50, collectionVolumeMl: 530 }, US_DONOR_PROFILE)),
    ).toEqual(['collection_volume_above_maximum']);
  });

  it('US vitals inclusive at the limits; pulse outside 50–100 refers to a physician', () => {
    const ok = { ...base, temperatureC: 37.5, systolicMmHg: 180, diastolicMmHg: 50, pulsePerMin: 100 };
    expect(assessDonorOnDay(ok, US_DONOR_PROFILE).outcome).toBe('eligible');
    expect(codes(assessDonorOnDay({ ...ok, temperatureC: 37.6 }, US_DONOR_PROFILE))).toEqual([
      'temperature_above_maximum',
    ]);
    expect(
      codes(assessDonorOnDay({ ...ok, systolicMmHg: 181, diastolicMmHg: 101 }, US_DONOR_PROFILE)),
    ).toEqual(['systolic_out_of_range', 'diastolic_out_of_range']);
    const pulse = assessDonorOnDay({ ...ok, pulsePerMin: 49 }, US_DONOR_PROFILE);
    expect(pulse).toMatchObject({ outcome: 'refer_to_physician', deferral: null });
    expect(pulse.failures[0]?.threshold).toEqual({ min: 50, max: 100, unit: '/min' });
  });

  it('WHO pulse must be below 100; UK leaves vitals to local policy', () => {
    expect(codes(assessDonorOnDay({ ...base, pulsePerMin: 100 }, WHO_DONOR_PROFILE))).toEqual([
      'pulse_out_of_range',
    ]);
    expect(
      assessDonorOnDay(
        { ...base, temperatureC: null, pulsePerMin: null, systolicMmHg: null, diastolicMmHg: null },
        UK_DONOR_PROFILE,
      ).outcome,
    ).toBe('eligible');
  });

  it('reports every failure at once, with sources', () => {
    const result = assessDonorOnDay({ ...withHb(11), weightKg: 45, temperatureC: 38 }, US_DONOR_PROFILE);
    expect(codes(result)).toEqual([
      'weight_below_minimum',
      'collection_volume_above_maximum',
      'hb_below_minimum',
      'temperature_above_maximum',
    ]);
    expect(result.failures.every((f) => f.source.length > 0)).toBe(true);
  });
});
