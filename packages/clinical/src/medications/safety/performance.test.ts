import { describe, expect, it } from 'vitest';
import { reviewMedicationList } from './check.ts';
import type { Allergen, MedicationOrder } from './safety.types.ts';
import { dosage, product } from './test-fixtures.ts';

/** A 15-medication list of an older patient with heart disease, diabetes and pain. */
const FIFTEEN_MEDICATIONS: readonly MedicationOrder[] = [
  product('1', 'warfarin-3mg-tablet', dosage(1, 'tablet')),
  product('2', 'amiodarone-200mg-tablet', dosage(1, 'tablet')),
  product('3', 'simvastatin-40mg-tablet', dosage(1, 'tablet')),
  product('4', 'bisoprolol-5mg-tablet', dosage(1, 'tablet')),
  product('5', 'ramipril-5mg-capsule', dosage(1, 'capsule')),
  product('6', 'spironolactone-25mg-tablet', dosage(1, 'tablet')),
  product('7', 'furosemide-40mg-tablet', dosage(1, 'tablet', 2)),
  product('8', 'metformin-500mg-tablet', dosage(2, 'tablet', 2)),
  product('9', 'gliclazide-80mg-tablet', dosage(1, 'tablet', 2)),
  product('10', 'co-codamol-30-500mg-tablet', dosage(2, 'tablet', 4)),
  product('11', 'paracetamol-500mg-tablet', dosage(2, 'tablet', 4)),
  product('12', 'sertraline-50mg-tablet', dosage(1, 'tablet')),
  product('13', 'omeprazole-20mg-capsule', dosage(1, 'capsule')),
  product('14', 'clarithromycin-500mg-tablet', dosage(1, 'tablet', 2)),
  product('15', 'ibuprofen-400mg-tablet', dosage(1, 'tablet', 3)),
];

const ALLERGIES: readonly Allergen[] = [
  { kind: 'substance', text: 'penicillin' },
  { kind: 'drug', drugId: 'codeine' },
];

describe('performance', () => {
  it('reviews a 15-medication list (all pairs, doses, allergies) in under 5 ms', () => {
    for (let round = 0; round < 20; round++)
      reviewMedicationList({ medications: FIFTEEN_MEDICATIONS, allergies: ALLERGIES });
    const times: number[] = [];
    for (let round = 0; round < 100; round++) {
      const start = performance.now();
      reviewMedicationList({ medications: FIFTEEN_MEDICATIONS, allergies: ALLERGIES });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(5);
  });

  it('finds what such a list holds', () => {
    const report = reviewMedicationList({ medications: FIFTEEN_MEDICATIONS, allergies: ALLERGIES });
    const contraindicated = report.alerts
      .filter((alert) => alert.severity === 'contraindicated')
      .map((alert) => alert.summary);
    expect(contraindicated).toEqual([
      'Recorded allergy to Codeine.',
      expect.stringMatching(/^Simvastatin with Clarithromycin/),
    ]);
    expect(
      report.alerts.some(
        (alert) => alert.kind === 'dose-above-maximum' && alert.drugIds[0] === 'paracetamol',
      ),
    ).toBe(true);
  });
});
