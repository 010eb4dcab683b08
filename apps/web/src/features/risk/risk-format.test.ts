import { describe, expect, it } from 'vitest';
import {
  addMonths,
  displayUnit,
  formatEffect,
  formatRiskPct,
  formatRiskValue,
  patientReviewText,
} from './risk-format.ts';

describe('risk formats', () => {
  it('shows small risks with two decimals so they never read as nought', () => {
    expect(formatRiskPct(0.0042)).toBe('0.42%');
    expect(formatRiskPct(0.0841)).toBe('8.4%');
    expect(formatRiskPct(0.2)).toBe('20.0%');
  });

  it('names the horizon with the probability, or the points of a score', () => {
    expect(formatRiskValue({ probability: 0.0841, horizonYears: 6, score: null })).toBe(
      '8.4% within 6 years',
    );
    expect(
      formatRiskValue({ probability: null, horizonYears: 10, score: { points: 12, maxPoints: 26 } }),
    ).toBe('12 of 26 points');
    expect(formatRiskValue({ probability: null, horizonYears: null, score: null })).toBe('—');
  });

  it('signs effects with a real minus sign', () => {
    expect(formatEffect(0.618)).toBe('+0.62');
    expect(formatEffect(-0.18)).toBe('−0.18');
  });

  it('tells the patient who reviewed the result and what they found', () => {
    expect(patientReviewText({ review: null, needsReview: false })).toBe(
      'This result does not need a review by your doctor.',
    );
    expect(
      patientReviewText({
        needsReview: true,
        review: {
          id: '00000000-0000-4000-8000-000000000a01',
          status: 'rejected',
          createdAt: '2026-03-01T09:00:00.000Z',
          decidedAt: '2026-03-02T10:00:00.000Z',
          decidedBy: 'Dr Ines Duarte',
          note: 'Not a smoker.',
          adjustedCategory: null,
          conditionId: null,
          serviceRequestIds: [],
          carePlanId: null,
        },
      }),
    ).toBe('Reviewed by Dr Ines Duarte on 2 Mar 2026: not confirmed');
  });

  it('writes UCUM units as people do', () => {
    expect(displayUnit('a')).toBe('years');
    expect(displayUnit('mL/min/{1.73_m2}')).toBe('mL/min/1.73 m²');
    expect(displayUnit('{cigarettes}')).toBe('cigarettes');
    expect(displayUnit(null)).toBeNull();
  });

  it('adds months in the calendar, keeping to the end of a shorter month', () => {
    expect(addMonths(new Date(2026, 2, 1), 12)).toBe('2027-03-01');
    expect(addMonths(new Date(2026, 0, 31), 1)).toBe('2026-02-28');
  });
});
