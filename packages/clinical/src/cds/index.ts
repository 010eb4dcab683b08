/**
 * Clinical decision support: the disease-module contract, the registry that checks modules against it,
 * and the prefill that finds each module's inputs in a patient's FHIR record.
 */

export { AGE_INPUT, SEX_INPUT } from './common-inputs.ts';
export type {
  AnyDiseaseModule,
  AssessedResult,
  AssessmentResult,
  CodedConcept as CdsCodedConcept,
  Contribution,
  DiseaseModule,
  GuidelineFinding,
  InputInfo,
  ModuleAudience,
  ModuleKind,
  NotApplicableResult,
  Recommendation,
  Reference,
  RiskCategory,
  SuggestedActions,
} from './disease-module.ts';
export { defineDiseaseModule, onScale, RISK_CATEGORIES, sumOfTerms } from './disease-module.ts';
export type { InputSource } from './input-sources.ts';
export { SYMPTOMS_AND_HISTORY_URL } from './input-sources.ts';
export type { InputProvenance, PatientRecord, PrefilledInput, RecordResource } from './prefill.ts';
export { ageInYears, missingInputs, prefillInputs } from './prefill.ts';
export type { DiseaseRegistry } from './registry.ts';
export {
  createDiseaseRegistry,
  InvalidDiseaseModuleError,
  InvalidModuleInputError,
  UnknownModuleError,
} from './registry.ts';
