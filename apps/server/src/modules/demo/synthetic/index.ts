/** Deterministic synthetic FHIR R4 patient histories for demos and tests. */

export {
  ALLERGIES,
  ENCOUNTER_TYPES,
  GENERATOR_CODINGS,
  MEDICATIONS,
  PROCEDURES,
  VACCINES,
} from './synthetic-codes.table.ts';
export {
  type ExistingPatient,
  generatePatientRecord,
  generateSyntheticPatients,
} from './synthetic-patients.generator.ts';
