import type { MedicationRequest, MedicationStatement, Timing } from '@medplum/fhirtypes';
import { type Dosage, describeDosage, timesOfDay } from '@nexus/clinical';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorReference } from '../records/record-resources.ts';

/** The platform's medicine catalogue as a FHIR code system: a product's id is its code. */
export const CATALOGUE_SYSTEM = 'https://lifecare-nexus.org/fhir/CodeSystem/medicine-catalogue';
/** The WHO ATC classification. */
export const ATC_SYSTEM = 'http://www.whocc.no/atc';

export type CatalogueEntry = {
  productId: string;
  /** "Amoxicillin 500 mg capsule" */
  display: string;
  atc: readonly string[];
  /** The unit a quantity counts ("capsule"). */
  unit: string;
};

const DAY_CODES = {
  mon: 'mon',
  tue: 'tue',
  wed: 'wed',
  thu: 'thu',
  fri: 'fri',
  sat: 'sat',
  sun: 'sun',
} as const;

/** FHIR Timing for the structured timing (the text says the same for people). */
function timingOf(dosage: Dosage): Timing | undefined {
  const { timing } = dosage;
  const bounds =
    dosage.durationDays !== null
      ? {
          boundsDuration: {
            value: dosage.durationDays,
            unit: 'd',
            system: 'http://unitsofmeasure.org',
            code: 'd',
          },
        }
      : {};
  switch (timing.kind) {
    case 'as-needed':
      return undefined;
    case 'every-hours':
      return { repeat: { ...bounds, frequency: 1, period: timing.everyHours, periodUnit: 'h' } };
    case 'weekly':
      return {
        repeat: {
          ...bounds,
          dayOfWeek: timing.weekdays.map((day) => DAY_CODES[day]),
          timeOfDay: timing.times.map((t) => `${t}:00`),
        },
      };
    default:
      return {
        repeat: {
          ...bounds,
          frequency: timesOfDay(timing).length,
          period: 1,
          periodUnit: 'd',
          timeOfDay: timesOfDay(timing).map((t) => `${t}:00`),
        },
      };
  }
}

function dosageInstruction(dosage: Dosage) {
  const timing = timingOf(dosage);
  return {
    text: describeDosage(dosage),
    ...(timing ? { timing } : {}),
    ...(dosage.timing.kind === 'as-needed' ? { asNeededBoolean: true } : {}),
    route: { text: dosage.route },
    doseAndRate: [{ doseQuantity: { value: dosage.doseQuantity, unit: dosage.doseUnit } }],
    ...(dosage.instructions ? { patientInstruction: dosage.instructions } : {}),
  };
}

const medicationConcept = (entry: CatalogueEntry) => ({
  coding: [
    { system: CATALOGUE_SYSTEM, code: entry.productId, display: entry.display },
    ...entry.atc.map((code) => ({ system: ATC_SYSTEM, code })),
  ],
  text: entry.display,
});

/** A signed prescription as the record keeps it. */
export function prescriptionResource(input: {
  patientId: string;
  entry: CatalogueEntry;
  dosage: Dosage;
  quantityUnits: number;
  refills: number;
  signedAt: Date;
  expiresAt: Date;
  prescriber: Actor;
}): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: medicationConcept(input.entry),
    subject: { reference: `Patient/${input.patientId}` },
    authoredOn: input.signedAt.toISOString(),
    requester: authorReference(input.prescriber),
    dosageInstruction: [dosageInstruction(input.dosage)],
    dispenseRequest: {
      validityPeriod: { start: input.signedAt.toISOString(), end: input.expiresAt.toISOString() },
      quantity: { value: input.quantityUnits, unit: input.entry.unit },
      numberOfRepeatsAllowed: input.refills,
    },
  };
}

/** A medicine the patient says they take. */
export function ownMedicationResource(input: {
  patientId: string;
  entry: CatalogueEntry;
  dosage: Dosage;
  recordedAt: Date;
  author: Actor;
}): MedicationStatement {
  return {
    resourceType: 'MedicationStatement',
    status: 'active',
    medicationCodeableConcept: medicationConcept(input.entry),
    subject: { reference: `Patient/${input.patientId}` },
    effectivePeriod: { start: input.dosage.startDate },
    dateAsserted: input.recordedAt.toISOString(),
    informationSource: authorReference(input.author),
    dosage: [dosageInstruction(input.dosage)],
  };
}
