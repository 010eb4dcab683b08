import type { LoincTest } from './codes.types.ts';
import { CHEMISTRY_TESTS } from './lab-chemistry.table.ts';
import { HAEMATOLOGY_TESTS } from './lab-haematology.table.ts';
import { OTHER_LAB_TESTS } from './lab-other.table.ts';
import { SOCIAL_HISTORY_TESTS } from './social-history.table.ts';
import { VITAL_SIGNS } from './vital-signs.table.ts';

export { SOCIAL_HISTORY_TESTS } from './social-history.table.ts';
export { VITAL_SIGNS } from './vital-signs.table.ts';

/** About fifty common adult laboratory tests with reference ranges. */
export const LAB_TESTS: readonly LoincTest[] = [...CHEMISTRY_TESTS, ...HAEMATOLOGY_TESTS, ...OTHER_LAB_TESTS];

/** Every curated numeric test: vital signs, laboratory and social history. */
export const LOINC_TESTS: readonly LoincTest[] = [...VITAL_SIGNS, ...LAB_TESTS, ...SOCIAL_HISTORY_TESTS];

const byCode = new Map(LOINC_TESTS.map((test) => [test.code, test]));

/** The curated test for a LOINC code, or undefined when the code is not in the tables. */
export function findLoincTest(code: string): LoincTest | undefined {
  return byCode.get(code.trim());
}
