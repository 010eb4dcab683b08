import { z } from 'zod';

/**
 * Clinical decision support as the portals use it: the disease modules, a patient's risk results
 * (stored as FHIR RiskAssessment), the doctor's review queue and decisions, treatment plans (FHIR
 * CarePlan) and the population report. The modules themselves live in `packages/clinical`.
 */

export const RiskCategory = z.enum(['low', 'borderline', 'intermediate', 'high', 'very-high']);
export type RiskCategory = z.infer<typeof RiskCategory>;

export const CdsReference = z.object({ id: z.string(), citation: z.string(), url: z.string().nullable() });
export type CdsReference = z.infer<typeof CdsReference>;

export const ConceptCode = z.object({
  system: z.string().min(1).max(200),
  code: z.string().min(1).max(100),
  display: z.string().min(1).max(300),
});
export type ConceptCode = z.infer<typeof ConceptCode>;

/** One input of a module, described for a form. */
export const ModuleInputField = z.object({
  key: z.string(),
  label: z.string(),
  question: z.string(),
  help: z.string().nullable(),
  unit: z.string().nullable(),
  type: z.enum(['number', 'integer', 'boolean', 'choice']),
  min: z.number().nullable(),
  max: z.number().nullable(),
  options: z.array(z.object({ code: z.string(), display: z.string() })),
  /** False when the schema gives a default. */
  required: z.boolean(),
  /** Whether a FHIR record can supply it (otherwise it is always asked). */
  isFoundInRecord: z.boolean(),
});
export type ModuleInputField = z.infer<typeof ModuleInputField>;

export const DiseaseRef = z.object({ id: z.string(), name: z.string() });

export const ModuleSummary = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  kind: z.enum(['equation', 'points-score', 'learned']),
  audience: z.enum(['patient', 'clinician']),
  disease: DiseaseRef,
  description: z.string(),
  inputs: z.array(ModuleInputField),
  references: z.array(CdsReference),
});
export type ModuleSummary = z.infer<typeof ModuleSummary>;
export const ModuleList = z.object({ modules: z.array(ModuleSummary) });
export type ModuleList = z.infer<typeof ModuleList>;

/** Where an input's value came from. */
export const InputOrigin = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('record'),
    display: z.string(),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    date: z.string().nullable(),
  }),
  z.object({ kind: z.literal('calculated'), display: z.string() }),
  z.object({ kind: z.literal('entered'), display: z.string() }),
]);
export type InputOrigin = z.infer<typeof InputOrigin>;

export const InputValue = z.union([z.number().finite(), z.boolean(), z.string().max(100)]);
export type InputValue = z.infer<typeof InputValue>;

export const AssessmentInput = z.object({
  key: z.string(),
  label: z.string(),
  value: InputValue,
  /** As a reader sees it ("30 years", "yes", "Former smoker"). */
  display: z.string(),
  origin: InputOrigin,
});
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const Contribution = z.object({
  input: z.string(),
  label: z.string(),
  value: z.string(),
  effect: z.number(),
  scale: z.enum(['log-odds', 'log-hazard', 'points']),
});
export const GuidelineFinding = z.object({
  guideline: z.string(),
  verdict: z.enum(['meets', 'does-not-meet']),
  summary: z.string(),
  reasons: z.array(z.string()),
  reference: z.string(),
});
export type GuidelineFinding = z.infer<typeof GuidelineFinding>;
export const Recommendation = z.object({
  text: z.string(),
  audience: z.enum(['clinician', 'patient']),
  reference: z.string(),
});
export const SuggestedActions = z.object({
  condition: ConceptCode.nullable(),
  serviceRequests: z.array(z.object({ code: ConceptCode, reason: z.string() })),
  followUpMonths: z.number().nullable(),
});
export type SuggestedActions = z.infer<typeof SuggestedActions>;

export const ReviewStatus = z.enum(['pending', 'confirmed', 'adjusted', 'rejected']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const ReviewOutcome = z.object({
  id: z.uuid(),
  status: ReviewStatus,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  note: z.string().nullable(),
  adjustedCategory: RiskCategory.nullable(),
  conditionId: z.string().nullable(),
  serviceRequestIds: z.array(z.string()),
  carePlanId: z.string().nullable(),
});
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;

export const AssessmentTrigger = z.enum(['questionnaire', 'clinician', 'patient', 'nightly']);
export type AssessmentTrigger = z.infer<typeof AssessmentTrigger>;

/** A stored risk result (a FHIR RiskAssessment), readable. */
export const RiskResult = z.object({
  /** The RiskAssessment id. */
  id: z.string(),
  moduleId: z.string(),
  moduleName: z.string(),
  moduleVersion: z.string(),
  moduleKind: z.enum(['equation', 'points-score', 'learned']),
  disease: DiseaseRef,
  assessedAt: z.string(),
  trigger: AssessmentTrigger,
  status: z.enum(['assessed', 'not-applicable']),
  outcome: z.string().nullable(),
  probability: z.number().nullable(),
  horizonYears: z.number().nullable(),
  score: z.object({ points: z.number(), maxPoints: z.number() }).nullable(),
  category: RiskCategory.nullable(),
  categoryLabel: z.string().nullable(),
  needsReview: z.boolean(),
  summary: z.string(),
  plainLanguage: z.object({ meaning: z.string(), whatYouCanDo: z.array(z.string()) }),
  contributions: z.array(Contribution),
  findings: z.array(GuidelineFinding),
  recommendations: z.array(Recommendation),
  suggested: SuggestedActions,
  warnings: z.array(z.string()),
  references: z.array(CdsReference),
  inputs: z.array(AssessmentInput),
  review: ReviewOutcome.nullable(),
});
export type RiskResult = z.infer<typeof RiskResult>;

/** A module the patient could be assessed with once the missing inputs are given. */
export const PendingModule = z.object({
  moduleId: z.string(),
  moduleName: z.string(),
  disease: DiseaseRef,
  missing: z.array(ModuleInputField),
});

export const CarePlanGoal = z.object({
  description: z.string().min(1).max(500),
  targetDate: z.iso.date().nullable(),
});
export const CarePlanActivityKind = z.enum(['referral', 'test', 'medication', 'lifestyle', 'follow-up']);
export type CarePlanActivityKind = z.infer<typeof CarePlanActivityKind>;
export const CarePlanActivity = z.object({
  kind: CarePlanActivityKind,
  description: z.string().min(1).max(500),
  scheduledDate: z.iso.date().nullable(),
  /** A coded order or medicine (LDCT, a statin), when there is one. */
  code: ConceptCode.nullable(),
});
export type CarePlanActivity = z.infer<typeof CarePlanActivity>;

/** A treatment plan as the doctor writes it. */
export const CarePlanDraft = z.object({
  title: z.string().min(1).max(200),
  description: z.string().max(4000).default(''),
  goals: z.array(CarePlanGoal).max(20).default([]),
  activities: z.array(CarePlanActivity).max(40).default([]),
  followUpDate: z.iso.date().nullable().default(null),
});
export type CarePlanDraft = z.input<typeof CarePlanDraft>;

/** A stored treatment plan (FHIR CarePlan with its Goals). */
export const CarePlanView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.string(),
  created: z.string().nullable(),
  author: z.string().nullable(),
  goals: z.array(CarePlanGoal),
  activities: z.array(CarePlanActivity.extend({ status: z.string() })),
  followUpDate: z.string().nullable(),
  /** The risk result it answers, when it came from a review. */
  riskAssessmentId: z.string().nullable(),
  /** Activities not yet done, soonest first: what the patient does next. */
  nextSteps: z.array(z.object({ description: z.string(), date: z.string().nullable() })),
});
export type CarePlanView = z.infer<typeof CarePlanView>;

export const PatientRiskOverview = z.object({
  /** The latest result of each module, highest category first. */
  results: z.array(RiskResult),
  pending: z.array(PendingModule),
  carePlans: z.array(CarePlanView),
});
export type PatientRiskOverview = z.infer<typeof PatientRiskOverview>;

export const RiskPatientParams = z.object({ patientId: z.uuid() });
export const RiskResultParams = z.object({
  patientId: z.uuid(),
  riskAssessmentId: z.string().min(1).max(64),
});
export const RiskReviewParams = z.object({ patientId: z.uuid(), reviewId: z.uuid() });

/** Run a module: the inputs given here override what the record says. */
export const AssessRequest = z.object({
  moduleId: z.string().min(1).max(64),
  inputs: z.record(z.string().min(1).max(64), InputValue).default({}),
});
export type AssessRequest = z.input<typeof AssessRequest>;

/** What a module would say with these inputs, before anything is stored. */
export const AssessmentPreview = z.object({
  moduleId: z.string(),
  inputs: z.array(AssessmentInput),
  missing: z.array(ModuleInputField),
  result: RiskResult.omit({ id: true, assessedAt: true, trigger: true, review: true }).nullable(),
  /** Input errors (out of range), by input key. */
  errors: z.array(z.object({ key: z.string(), message: z.string() })),
});
export type AssessmentPreview = z.infer<typeof AssessmentPreview>;

export const ReviewQueueItem = z.object({
  reviewId: z.uuid(),
  patientId: z.uuid(),
  patientName: z.string(),
  recordNumber: z.string().nullable(),
  riskAssessmentId: z.string(),
  moduleId: z.string(),
  moduleName: z.string(),
  disease: DiseaseRef,
  probability: z.number().nullable(),
  category: RiskCategory.nullable(),
  categoryLabel: z.string().nullable(),
  summary: z.string(),
  createdAt: z.string(),
  status: ReviewStatus,
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;
export const ReviewQueueQuery = z.object({
  status: z.enum(['pending', 'decided', 'all']).default('pending'),
});
export const ReviewQueue = z.object({ items: z.array(ReviewQueueItem), pendingCount: z.number().int() });
export type ReviewQueue = z.infer<typeof ReviewQueue>;

export const ReviewDecisionRequest = z
  .object({
    decision: z.enum(['confirm', 'adjust', 'reject']),
    note: z.string().trim().min(1, 'Write a note for the record').max(5000),
    /** With `adjust`: the category the doctor judges right. */
    adjustedCategory: RiskCategory.nullable().default(null),
    /** A diagnosis to add to the problem list. */
    condition: ConceptCode.nullable().default(null),
    serviceRequests: z
      .array(z.object({ code: ConceptCode, reason: z.string().max(500).default('') }))
      .max(10)
      .default([]),
    carePlan: CarePlanDraft.nullable().default(null),
  })
  .refine((value) => value.decision !== 'adjust' || value.adjustedCategory !== null, {
    message: 'Choose the adjusted category',
    path: ['adjustedCategory'],
  })
  .refine(
    (value) =>
      value.decision !== 'reject' ||
      (value.condition === null && value.serviceRequests.length === 0 && value.carePlan === null),
    { message: 'A rejected result creates no diagnosis, order or plan', path: ['decision'] },
  );
export type ReviewDecisionRequest = z.input<typeof ReviewDecisionRequest>;

export const ReviewDetail = z.object({
  review: ReviewOutcome,
  patient: z.object({ id: z.uuid(), name: z.string(), recordNumber: z.string().nullable() }),
  result: RiskResult,
  /** Earlier results of the same module, oldest first, for the trend. */
  history: z.array(
    z.object({
      assessedAt: z.string(),
      probability: z.number().nullable(),
      category: RiskCategory.nullable(),
    }),
  ),
});
export type ReviewDetail = z.infer<typeof ReviewDetail>;

export const PopulationQuery = z.object({ moduleId: z.string().min(1).max(64).optional() });
export const PopulationReport = z.object({
  patientCount: z.number().int(),
  modules: z.array(
    z.object({
      moduleId: z.string(),
      moduleName: z.string(),
      disease: DiseaseRef,
      assessedPatients: z.number().int(),
      distribution: z.array(z.object({ category: RiskCategory, count: z.number().int() })),
    }),
  ),
  /** Patients who meet a screening guideline (USPSTF 2021 lung) with no screening on record in the last year. */
  screeningGaps: z.array(
    z.object({
      patientId: z.uuid(),
      patientName: z.string(),
      recordNumber: z.string().nullable(),
      moduleId: z.string(),
      guideline: z.string(),
      probability: z.number().nullable(),
      assessedAt: z.string(),
    }),
  ),
  /** Results per month: how many patients were assessed and how many were high or very high. */
  trend: z.array(
    z.object({ month: z.string(), moduleId: z.string(), assessed: z.number().int(), high: z.number().int() }),
  ),
});
export type PopulationReport = z.infer<typeof PopulationReport>;
