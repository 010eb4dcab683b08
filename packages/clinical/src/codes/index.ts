/**
 * Curated clinical code tables: LOINC tests with adult reference ranges, SNOMED CT conditions mapped to
 * ICD-10-CM, smoking-status answers, and the rules that read a result against its range.
 */
export {
  isIcd10CmShape,
  isValidLoincCode,
  isValidSnomedConceptId,
  isValidVerhoeff,
  loincCheckDigit,
  verhoeffCheckDigit,
} from './check-digits.ts';
export { LOINC, SYSTEMS } from './code-systems.ts';
export type {
  CodedConcept,
  ConditionConcept,
  LoincTest,
  ReferenceRangeRule,
  ReferenceRangeView,
  ResultFlag,
  Sex,
  SmokingKind,
} from './codes.types.ts';
export {
  CONDITIONS,
  findConditionBySnomed,
  findConditionsByIcd10,
  normalizeSearchText,
  searchConditions,
} from './conditions.ts';
export {
  flagFromInterpretationCode,
  interpretationCode,
  interpretQuantity,
  referenceRangeFor,
  reportingDecimals,
} from './interpret-quantity.ts';
export { findLoincTest, LAB_TESTS, LOINC_TESTS, SOCIAL_HISTORY_TESTS, VITAL_SIGNS } from './loinc-tests.ts';
export {
  findSmokingStatus,
  LAB_PANELS,
  PACK_YEARS_SNOMED,
  SMOKING_STATUSES,
  TOBACCO_OBSERVATION_CODES,
} from './social-history.table.ts';
export { conversionToCanonical, convertQuantity, normalizeUnit, toCanonicalValue } from './units.ts';
