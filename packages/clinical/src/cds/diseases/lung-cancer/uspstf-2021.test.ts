import { describe, expect, it } from 'vitest';
import { formatPackYears, packYearsFrom, type UspstfInputs, uspstf2021Eligibility } from './uspstf-2021.ts';

const ELIGIBLE: UspstfInputs = { ageYears: 65, packYears: 30, smokingStatus: 'current' };

const verdictOf = (inputs: Partial<UspstfInputs>) =>
  uspstf2021Eligibility({ ...ELIGIBLE, ...inputs }).verdict;

describe('USPSTF 2021 lung cancer screening eligibility', () => {
  it.each([
    [49, 'does-not-meet'],
    [50, 'meets'],
    [80, 'meets'],
    [81, 'does-not-meet'],
  ] as const)('age %i → %s (eligible from 50 to 80 inclusive)', (ageYears, verdict) => {
    expect(verdictOf({ ageYears })).toBe(verdict);
  });

  it.each([
    [19.9, 'does-not-meet'],
    [20, 'meets'],
  ] as const)('%f pack-years → %s (at least 20)', (packYears, verdict) => {
    expect(verdictOf({ packYears })).toBe(verdict);
  });

  it('accepts a former smoker who quit 15 years ago and rejects one who quit 16 years ago', () => {
    expect(verdictOf({ smokingStatus: 'former', yearsSinceQuitting: 15 })).toBe('meets');
    expect(verdictOf({ smokingStatus: 'former', yearsSinceQuitting: 16 })).toBe('does-not-meet');
    expect(verdictOf({ smokingStatus: 'former', yearsSinceQuitting: 0 })).toBe('meets');
  });

  it('reads exactly 15 years as not eligible under the strict ("has not smoked for 15 years") reading', () => {
    const strict = uspstf2021Eligibility(
      { ...ELIGIBLE, smokingStatus: 'former', yearsSinceQuitting: 15 },
      { quitBoundary: 'strict' },
    );
    expect(strict.verdict).toBe('does-not-meet');
    expect(
      uspstf2021Eligibility(
        { ...ELIGIBLE, smokingStatus: 'former', yearsSinceQuitting: 14 },
        { quitBoundary: 'strict' },
      ).verdict,
    ).toBe('meets');
  });

  it('never-smokers and former smokers with an unknown quit time do not meet the criteria', () => {
    expect(verdictOf({ smokingStatus: 'never', packYears: 0 })).toBe('does-not-meet');
    expect(verdictOf({ smokingStatus: 'former', yearsSinceQuitting: null })).toBe('does-not-meet');
  });

  it('gives one reason per criterion, saying which one failed', () => {
    const result = uspstf2021Eligibility({
      ageYears: 49,
      packYears: 19.9,
      smokingStatus: 'former',
      yearsSinceQuitting: 16,
    });
    expect(result.isEligible).toBe(false);
    expect(result.criteria.map((criterion) => [criterion.criterion, criterion.isMet])).toEqual([
      ['age', false],
      ['pack-years', false],
      ['smoking-recency', false],
    ]);
    expect(result.reasons).toEqual([
      'Age 49 is outside 50–80',
      '19.9 pack-years is below 20',
      'Quit 16 years ago, more than the 15 years allowed',
    ]);
    const eligible = uspstf2021Eligibility(ELIGIBLE);
    expect(eligible.reasons).toEqual([
      'Age 65 is within 50–80',
      '30 pack-years is at least 20',
      'Currently smokes',
    ]);
  });

  it('can apply other age bands as configuration (e.g. CMS 50–77)', () => {
    const criteria = { minAgeYears: 50, maxAgeYears: 77, minPackYears: 20, maxYearsSinceQuitting: 15 };
    expect(uspstf2021Eligibility({ ...ELIGIBLE, ageYears: 78 }, { criteria }).verdict).toBe('does-not-meet');
  });

  it('computes pack-years as packs of 20 a day × years, and never prints 19.96 as 20', () => {
    expect(packYearsFrom(20, 20)).toBe(20);
    expect(packYearsFrom(15, 40)).toBe(30);
    expect(packYearsFrom(10, 39)).toBe(19.5);
    expect(formatPackYears(19.96)).toBe('19.9');
    expect(formatPackYears(108)).toBe('108');
  });
});
