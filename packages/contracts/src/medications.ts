import { Dosage } from '@nexus/clinical';
import { z } from 'zod';
import { MedicationEntry } from './records.ts';

/**
 * Medicines as the portals use them: the catalogue, the safety check a prescriber sees before signing,
 * signed prescriptions (FHIR MedicationRequest plus a signed token for the pharmacy), the medicines a
 * patient says they take (MedicationStatement), and dispensing at a pharmacy.
 */

export const Severity = z.enum(['contraindicated', 'major', 'moderate', 'minor']);
export type Severity = z.infer<typeof Severity>;

export const CatalogueProduct = z.object({
  id: z.string(),
  drugId: z.string(),
  name: z.string(),
  form: z.string(),
  strength: z.string(),
});
export type CatalogueProduct = z.infer<typeof CatalogueProduct>;

export const CatalogueDrug = z.object({
  id: z.string(),
  name: z.string(),
  brandNames: z.array(z.string()),
  atc: z.array(z.string()),
  products: z.array(CatalogueProduct),
});
export type CatalogueDrug = z.infer<typeof CatalogueDrug>;

export const CatalogueSearchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const CatalogueSearchResult = z.object({ drugs: z.array(CatalogueDrug) });
export type CatalogueSearchResult = z.infer<typeof CatalogueSearchResult>;

/** One finding of the safety check: an interaction, a duplicate, a dose above the maximum, an allergy. */
export const SafetyAlert = z.object({
  /** Stable for the same finding on the same medicines: an override names the alerts it signs through. */
  key: z.string(),
  kind: z.enum([
    'interaction',
    'duplicate-therapy',
    'dose-above-maximum',
    'allergy',
    'allergy-cross-reactivity',
  ]),
  severity: Severity,
  title: z.string(),
  /** The medicines (and allergy) involved, by name. */
  involves: z.array(z.string()),
  mechanism: z.string(),
  management: z.string(),
  reference: z.string(),
  /** Major and contraindicated alerts need a reason to sign through. */
  needsOverride: z.boolean(),
});
export type SafetyAlert = z.infer<typeof SafetyAlert>;

export const ProposedMedication = z.object({
  productId: z.string().min(1).max(100),
  dosage: Dosage,
});
export type ProposedMedication = z.infer<typeof ProposedMedication>;

export const SafetyCheckResult = z.object({
  alerts: z.array(SafetyAlert),
  /** What the check was run against: the patient's active medicines and allergies it could read. */
  checkedAgainst: z.object({
    medicines: z.array(z.string()),
    allergies: z.array(z.string()),
    /** Entries in the record it could not match to the catalogue (checked by the prescriber alone). */
    unmatched: z.array(z.string()),
  }),
});
export type SafetyCheckResult = z.infer<typeof SafetyCheckResult>;

export const AlertOverride = z.object({
  alertKey: z.string().min(1).max(300),
  reason: z.string().trim().min(5).max(1000),
});
export type AlertOverride = z.infer<typeof AlertOverride>;

export const PrescribeRequest = ProposedMedication.extend({
  quantityUnits: z.number().int().min(1).max(10_000),
  refills: z.number().int().min(0).max(12).default(0),
  /** How long the pharmacy may dispense it. */
  validityDays: z.number().int().min(1).max(30).default(30),
  /** Send it straight to this pharmacy's queue, or null to hand the patient the code. */
  pharmacyOrganisationId: z.uuid().nullable().default(null),
  overrides: z.array(AlertOverride).max(20).default([]),
  /** Remind the patient of each dose (the patient can change this). */
  reminders: z.boolean().default(true),
});
export type PrescribeRequest = z.infer<typeof PrescribeRequest>;

export const PrescriptionStatus = z.enum(['active', 'completed', 'cancelled', 'expired']);
export type PrescriptionStatus = z.infer<typeof PrescriptionStatus>;

export const DispenseEntry = z.object({
  units: z.number().int(),
  dispensedAt: z.string(),
  pharmacy: z.string(),
});

export const PrescriptionView = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  medicine: z.string(),
  productId: z.string(),
  dosage: Dosage,
  dosageText: z.string(),
  quantityUnits: z.number().int(),
  refills: z.number().int(),
  authorisedUnits: z.number().int(),
  dispensedUnits: z.number().int(),
  remainingUnits: z.number().int(),
  status: PrescriptionStatus,
  signedAt: z.string(),
  expiresAt: z.string(),
  prescriber: z.string(),
  pharmacy: z.string().nullable(),
  dispenses: z.array(DispenseEntry),
  overriddenAlerts: z.array(z.object({ title: z.string(), severity: Severity })),
  /** The signed code the pharmacy verifies (shown as a QR code); only to the patient and prescriber. */
  token: z.string().nullable(),
});
export type PrescriptionView = z.infer<typeof PrescriptionView>;

export const PrescriptionList = z.object({ prescriptions: z.array(PrescriptionView) });
export type PrescriptionList = z.infer<typeof PrescriptionList>;

export const PrescriptionParams = z.object({ patientId: z.uuid(), prescriptionId: z.uuid() });
export const CancelPrescriptionRequest = z.object({ reason: z.string().trim().min(3).max(500) });

/** A medicine the patient says they take: from the catalogue, with how they take it. */
export const AddOwnMedicationRequest = ProposedMedication.extend({
  reminders: z.boolean().default(true),
});
export type AddOwnMedicationRequest = z.infer<typeof AddOwnMedicationRequest>;

export const AddOwnMedicationResult = z.object({
  medication: MedicationEntry,
  alerts: z.array(SafetyAlert),
});
export type AddOwnMedicationResult = z.infer<typeof AddOwnMedicationResult>;

/** What a pharmacist sees of a scanned or typed code before dispensing. */
export const VerifyPrescriptionRequest = z.object({ token: z.string().trim().min(20).max(4000) });

export const VerificationFailure = z.enum([
  'malformed',
  'unknown-key',
  'bad-signature',
  'expired',
  'not-yet-valid',
  'wrong-type',
  'invalid-claims',
  'not-found',
  'cancelled',
  'completed',
  'other-pharmacy',
]);
export type VerificationFailure = z.infer<typeof VerificationFailure>;

export const VerifiedPrescription = z.discriminatedUnion('valid', [
  z.object({
    valid: z.literal(true),
    prescriptionId: z.string(),
    patientName: z.string(),
    patientBirthDate: z.string().nullable(),
    prescriber: z.string(),
    medicine: z.string(),
    dosageText: z.string(),
    authorisedUnits: z.number().int(),
    remainingUnits: z.number().int(),
    expiresAt: z.string(),
  }),
  z.object({ valid: z.literal(false), reason: VerificationFailure, message: z.string() }),
]);
export type VerifiedPrescription = z.infer<typeof VerifiedPrescription>;

export const DispenseRequest = z.object({
  token: z.string().trim().min(20).max(4000),
  units: z.number().int().min(1).max(10_000),
  /** The same key repeats nothing: a retried request returns the first result. */
  idempotencyKey: z.string().min(8).max(100),
});
export type DispenseRequest = z.infer<typeof DispenseRequest>;

export const DispenseResult = z.object({
  dispenseId: z.string(),
  prescriptionId: z.string(),
  units: z.number().int(),
  remainingUnits: z.number().int(),
  status: PrescriptionStatus,
});
export type DispenseResult = z.infer<typeof DispenseResult>;

export const PharmacyParams = z.object({ organisationId: z.uuid() });

export const PharmacyQueueEntry = z.object({
  prescriptionId: z.string(),
  patientName: z.string(),
  medicine: z.string(),
  remainingUnits: z.number().int(),
  signedAt: z.string(),
  expiresAt: z.string(),
  token: z.string(),
});
export const PharmacyQueue = z.object({ prescriptions: z.array(PharmacyQueueEntry) });
export type PharmacyQueue = z.infer<typeof PharmacyQueue>;
