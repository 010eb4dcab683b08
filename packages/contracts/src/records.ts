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

// ——— Writing to the record ———

const CodedInput = z.object({
  system: z.string().trim().min(1).max(200),
  code: z.string().trim().min(1).max(64),
  display: z.string().trim().min(1).max(300),
});

/** A clinician adds a diagnosis to the problem list. */
export const AddConditionRequest = z.object({
  /** From the condition catalogue (`GET /api/v1/codes/conditions`) or any SNOMED CT concept. */
  code: CodedInput,
  clinicalStatus: ConditionClinicalStatus.default('active'),
  verificationStatus: z.enum(['provisional', 'confirmed', 'differential']).default('confirmed'),
  onsetDate: z.iso.date().optional(),
  note: z.string().trim().max(2000).optional(),
});
export type AddConditionRequest = z.infer<typeof AddConditionRequest>;

/** A set of vital signs taken together; at least one, and blood pressure as both numbers or neither. */
export const RecordVitalsRequest = z
  .object({
    effective: z.iso.datetime({ offset: true }).optional(),
    systolicMmHg: z.number().int().min(40).max(300).optional(),
    diastolicMmHg: z.number().int().min(20).max(200).optional(),
    heartRateBpm: z.number().int().min(20).max(300).optional(),
    respiratoryRatePerMin: z.number().int().min(4).max(80).optional(),
    temperatureC: z.number().min(30).max(45).optional(),
    oxygenSaturationPct: z.number().int().min(50).max(100).optional(),
    weightKg: z.number().min(0.5).max(400).optional(),
    heightCm: z.number().min(30).max(250).optional(),
  })
  .refine((v) => (v.systolicMmHg === undefined) === (v.diastolicMmHg === undefined), {
    message: 'Give both blood pressure numbers, or neither',
    path: ['diastolicMmHg'],
  })
  .refine(
    (v) => v.systolicMmHg === undefined || v.diastolicMmHg === undefined || v.systolicMmHg > v.diastolicMmHg,
    {
      message: 'Systolic pressure must be higher than diastolic',
      path: ['systolicMmHg'],
    },
  )
  .refine((v) => Object.entries(v).some(([key, value]) => key !== 'effective' && value !== undefined), {
    message: 'Give at least one vital sign',
  });
export type RecordVitalsRequest = z.infer<typeof RecordVitalsRequest>;

/** Laboratory results from the lab catalogue (`GET /api/v1/codes/labs`), in the catalogue's unit. */
export const RecordLabsRequest = z.object({
  effective: z.iso.datetime({ offset: true }).optional(),
  results: z
    .array(z.object({ loincCode: z.string().regex(/^\d{1,7}-\d$/), value: z.number().finite() }))
    .min(1)
    .max(50),
});
export type RecordLabsRequest = z.infer<typeof RecordLabsRequest>;

export const RecordedMeasurements = z.object({ measurements: z.array(Measurement) });
export type RecordedMeasurements = z.infer<typeof RecordedMeasurements>;

/** A clinical note; its text is encrypted at rest. */
export const WriteNoteRequest = z.object({
  title: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(50_000),
});
export type WriteNoteRequest = z.infer<typeof WriteNoteRequest>;

// ——— Catalogues ———

export const CodeSearchQuery = z.object({ query: z.string().trim().max(100).default('') });

export const ConditionConcept = z.object({ snomed: Coding, icd10: Coding.nullable() });
export type ConditionConcept = z.infer<typeof ConditionConcept>;
export const ConditionCatalogue = z.object({ conditions: z.array(ConditionConcept) });
export type ConditionCatalogue = z.infer<typeof ConditionCatalogue>;

export const LabTestDefinition = z.object({
  loinc: Coding,
  /** The short name clinicians use: "HbA1c", "LDL cholesterol". */
  shortName: z.string(),
  unit: z.string(),
  /** Adult reference range (sex-specific ranges are applied to each patient's results). */
  referenceRange: ReferenceRange.nullable(),
  /** Plausible input bounds for the form. */
  min: z.number(),
  max: z.number(),
});
export type LabTestDefinition = z.infer<typeof LabTestDefinition>;
export const LabCatalogue = z.object({ tests: z.array(LabTestDefinition) });
export type LabCatalogue = z.infer<typeof LabCatalogue>;

// ——— The symptoms-and-history questionnaire ———

export const QuestionType = z.enum([
  'boolean',
  'choice',
  'multi-choice',
  'integer',
  'decimal',
  'date',
  'string',
  'text',
]);
export type QuestionType = z.infer<typeof QuestionType>;

export const QuestionOption = z.object({ code: z.string(), display: z.string() });

export type Question = {
  linkId: string;
  text: string;
  type: QuestionType;
  required: boolean;
  options: { code: string; display: string }[];
  unit: string | null;
  min: number | null;
  max: number | null;
  /** Shown only when the question `linkId` was answered with `answer` (a boolean or an option code). */
  enableWhen: { linkId: string; answer: boolean | string } | null;
};
export const Question: z.ZodType<Question> = z.object({
  linkId: z.string(),
  text: z.string(),
  type: QuestionType,
  required: z.boolean(),
  options: z.array(QuestionOption),
  unit: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  enableWhen: z.object({ linkId: z.string(), answer: z.union([z.boolean(), z.string()]) }).nullable(),
});

export const QuestionnaireSection = z.object({
  linkId: z.string(),
  title: z.string(),
  questions: z.array(Question),
});
export type QuestionnaireSection = z.infer<typeof QuestionnaireSection>;

/** A questionnaire as the portal renders it (stored as a FHIR Questionnaire). */
export const QuestionnaireDefinition = z.object({
  id: z.string(),
  url: z.string(),
  version: z.string(),
  title: z.string(),
  description: z.string(),
  sections: z.array(QuestionnaireSection),
});
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinition>;

export const AnswerValue = z.union([
  z.boolean(),
  z.number().finite(),
  z.string().max(5000),
  z.array(z.string().max(100)).max(50),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** The patient's answers, by question linkId (a list of option codes for multi-choice). */
export const SubmitQuestionnaireRequest = z.object({
  answers: z.record(z.string().min(1).max(64), AnswerValue),
});
export type SubmitQuestionnaireRequest = z.infer<typeof SubmitQuestionnaireRequest>;

/** A submitted questionnaire, question by question, as the clinician reads it. */
export const QuestionnaireAnswers = z.object({
  id: z.string(),
  questionnaireTitle: z.string(),
  submittedAt: z.string(),
  author: z.string().nullable(),
  sections: z.array(
    z.object({
      title: z.string(),
      answers: z.array(z.object({ linkId: z.string(), question: z.string(), answer: z.string() })),
    }),
  ),
});
export type QuestionnaireAnswers = z.infer<typeof QuestionnaireAnswers>;
export const QuestionnaireAnswersList = z.object({ responses: z.array(QuestionnaireAnswers) });
export type QuestionnaireAnswersList = z.infer<typeof QuestionnaireAnswersList>;

// ——— Import ———

/** What a bundle import created. */
export const ImportReport = z.object({
  resources: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
  patients: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  durationMs: z.number(),
});
export type ImportReport = z.infer<typeof ImportReport>;
