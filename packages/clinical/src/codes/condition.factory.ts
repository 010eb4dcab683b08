import { SYSTEMS } from './code-systems.ts';
import type { ConditionConcept } from './codes.types.ts';

/** One condition row: SNOMED CT concept and preferred term, ICD-10-CM code and title (or null), lay keywords. */
export function condition(
  snomedCode: string,
  snomedTerm: string,
  icd10: readonly [code: string, title: string] | null,
  keywords?: readonly string[],
): ConditionConcept {
  return {
    snomed: { system: SYSTEMS.snomed, code: snomedCode, display: snomedTerm },
    icd10: icd10 ? { system: SYSTEMS.icd10cm, code: icd10[0], display: icd10[1] } : null,
    ...(keywords ? { keywords } : {}),
  };
}
