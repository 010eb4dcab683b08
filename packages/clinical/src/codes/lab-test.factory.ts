import type { LoincTest } from './codes.types.ts';

/** A laboratory test entry; the category is implied so the tables stay readable. */
export function labTest(test: Omit<LoincTest, 'category'>): LoincTest {
  return { ...test, category: 'laboratory' };
}

/**
 * The same analyte under a sibling LOINC code (serum versus whole blood, direct versus calculated):
 * same ranges and units, its own code and name.
 */
export function sibling(base: LoincTest, code: string, display: string): LoincTest {
  return { ...base, code, display };
}
