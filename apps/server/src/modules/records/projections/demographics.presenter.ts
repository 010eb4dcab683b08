import type { Identifier, Patient } from '@medplum/fhirtypes';
import type { Gender, PatientDemographics } from '@nexus/contracts';
import { codeIn, nonEmpty } from './fhir-values.ts';
import { personName } from './name-lookup.ts';

/** What reading a result needs to know about the patient: sex and age for ranges, and "now". */
export type PatientContext = { sex: 'male' | 'female' | null; ageYears: number | null; now: Date };

/** The platform's own record number. */
export const RECORD_NUMBER_SYSTEM = 'urn:lifecare-nexus:mrn';
/** The label of the platform's record number among the patient's identifiers. */
export const RECORD_NUMBER_LABEL = 'Record number';
const IDENTIFIER_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0203';

/** Labels by HL7 v2 identifier type (table 0203). */
const TYPE_LABELS: Record<string, string> = {
  MR: 'Medical record',
  SS: 'Social security',
  DL: 'Driver licence',
  PPN: 'Passport',
  NI: 'National identifier',
  NH: 'National health number',
  JHN: 'Health insurance number',
  MC: 'Health insurance number',
  MA: 'Health insurance number',
  SB: 'Social beneficiary',
  TAX: 'Tax number',
};

const SYSTEM_LABELS: Record<string, string> = {
  [RECORD_NUMBER_SYSTEM]: RECORD_NUMBER_LABEL,
  'http://hl7.org/fhir/sid/us-ssn': 'Social security',
  'http://hl7.org/fhir/sid/us-medicare': 'Health insurance number',
};

export function patientContext(patient: Patient, now: Date): PatientContext {
  const sex = patient.gender === 'male' || patient.gender === 'female' ? patient.gender : null;
  return { sex, ageYears: ageAt(patient, now), now };
}

export function presentDemographics(patient: Patient, now: Date): PatientDemographics {
  const identifiers = (patient.identifier ?? [])
    .filter((identifier) => nonEmpty(identifier.value))
    .map((identifier) => ({ label: identifierLabel(identifier), value: identifier.value?.trim() ?? '' }));
  // The platform's record number first: it is what staff ask for.
  identifiers.sort(
    (a, b) => Number(b.label === RECORD_NUMBER_LABEL) - Number(a.label === RECORD_NUMBER_LABEL),
  );
  return {
    id: patient.id ?? '',
    displayName: personName(patient.name) ?? 'Unnamed patient',
    birthDate: patient.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(patient.birthDate) ? patient.birthDate : null,
    ageYears: ageAt(patient, now),
    gender: toGender(patient.gender),
    identifiers,
    deceasedAt: patient.deceasedDateTime ?? null,
  };
}

export function identifierLabel(identifier: Identifier): string {
  const bySystem = identifier.system ? SYSTEM_LABELS[identifier.system] : undefined;
  if (bySystem) return bySystem;
  const typeCode = codeIn(identifier.type, IDENTIFIER_TYPE_SYSTEM);
  const byType = typeCode ? TYPE_LABELS[typeCode] : undefined;
  if (byType) return byType;
  return (
    nonEmpty(identifier.type?.text) ?? nonEmpty(identifier.type?.coding?.[0]?.display) ?? 'Other identifier'
  );
}

/** Age in whole years at `now`, or at death; null without a birth year. */
export function ageAt(patient: Patient, now: Date): number | null {
  const birth = patient.birthDate?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!birth) return null;
  const deathMs = patient.deceasedDateTime ? Date.parse(patient.deceasedDateTime) : Number.NaN;
  const at = Number.isNaN(deathMs) ? now : new Date(Math.min(deathMs, now.getTime()));
  const year = Number(birth[1]);
  // A partial birth date counts from its first day, as FHIR dates do.
  const month = birth[2] ? Number(birth[2]) : 1;
  const day = birth[3] ? Number(birth[3]) : 1;
  let age = at.getUTCFullYear() - year;
  const beforeBirthday =
    at.getUTCMonth() + 1 < month || (at.getUTCMonth() + 1 === month && at.getUTCDate() < day);
  if (beforeBirthday) age -= 1;
  return age >= 0 ? age : null;
}

function toGender(gender: Patient['gender']): Gender | null {
  return gender ?? null;
}
