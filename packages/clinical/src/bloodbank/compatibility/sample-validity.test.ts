import { describe, expect, it } from 'vitest';
import {
  isSampleValid,
  type SampleValidityInput,
  sampleValidity,
  sampleValidityPolicy,
} from './sample-validity.ts';

const london = sampleValidityPolicy('Europe/London');
const hours72 = sampleValidityPolicy('Europe/London', { threeDayMode: 'hours72' });
const transfused = (collectedAt: string): SampleValidityInput => ({
  collectedAt: new Date(collectedAt),
  history: 'recent',
  preAdmission: null,
});

describe('3-day rule (21 CFR 606.151(b), AT-14)', () => {
  const monday = transfused('2025-03-03T08:00:00Z'); // 08:00 GMT = London local

  it('calendarDays: valid through Thu 23:59, refused Fri 00:00 site time', () => {
    expect(sampleValidity(monday, london)).toEqual({
      validUntil: new Date('2025-03-07T00:00:00Z'),
      basis: 'three_day_rule',
    });
    expect(isSampleValid(monday, new Date('2025-03-06T23:59:00Z'), london)).toBe(true);
    expect(isSampleValid(monday, new Date('2025-03-06T23:59:59.999Z'), london)).toBe(true);
    expect(isSampleValid(monday, new Date('2025-03-07T00:00:00Z'), london)).toBe(false);
  });

  it('hours72: refused from Thu 08:00', () => {
    expect(isSampleValid(monday, new Date('2025-03-06T07:59:59Z'), hours72)).toBe(true);
    expect(isSampleValid(monday, new Date('2025-03-06T08:00:00Z'), hours72)).toBe(false);
  });

  it('counts days in the site zone across midnight: 23:30 local draw is day 0', () => {
    // New York, 23:30 EST Mon 3 Mar = 04:30Z Tue; day 3 ends at 00:00 EST Fri 7 Mar = 05:00Z.
    const ny = sampleValidityPolicy('America/New_York');
    expect(sampleValidity(transfused('2025-03-04T04:30:00Z'), ny).validUntil).toEqual(
      new Date('2025-03-07T05:00:00Z'),
    );
    // The same instant in London is already Tuesday, so day 3 is Friday.
    expect(sampleValidity(transfused('2025-03-04T04:30:00Z'), london).validUntil).toEqual(
      new Date('2025-03-08T00:00:00Z'),
    );
  });

  it('across the London DST change (30 March 2025)', () => {
    const friday = transfused('2025-03-28T10:00:00Z'); // 10:00 GMT
    // Valid through Mon 31 Mar 23:59 BST; invalid from 00:00 BST Tue = 23:00Z Mon.
    expect(sampleValidity(friday, london).validUntil).toEqual(new Date('2025-03-31T23:00:00Z'));
    expect(isSampleValid(friday, new Date('2025-03-31T22:59:00Z'), london)).toBe(true);
    expect(isSampleValid(friday, new Date('2025-03-31T23:00:00Z'), london)).toBe(false);
    // 72 elapsed hours end at 10:00Z = 11:00 BST Mon.
    expect(sampleValidity(friday, hours72).validUntil).toEqual(new Date('2025-03-31T10:00:00Z'));
  });

  it('unknown history is treated as recent', () => {
    expect(sampleValidity({ ...monday, history: 'unknown' }, london).basis).toBe('three_day_rule');
  });
});

describe('site policy and pre-admission samples', () => {
  const none: SampleValidityInput = {
    collectedAt: new Date('2025-03-03T08:00:00Z'),
    history: 'none',
    preAdmission: null,
  };

  it('no recent transfusion or pregnancy: 7 days by default (through end of day 7)', () => {
    expect(sampleValidity(none, london)).toEqual({
      validUntil: new Date('2025-03-11T00:00:00Z'),
      basis: 'site_default',
    });
    expect(
      sampleValidity(none, sampleValidityPolicy('Europe/London', { siteDefaultDays: 5 })).validUntil,
    ).toEqual(new Date('2025-03-09T00:00:00Z'));
  });

  it('pre-admission: 30 days only with attestation', () => {
    const attested = {
      ...none,
      history: 'unknown' as const,
      preAdmission: { attestedNoTransfusionOrPregnancy: true },
    };
    expect(sampleValidity(attested, london)).toEqual({
      validUntil: new Date('2025-04-02T23:00:00Z'),
      basis: 'pre_admission_attested',
    });
    const unattested = { ...attested, preAdmission: { attestedNoTransfusionOrPregnancy: false } };
    expect(sampleValidity(unattested, london).basis).toBe('three_day_rule');
    const contradicted = { ...attested, history: 'recent' as const };
    expect(sampleValidity(contradicted, london).basis).toBe('three_day_rule');
  });
});
