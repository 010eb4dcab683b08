import type { MedicationRequest, MedicationStatement, Reference } from '@medplum/fhirtypes';
import { SYSTEMS } from '@nexus/clinical';
import type { Coding, MedicationEntry } from '@nexus/contracts';
import { dosageText } from './dosage-text.ts';
import { conceptsText, firstOf, nonEmpty, periodStart, toCoding, UNKNOWN_LABEL } from './fhir-values.ts';
import type { NameLookup } from './name-lookup.ts';

export function presentMedication(
  m: MedicationRequest | MedicationStatement,
  names: NameLookup,
): MedicationEntry {
  const medication = medicationCoding(m, names);
  const reason = reasonText(m.reasonCode, m.reasonReference, names);
  if (m.resourceType === 'MedicationRequest') {
    return {
      id: m.id ?? '',
      source: 'prescribed',
      medication,
      status: m.status ?? 'unknown',
      dosage: dosageText(m.dosageInstruction),
      since: m.authoredOn ?? null,
      prescriber: names(m.requester),
      reason,
    };
  }
  return {
    id: m.id ?? '',
    source: 'reported',
    medication,
    status: m.status ?? 'unknown',
    dosage: dosageText(m.dosage),
    since: firstOf(m.effectiveDateTime, periodStart(m.effectivePeriod), m.dateAsserted),
    // A statement is what the patient (or someone for them) reported, not a prescription.
    prescriber: null,
    reason,
  };
}

/** True for the medicines a patient is taking now (or is about to). */
export function isCurrentMedication(m: MedicationRequest | MedicationStatement): boolean {
  if (m.resourceType === 'MedicationRequest') return m.status === 'active' || m.status === 'on-hold';
  return m.status === 'active' || m.status === 'intended';
}

function medicationCoding(m: MedicationRequest | MedicationStatement, names: NameLookup): Coding {
  if (m.medicationCodeableConcept) return toCoding(m.medicationCodeableConcept, [SYSTEMS.rxnorm]);
  return { system: null, code: null, display: names(m.medicationReference) ?? UNKNOWN_LABEL };
}

function reasonText(
  codes: MedicationRequest['reasonCode'],
  references: readonly Reference[] | undefined,
  names: NameLookup,
): string | null {
  const fromCodes = conceptsText(codes);
  const fromReferences = (references ?? [])
    .map((reference) => names(reference))
    .filter((name): name is string => nonEmpty(name) !== undefined);
  const all = [...(fromCodes ? [fromCodes] : []), ...fromReferences];
  return all.length > 0 ? all.join(', ') : null;
}
