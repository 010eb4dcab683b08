import { z } from 'zod';

/**
 * Health records as the portals show them: a patient's summary, timeline, vitals and labs over time,
 * documents, and the forms clinicians and patients write with. The record itself is stored as FHIR R4
 * resources (served raw at /fhir/R4); these are its readable projections, built on the server.
 */

export const RecordPatientParams = z.object({ patientId: z.uuid() });
export const RecordDocumentParams = z.object({ patientId: z.uuid(), documentId: z.string().min(1).max(64) });

/** A code and what it means; system and code are null for free text. */
export const Coding = z.object({
  system: z.string().nullable(),
  code: z.string().nullable(),
  display: z.string(),
});
export type Coding = z.infer<typeof Coding>;

/** How a result compares with its reference range (null: no range known, or not numeric). */
export const ResultFlag = z.enum(['normal', 'low', 'high', 'critical-low', 'critical-high', 'abnormal']);
export type ResultFlag = z.infer<typeof ResultFlag>;

export const ReferenceRange = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  /** As a person reads it, e.g. "4.0–5.6 %" or "< 5.2 mmol/L". */
  text: z.string(),
});
export type ReferenceRange = z.infer<typeof ReferenceRange>;

export const ObservationCategory = z.enum(['vital-signs', 'laboratory', 'social-history', 'survey', 'other']);
export type ObservationCategory = z.infer<typeof ObservationCategory>;

/** What an observation found: a number, several numbers (blood pressure), a code, or text. */
export const MeasuredValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quantity'), value: z.number(), unit: z.string().nullable() }),
  z.object({
    kind: z.literal('components'),
    components: z.array(
      z.object({ code: Coding, value: z.number().nullable(), unit: z.string().nullable() }),
    ),
    /** Read as a person would, e.g. "128/82 mmHg". */
    text: z.string(),
  }),
  z.object({ kind: z.literal('coded'), coding: Coding }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);
export type MeasuredValue = z.infer<typeof MeasuredValue>;

/** One observation: a vital sign, a lab result, smoking status … */
export const Measurement = z.object({
  /** The FHIR Observation id. */
  id: z.string(),
  code: Coding,
  category: ObservationCategory,
  effective: z.iso.datetime({ offset: true }).nullable(),
  value: MeasuredValue.nullable(),
  flag: ResultFlag.nullable(),
  referenceRange: ReferenceRange.nullable(),
  status: z.string(),
});
export type Measurement = z.infer<typeof Measurement>;

export const Gender = z.enum(['male', 'female', 'other', 'unknown']);
export type Gender = z.infer<typeof Gender>;

export const PatientIdentifier = z.object({ label: z.string(), value: z.string() });

export const PatientDemographics = z.object({
  id: z.uuid(),
  displayName: z.string(),
  birthDate: z.iso.date().nullable(),
  ageYears: z.number().int().nullable(),
  gender: Gender.nullable(),
  /** The record number in this platform, and identifiers from other systems. */
  identifiers: z.array(PatientIdentifier),
  deceasedAt: z.string().nullable(),
});
export type PatientDemographics = z.infer<typeof PatientDemographics>;

export const ConditionClinicalStatus = z.enum([
  'active',
  'recurrence',
  'relapse',
  'inactive',
  'remission',
  'resolved',
]);
export type ConditionClinicalStatus = z.infer<typeof ConditionClinicalStatus>;
export const ConditionVerificationStatus = z.enum([
  'unconfirmed',
  'provisional',
  'differential',
  'confirmed',
  'refuted',
  'entered-in-error',
]);
export type ConditionVerificationStatus = z.infer<typeof ConditionVerificationStatus>;

/** A problem-list entry or diagnosis (FHIR Condition). */
export const ProblemEntry = z.object({
  id: z.string(),
  code: Coding,
  /** ICD-10 equivalent when the platform knows it. */
  icd10: Coding.nullable(),
  clinicalStatus: ConditionClinicalStatus.nullable(),
  verificationStatus: ConditionVerificationStatus.nullable(),
  onset: z.string().nullable(),
  abatement: z.string().nullable(),
  recordedAt: z.string().nullable(),
  recordedBy: z.string().nullable(),
  note: z.string().nullable(),
});
export type ProblemEntry = z.infer<typeof ProblemEntry>;

/** A medicine: prescribed (MedicationRequest) or reported by the patient (MedicationStatement). */
export const MedicationEntry = z.object({
  id: z.string(),
  source: z.enum(['prescribed', 'reported']),
  medication: Coding,
  status: z.string(),
  dosage: z.string().nullable(),
  since: z.string().nullable(),
  prescriber: z.string().nullable(),
  reason: z.string().nullable(),
});
export type MedicationEntry = z.infer<typeof MedicationEntry>;

export const Allergy = z.object({
  id: z.string(),
  substance: Coding,
  category: z.array(z.string()),
  criticality: z.enum(['low', 'high', 'unable-to-assess']).nullable(),
  clinicalStatus: z.string().nullable(),
  reactions: z.array(z.string()),
  recordedAt: z.string().nullable(),
});
export type Allergy = z.infer<typeof Allergy>;

export const EncounterEntry = z.object({
  id: z.string(),
  type: z.string(),
  /** ambulatory, emergency, inpatient, virtual … (the FHIR class as a word) */
  setting: z.string().nullable(),
  status: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  reason: z.string().nullable(),
  provider: z.string().nullable(),
});
export type EncounterEntry = z.infer<typeof EncounterEntry>;

export const ImmunizationEntry = z.object({
  id: z.string(),
  vaccine: Coding,
  date: z.string().nullable(),
  status: z.string(),
});
export type ImmunizationEntry = z.infer<typeof ImmunizationEntry>;

/** The health summary: who, problems, medicines, allergies, latest vitals and labs with flags. */
export const RecordSummary = z.object({
  patient: PatientDemographics,
  problems: z.array(ProblemEntry),
  medications: z.array(MedicationEntry),
  allergies: z.array(Allergy),
  /** The latest value of each vital sign. */
  vitals: z.array(Measurement),
  /** The latest value of each laboratory test (most recent first). */
  labs: z.array(Measurement),
  smoking: Measurement.nullable(),
  recentEncounters: z.array(EncounterEntry),
  immunizations: z.array(ImmunizationEntry),
  generatedAt: z.iso.datetime(),
});
export type RecordSummary = z.infer<typeof RecordSummary>;

export const TimelineKind = z.enum([
  'encounter',
  'condition',
  'observation',
  'report',
  'procedure',
  'immunization',
  'medication',
  'allergy',
  'document',
  'questionnaire',
  'care-plan',
]);
export type TimelineKind = z.infer<typeof TimelineKind>;

/** One event of the record, for the timeline. */
export const TimelineEntry = z.object({
  /** `ResourceType/id` of the FHIR resource behind it. */
  reference: z.string(),
  kind: TimelineKind,
  date: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  flag: ResultFlag.nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const TimelineQuery = z.object({
  /** Only entries before this instant (the previous page's `nextBefore`). */
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Comma-separated kinds, e.g. `encounter,report`; all kinds when absent. */
  kinds: z
    .string()
    .regex(/^[a-z-]+(,[a-z-]+)*$/)
    .optional(),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const Timeline = z.object({ entries: z.array(TimelineEntry), nextBefore: z.string().nullable() });
export type Timeline = z.infer<typeof Timeline>;

export const SeriesPoint = z.object({
  observationId: z.string(),
  effective: z.string(),
  value: z.number(),
  flag: ResultFlag.nullable(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/** One measured quantity over time (blood pressure gives two: systolic and diastolic). */
export const ObservationSeries = z.object({
  code: Coding,
  category: ObservationCategory,
  unit: z.string().nullable(),
  referenceRange: ReferenceRange.nullable(),
  /** Compared with the previous result: beyond 5% of the range (or of the value) up or down. */
  trend: z.enum(['rising', 'falling', 'steady']).nullable(),
  /** Oldest first. */
  points: z.array(SeriesPoint),
});
export type ObservationSeries = z.infer<typeof ObservationSeries>;

export const SeriesList = z.object({ series: z.array(ObservationSeries) });
export type SeriesList = z.infer<typeof SeriesList>;

export const DocumentKind = z.enum(['clinical-note', 'report', 'imported', 'other']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A document of the record (FHIR DocumentReference); the content is fetched on its own. */
export const DocumentEntry = z.object({
  id: z.string(),
  title: z.string(),
  kind: DocumentKind,
  date: z.string().nullable(),
  author: z.string().nullable(),
  contentType: z.string().nullable(),
  status: z.string(),
});
export type DocumentEntry = z.infer<typeof DocumentEntry>;
export const DocumentList = z.object({ documents: z.array(DocumentEntry) });
export type DocumentList = z.infer<typeof DocumentList>;
/** A text document's content (clinical notes are stored encrypted and decrypted for the reader). */
export const DocumentContent = z.object({ document: DocumentEntry, text: z.string().nullable() });
export type DocumentContent = z.infer<typeof DocumentContent>;

// ——— Import ———

/** What a bundle import created. */
export const ImportReport = z.object({
  resources: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
  patients: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  durationMs: z.number(),
});
export type ImportReport = z.infer<typeof ImportReport>;
