import type { Encounter, Reference } from '@medplum/fhirtypes';
import type { CodedConcept } from '@nexus/clinical';
import { addMinutes, concept, fhirDateTime, type RecordBuilder } from './synthetic-bundle.ts';
import { CLINIC_NAME } from './synthetic-names.data.ts';

const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const CLASSES = {
  ambulatory: { system: ACT_CODE, code: 'AMB', display: 'ambulatory' },
  emergency: { system: ACT_CODE, code: 'EMER', display: 'emergency' },
} as const;

/** One finished visit: class, type, period, reasons, the clinician seen and the clinic. */
export function recordEncounter(
  builder: RecordBuilder,
  visit: {
    type: CodedConcept;
    setting: keyof typeof CLASSES;
    start: Date;
    minutes: number;
    reasons?: readonly CodedConcept[];
    clinician: string;
  },
): Reference<Encounter> {
  const encounter: Encounter = {
    resourceType: 'Encounter',
    status: 'finished',
    class: CLASSES[visit.setting],
    type: [concept(visit.type)],
    subject: builder.patient,
    participant: [{ individual: { display: visit.clinician } }],
    period: { start: fhirDateTime(visit.start), end: fhirDateTime(addMinutes(visit.start, visit.minutes)) },
    serviceProvider: { display: CLINIC_NAME },
  };
  if (visit.reasons && visit.reasons.length > 0)
    encounter.reasonCode = visit.reasons.map((reason) => concept(reason));
  return builder.add(encounter);
}
