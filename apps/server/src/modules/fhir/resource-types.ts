/**
 * The FHIR R4 resource types the store keeps, and how each belongs to a patient. Every clinical
 * resource lives in exactly one patient's compartment (`fhir_resources.patient_id`): that is what the
 * access policy decides on, and what would shard the store by patient.
 */

/** Where a resource's patient is found. */
export type CompartmentRule =
  /** The Patient resource itself: its id is the patient's id. */
  | { kind: 'self' }
  /** A reference element naming the patient, required on every write. */
  | { kind: 'reference'; element: 'subject' | 'patient' | 'beneficiary' }
  /** The compartment of the resources it points at (Provenance.target, Binary.securityContext). */
  | { kind: 'derived'; element: 'target' | 'securityContext' }
  /** Shared directory data that belongs to no patient (organisations, practitioners, questionnaires). */
  | { kind: 'shared' };

const SUBJECT = { kind: 'reference', element: 'subject' } as const;
const PATIENT = { kind: 'reference', element: 'patient' } as const;
const SHARED = { kind: 'shared' } as const;

export const RESOURCE_TYPES = {
  Patient: { kind: 'self' },
  AllergyIntolerance: PATIENT,
  Binary: { kind: 'derived', element: 'securityContext' },
  CarePlan: SUBJECT,
  CareTeam: SUBJECT,
  Claim: PATIENT,
  ClinicalImpression: SUBJECT,
  Composition: SUBJECT,
  Condition: SUBJECT,
  Consent: PATIENT,
  Coverage: { kind: 'reference', element: 'beneficiary' },
  DetectedIssue: PATIENT,
  DiagnosticReport: SUBJECT,
  DocumentReference: SUBJECT,
  Encounter: SUBJECT,
  ExplanationOfBenefit: PATIENT,
  FamilyMemberHistory: PATIENT,
  Flag: SUBJECT,
  Goal: SUBJECT,
  ImagingStudy: SUBJECT,
  Immunization: PATIENT,
  List: SUBJECT,
  Media: SUBJECT,
  MedicationAdministration: SUBJECT,
  MedicationDispense: SUBJECT,
  MedicationRequest: SUBJECT,
  MedicationStatement: SUBJECT,
  Observation: SUBJECT,
  Procedure: SUBJECT,
  Provenance: { kind: 'derived', element: 'target' },
  QuestionnaireResponse: SUBJECT,
  RiskAssessment: SUBJECT,
  ServiceRequest: SUBJECT,
  Specimen: SUBJECT,
  Device: SHARED,
  HealthcareService: SHARED,
  Location: SHARED,
  Medication: SHARED,
  Organization: SHARED,
  Practitioner: SHARED,
  PractitionerRole: SHARED,
  Questionnaire: SHARED,
} as const satisfies Record<string, CompartmentRule>;

export type StoredResourceType = keyof typeof RESOURCE_TYPES;
export const STORED_RESOURCE_TYPES = Object.keys(RESOURCE_TYPES).sort() as StoredResourceType[];

export const isStoredResourceType = (type: string): type is StoredResourceType =>
  Object.hasOwn(RESOURCE_TYPES, type);

export const compartmentRuleOf = (type: StoredResourceType): CompartmentRule => RESOURCE_TYPES[type];

/**
 * What a patient may write to their own record through the FHIR API: their answers, the medicines
 * they take, their own measurements, and their demographics. Everything else (diagnoses, orders,
 * results, notes) is written by clinicians.
 */
export const PATIENT_AUTHORED_TYPES: ReadonlySet<StoredResourceType> = new Set([
  'Patient',
  'QuestionnaireResponse',
  'MedicationStatement',
  'Observation',
]);
