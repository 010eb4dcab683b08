import { describe, expect, it } from 'vitest';
import { checkProcessingTimes, PROCESSING_LIMITS, processingLimitFor } from './processing-limits.ts';

const COLLECTED = Date.parse('2026-03-02T10:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

function limit(id: string) {
  const found = PROCESSING_LIMITS.find((row) => row.id === id);
  if (found === undefined) throw new Error(`no limit ${id}`);
  return found;
}

const times = (bleedMs: number, delayMs: number) => ({
  collectedAt: new Date(COLLECTED),
  bleedEndAt: new Date(COLLECTED + bleedMs),
  processedAt: new Date(COLLECTED + delayMs),
});

describe('processing time limits (BSIS seeds, elapsed truncated, unfit at ≥ limit)', () => {
  it('platelets: 11 min 59 s bleed is fit, 12 min is not', () => {
    const platelets = limit('platelets_from_whole_blood');
    expect(checkProcessingTimes(platelets, times(12 * MIN - 1000, 2 * HOUR))).toEqual({
      ok: true,
      isFit: true,
      failures: [],
    });
    expect(checkProcessingTimes(platelets, times(12 * MIN, 2 * HOUR))).toEqual({
      ok: true,
      isFit: false,
      failures: [{ code: 'bleed_time_exceeded', bleedMinutes: 12, maxBleedMinutes: 12 }],
    });
  });

  it('FFP: 14 min 59 s bleed is fit, 15 min is not', () => {
    const ffp = limit('ffp');
    expect(checkProcessingTimes(ffp, times(15 * MIN - 1, HOUR))).toMatchObject({ isFit: true });
    expect(checkProcessingTimes(ffp, times(15 * MIN, HOUR))).toMatchObject({
      isFit: false,
      failures: [{ code: 'bleed_time_exceeded', bleedMinutes: 15 }],
    });
  });

  it('collection → processing: 23 h 59 min 59 s is fit, 24 h is not (both limits)', () => {
    for (const row of PROCESSING_LIMITS) {
      expect(checkProcessingTimes(row, times(5 * MIN, 24 * HOUR - 1000))).toMatchObject({ isFit: true });
      expect(checkProcessingTimes(row, times(5 * MIN, 24 * HOUR))).toMatchObject({
        isFit: false,
        failures: [
          { code: 'processing_delay_exceeded', elapsedHours: 24, maxCollectionToProcessingHours: 24 },
        ],
      });
    }
  });

  it('AT-20: bleed 16 min processed 6 h later holds FFP and platelets; bleed 8 min processed after 24 h 30 min too', () => {
    for (const row of PROCESSING_LIMITS) {
      expect(checkProcessingTimes(row, times(16 * MIN, 6 * HOUR))).toMatchObject({
        isFit: false,
        failures: [{ code: 'bleed_time_exceeded', bleedMinutes: 16 }],
      });
      expect(checkProcessingTimes(row, times(8 * MIN, 24 * HOUR + 30 * MIN))).toMatchObject({
        isFit: false,
        failures: [{ code: 'processing_delay_exceeded', elapsedHours: 24 }],
      });
    }
  });

  it('reports both failures together and refuses impossible times', () => {
    expect(checkProcessingTimes(limit('ffp'), times(20 * MIN, 30 * HOUR))).toMatchObject({
      isFit: false,
      failures: [{ code: 'bleed_time_exceeded' }, { code: 'processing_delay_exceeded' }],
    });
    expect(checkProcessingTimes(limit('ffp'), times(-MIN, HOUR))).toEqual({
      ok: false,
      code: 'invalid_processing_times',
    });
    expect(checkProcessingTimes(limit('ffp'), times(MIN, -HOUR))).toEqual({
      ok: false,
      code: 'invalid_processing_times',
    });
  });

  it('finds the limit for a component type; red cells have none', () => {
    expect(processingLimitFor('ffp')?.maxBleedMinutes).toBe(15);
    expect(processingLimitFor('platelets')?.maxBleedMinutes).toBe(12);
    expect(processingLimitFor('rbc_additive')).toBeUndefined();
  });
});
