import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  Patient,
  Quantity,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { CodedConcept } from '@nexus/clinical';
import { SYSTEMS } from '@nexus/clinical';
import type { SyntheticRandom } from './synthetic-random.ts';

/** Collects one patient's resources as entries of a FHIR transaction bundle. */
export type RecordBuilder = {
  /** How every other resource points at the patient: `urn:uuid:…`, or `Patient/<id>` for an existing patient. */
  readonly patient: Reference<Patient>;
  /** Adds a resource created by POST and returns the reference (`urn:uuid:…`) other resources use for it. */
  add<T extends Resource>(resource: T): Reference<T>;
  bundle(): Bundle;
};

/**
 * Starts the bundle with the Patient entry: POST for a new patient, PUT Patient/<id> when the history
 * is added to an existing patient record.
 */
export function createRecordBuilder(
  random: SyntheticRandom,
  patient: Patient,
  existingId?: string,
): RecordBuilder {
  const entries: BundleEntry[] = [];
  const patientUuid = random.uuid();
  if (existingId) {
    entries.push({
      fullUrl: `urn:uuid:${patientUuid}`,
      resource: { ...patient, id: existingId },
      request: { method: 'PUT', url: `Patient/${existingId}` },
    });
  } else {
    entries.push({
      fullUrl: `urn:uuid:${patientUuid}`,
      resource: patient,
      request: { method: 'POST', url: 'Patient' },
    });
  }
  const patientReference: Reference<Patient> = {
    reference: existingId ? `Patient/${existingId}` : `urn:uuid:${patientUuid}`,
  };
  return {
    patient: patientReference,
    add<T extends Resource>(resource: T): Reference<T> {
      const fullUrl = `urn:uuid:${random.uuid()}`;
      entries.push({ fullUrl, resource, request: { method: 'POST', url: resource.resourceType } });
      return { reference: fullUrl };
    },
    bundle: () => ({ resourceType: 'Bundle', type: 'transaction', entry: entries }),
  };
}

/** A FHIR dateTime in UTC without milliseconds. */
export function fhirDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A FHIR date (YYYY-MM-DD). */
export function fhirDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

/** Whole years between two dates, as an age is counted. */
export function yearsBetween(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  const beforeBirthday =
    to.getUTCMonth() < from.getUTCMonth() ||
    (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

/** A CodeableConcept from one or more codings; the first display is the text. */
export function concept(...codings: readonly CodedConcept[]): CodeableConcept {
  return {
    coding: codings.map(({ system, code, display }) => ({ system, code, display })),
    text: codings[0]?.display ?? '',
  };
}

/** A UCUM quantity. */
export function ucumQuantity(value: number, ucumCode: string, unitDisplay?: string): Quantity {
  return { value, unit: unitDisplay || ucumCode, system: SYSTEMS.ucum, code: ucumCode };
}

/** A HL7 code-system coding used for statuses and categories (not a clinical code). */
export function statusConcept(system: string, code: string, display?: string): CodeableConcept {
  return { coding: [{ system, code, ...(display ? { display } : {}) }] };
}
