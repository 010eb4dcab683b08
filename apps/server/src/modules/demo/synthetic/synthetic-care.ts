import type {
  AllergyIntolerance,
  Condition,
  Encounter,
  Immunization,
  MedicationRequest,
  Procedure,
  Reference,
} from '@medplum/fhirtypes';
import type { CodedConcept } from '@nexus/clinical';
import { findConditionBySnomed } from '@nexus/clinical';
import { concept, fhirDate, fhirDateTime, type RecordBuilder, statusConcept } from './synthetic-bundle.ts';
import type { SyntheticAllergy, SyntheticMedication } from './synthetic-codes.table.ts';

const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';

/** A condition from the clinical table, coded with SNOMED CT and (when mapped) ICD-10-CM. */
export function recordCondition(
  builder: RecordBuilder,
  input: {
    snomedCode: string;
    encounter?: Reference<Encounter>;
    onset: Date;
    recorded: Date;
    abatement?: Date | null;
    kind: 'problem' | 'encounter-diagnosis';
    clinician: string;
  },
): Reference<Condition> {
  const entry = findConditionBySnomed(input.snomedCode);
  if (!entry) throw new Error(`SNOMED CT ${input.snomedCode} is not in the clinical condition table`);
  const resolved = input.abatement !== undefined && input.abatement !== null;
  const condition: Condition = {
    resourceType: 'Condition',
    clinicalStatus: statusConcept(CONDITION_CLINICAL, resolved ? 'resolved' : 'active'),
    verificationStatus: statusConcept(CONDITION_VERIFICATION, 'confirmed'),
    category: [
      input.kind === 'problem'
        ? statusConcept(CONDITION_CATEGORY, 'problem-list-item', 'Problem List Item')
        : statusConcept(CONDITION_CATEGORY, 'encounter-diagnosis', 'Encounter Diagnosis'),
    ],
    code: entry.icd10 ? concept(entry.snomed, entry.icd10) : concept(entry.snomed),
    subject: builder.patient,
    onsetDateTime: fhirDateTime(input.onset),
    recordedDate: fhirDateTime(input.recorded),
    recorder: { display: input.clinician },
  };
  if (input.encounter) condition.encounter = input.encounter;
  if (input.abatement) condition.abatementDateTime = fhirDateTime(input.abatement);
  return builder.add(condition);
}

/** A prescription: active, or stopped on `stopped` (kept as the end of its validity period). */
export function recordMedication(
  builder: RecordBuilder,
  input: {
    medication: SyntheticMedication;
    encounter: Reference<Encounter>;
    authored: Date;
    stopped?: Date | null;
    reason?: Reference<Condition>;
    clinician: string;
  },
): Reference<MedicationRequest> {
  const { medication } = input;
  const request: MedicationRequest = {
    resourceType: 'MedicationRequest',
    status: input.stopped ? 'stopped' : 'active',
    intent: 'order',
    medicationCodeableConcept: concept(medication.code),
    subject: builder.patient,
    encounter: input.encounter,
    authoredOn: fhirDateTime(input.authored),
    requester: { display: input.clinician },
    dosageInstruction: [
      {
        text: medication.dosageText,
        ...(medication.timing ? { timing: { repeat: { ...medication.timing } } } : {}),
        ...(medication.asNeeded ? { asNeededBoolean: true } : {}),
      },
    ],
    dispenseRequest: {
      validityPeriod: {
        start: fhirDate(input.authored),
        ...(input.stopped ? { end: fhirDate(input.stopped) } : {}),
      },
    },
  };
  if (input.reason) request.reasonReference = [input.reason];
  return builder.add(request);
}

/** A completed procedure at a visit. */
export function recordProcedure(
  builder: RecordBuilder,
  input: {
    code: CodedConcept;
    encounter?: Reference<Encounter>;
    performed: Date;
    end?: Date;
    reason?: Reference<Condition>;
    inProgress?: boolean;
  },
): Reference<Procedure> {
  const procedure: Procedure = {
    resourceType: 'Procedure',
    status: input.inProgress ? 'in-progress' : 'completed',
    code: concept(input.code),
    subject: builder.patient,
    ...(input.encounter ? { encounter: input.encounter } : {}),
    ...(input.end || input.inProgress
      ? {
          performedPeriod: {
            start: fhirDateTime(input.performed),
            ...(input.end ? { end: fhirDateTime(input.end) } : {}),
          },
        }
      : { performedDateTime: fhirDateTime(input.performed) }),
    ...(input.reason ? { reasonReference: [input.reason] } : {}),
  };
  return builder.add(procedure);
}

/** A vaccination given at the clinic. */
export function recordImmunization(
  builder: RecordBuilder,
  input: { vaccine: CodedConcept; date: Date; encounter?: Reference<Encounter>; doseNumber?: number },
): Reference<Immunization> {
  const immunization: Immunization = {
    resourceType: 'Immunization',
    status: 'completed',
    vaccineCode: concept(input.vaccine),
    patient: builder.patient,
    ...(input.encounter ? { encounter: input.encounter } : {}),
    occurrenceDateTime: fhirDateTime(input.date),
    primarySource: true,
    ...(input.doseNumber ? { protocolApplied: [{ doseNumberPositiveInt: input.doseNumber }] } : {}),
  };
  return builder.add(immunization);
}

/** A confirmed allergy with its usual reaction. */
export function recordAllergy(
  builder: RecordBuilder,
  allergy: SyntheticAllergy,
  recorded: Date,
  onset: Date,
): Reference<AllergyIntolerance> {
  const allergyIntolerance: AllergyIntolerance = {
    resourceType: 'AllergyIntolerance',
    clinicalStatus: statusConcept(
      'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
      'active',
    ),
    verificationStatus: statusConcept(
      'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
      'confirmed',
    ),
    type: 'allergy',
    category: [allergy.category],
    criticality: allergy.criticality,
    code: concept(allergy.code),
    patient: builder.patient,
    onsetDateTime: fhirDateTime(onset),
    recordedDate: fhirDateTime(recorded),
    reaction: [{ manifestation: [concept(allergy.reaction)], severity: allergy.severity }],
  };
  return builder.add(allergyIntolerance);
}
