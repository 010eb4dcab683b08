import { z } from 'zod';
import { Coding, ConditionClinicalStatus, Measurement, ReferenceRange } from './records.ts';

/** What clinicians write to a record from the portal, and the catalogues their forms pick from. */

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
