/**
 * Readable projections of a FHIR R4 record: the DTOs of `@nexus/contracts` (summary, timeline,
 * series, documents) built from resources. Pure: no database, no HTTP.
 */
export { presentAllergy } from './allergy.presenter.ts';
export {
  type PatientContext,
  patientContext,
  presentDemographics,
  RECORD_NUMBER_LABEL,
  RECORD_NUMBER_SYSTEM,
} from './demographics.presenter.ts';
export { IMPORTED_TAG, presentDocument } from './document.presenter.ts';
export { presentEncounter } from './encounter.presenter.ts';
export { presentImmunization } from './immunization.presenter.ts';
export { presentMeasurement, valueText } from './measurement.presenter.ts';
export { presentMedication } from './medication.presenter.ts';
export { createNameLookup, type NameLookup } from './name-lookup.ts';
export { presentProblem } from './problem.presenter.ts';
export { readableNumber } from './readable-number.ts';
export { buildSeries } from './series.builder.ts';
export { buildSummary } from './summary.builder.ts';
export { buildTimeline } from './timeline.builder.ts';
