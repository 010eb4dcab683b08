import type { HumanName, Patient } from '@medplum/fhirtypes';

/** The platform's own record numbers: one per patient, assigned when the record is created. */
export const RECORD_NUMBER_SYSTEM = 'urn:lifecare-nexus:mrn';

export type PatientIndexEntry = {
  displayName: string;
  birthDate: string | null;
  gender: 'male' | 'female' | 'other' | 'unknown' | null;
  identifiers: string[];
};

const nameText = (name: HumanName | undefined): string | undefined => {
  if (!name) return undefined;
  if (name.text?.trim()) return name.text.trim();
  const parts = [...(name.given ?? []), name.family].filter((p): p is string => Boolean(p?.trim()));
  return parts.length > 0 ? parts.join(' ') : undefined;
};

/** The name people use: the official name, else the usual one, else the first; digits stripped of Synthea's suffixes stay as written. */
export function displayNameOf(patient: Patient): string {
  const names = patient.name ?? [];
  const name = names.find((n) => n.use === 'official') ?? names.find((n) => n.use === 'usual') ?? names[0];
  return (nameText(name) ?? 'Unnamed patient').slice(0, 200);
}

/** What the master patient index keeps of a Patient resource. */
export function patientIndexEntryOf(patient: Patient): PatientIndexEntry {
  return {
    displayName: displayNameOf(patient),
    birthDate: patient.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(patient.birthDate) ? patient.birthDate : null,
    gender: patient.gender ?? null,
    identifiers: [...new Set((patient.identifier ?? []).flatMap((i) => (i.value ? [i.value] : [])))].slice(
      0,
      50,
    ),
  };
}

/** The record number of a Patient resource, if it carries one of this platform's. */
export const recordNumberOf = (patient: Patient): string | undefined =>
  patient.identifier?.find((i) => i.system === RECORD_NUMBER_SYSTEM && i.use !== 'old')?.value;

/**
 * The Patient with exactly this platform's record number: the one given (new records) or kept (updates
 * may not drop or change it). A record number from another installation of the platform is kept as
 * an old identifier.
 */
export function withRecordNumber(patient: Patient, recordNumber: string): Patient {
  const others = (patient.identifier ?? []).flatMap((i) =>
    i.system !== RECORD_NUMBER_SYSTEM ? [i] : i.value === recordNumber ? [] : [{ ...i, use: 'old' as const }],
  );
  return {
    ...patient,
    identifier: [
      {
        use: 'usual',
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
              code: 'MR',
              display: 'Medical record number',
            },
          ],
          text: 'Record number',
        },
        system: RECORD_NUMBER_SYSTEM,
        value: recordNumber,
      },
      ...others,
    ],
  };
}
