import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Product } from '../catalogue/catalogue.types.ts';
import { DRUGS } from '../catalogue/drugs.ts';
import { PRODUCTS } from '../catalogue/products.ts';
import type { DoseUnit } from '../dosage.ts';
import { checkMedicationSafety, reviewMedicationList } from './check.ts';
import { interactionsBetween } from './interaction-index.ts';
import type { Allergen, MedicationOrder, SafetyAlert } from './safety.types.ts';
import { dosage } from './test-fixtures.ts';

const unitOf = (product: Product): DoseUnit => (product.unit === 'vial' ? 'mg' : product.unit);

const orderOf = (key: string) =>
  fc
    .record({
      product: fc.constantFrom(...PRODUCTS),
      quantity: fc.integer({ min: 1, max: 4 }),
      timesPerDay: fc.integer({ min: 1, max: 4 }),
      withDosage: fc.boolean(),
    })
    .map(
      ({ product, quantity, timesPerDay, withDosage }): MedicationOrder => ({
        key,
        productId: product.id,
        dosage: withDosage ? dosage(quantity, unitOf(product), timesPerDay, product.routes[0]) : null,
      }),
    );

const allergies = fc.array(
  fc.constantFrom<Allergen>(
    { kind: 'class', classId: 'penicillin' },
    { kind: 'drug', drugId: 'ibuprofen' },
    { kind: 'substance', text: 'sulfa' },
    { kind: 'drug', drugId: 'carbamazepine' },
  ),
  { maxLength: 2 },
);

const pairwise = (alerts: readonly SafetyAlert[]) =>
  alerts.filter((alert) => alert.kind === 'interaction' || alert.kind === 'duplicate-therapy');

describe('order independence', () => {
  it('gives the same interactions in either order for any two formulary drugs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DRUGS), fc.constantFrom(...DRUGS), (a, b) => {
        expect(interactionsBetween(a.id, b.id)).toEqual(interactionsBetween(b.id, a.id));
      }),
      { numRuns: 2000 },
    );
  });

  it('checks A against B as B against A', () => {
    fc.assert(
      fc.property(orderOf('a'), orderOf('b'), (a, b) => {
        const ab = checkMedicationSafety({ candidate: a, current: [b] });
        const ba = checkMedicationSafety({ candidate: b, current: [a] });
        expect(pairwise(ab.alerts)).toEqual(pairwise(ba.alerts));
      }),
      { numRuns: 500 },
    );
  });

  it('reviews a list the same whatever its order', () => {
    fc.assert(
      fc.property(
        fc.tuple(...['a', 'b', 'c', 'd', 'e', 'f'].map(orderOf)),
        allergies,
        fc.infiniteStream(fc.nat()),
        (orders, recorded, stream) => {
          const shuffled = [...orders]
            .map((order) => ({ order, sortKey: stream.next().value }))
            .sort((x, y) => x.sortKey - y.sortKey)
            .map(({ order }) => order);
          expect(reviewMedicationList({ medications: shuffled, allergies: recorded })).toEqual(
            reviewMedicationList({ medications: orders, allergies: recorded }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
