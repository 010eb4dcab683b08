import type { Patient, Resource, RiskAssessment } from '@medplum/fhirtypes';
import {
  type AnyDiseaseModule,
  type AssessmentResult,
  type DiseaseRegistry,
  missingInputs,
  type PatientRecord,
  prefillInputs,
  type RecordResource,
} from '@nexus/clinical';
import type {
  AssessmentInput,
  AssessmentPreview,
  AssessmentTrigger,
  InputValue,
  ModuleInputField,
  RiskResult,
} from '@nexus/contracts';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { FhirContext, FhirServices } from '../fhir/index.ts';
import type { WriteOrigin } from '../records/record-writes.service.ts';
import { INPUT_RESOURCE_TYPES } from './cds.repo.ts';
import { displayValue, moduleFields } from './module-fields.ts';
import {
  inputHash,
  inputHashOf,
  moduleIdOf,
  readRiskResult,
  resultView,
  riskAssessmentOf,
} from './risk-assessment.resource.ts';

/** Where a high result goes inside the transaction that stores it: the review queue. */
export type ReviewIntake = (
  trx: Executor,
  entry: { patientId: string; riskAssessmentId: string; module: AnyDiseaseModule; result: RiskResult },
) => Promise<void>;

type Gathered = {
  inputs: AssessmentInput[];
  missing: ModuleInputField[];
  values: Record<string, unknown>;
  errors: { key: string; message: string }[];
};

const isValue = (value: unknown): value is InputValue =>
  typeof value === 'boolean' ||
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * Runs the disease modules on a patient's record: finds each input in the record (or takes it as
 * entered), asks for what is missing, assesses, and stores the result as a FHIR RiskAssessment
 * through the FHIR writer (validated, attributed, audited). A result that needs review enters the
 * review queue in the same transaction.
 */
export function createAssessmentService(deps: {
  registry: DiseaseRegistry;
  fhir: Pick<FhirServices, 'records' | 'writer'>;
  clock: Clock;
  intake: ReviewIntake;
}) {
  const { registry, fhir, clock } = deps;

  async function patientRecord(patientId: string): Promise<PatientRecord> {
    const resources = await fhir.records.compartment(patientId, INPUT_RESOURCE_TYPES);
    const patient = resources.find((r): r is Patient => r.resourceType === 'Patient' && r.id === patientId);
    if (!patient) throw notFound('record_not_found', 'There is no record for this patient.');
    return {
      birthDate: patient.birthDate ?? null,
      gender: patient.gender ?? null,
      resources: resources as unknown as RecordResource[],
    };
  }

  /** The module's inputs: entered values over the record's, with where each came from, and what is missing. */
  function gather(
    module: AnyDiseaseModule,
    record: PatientRecord,
    entered: Readonly<Record<string, InputValue>>,
  ): Gathered {
    const unknownKeys = Object.keys(entered).filter((key) => !(key in module.inputInfo));
    const prefilled = prefillInputs(module, record, clock.now());
    const values: Record<string, unknown> = {};
    const inputs: AssessmentInput[] = [];
    for (const [key, info] of Object.entries(module.inputInfo)) {
      const own = entered[key];
      const found = prefilled[key];
      const value = own ?? found?.value;
      if (!isValue(value)) continue;
      values[key] = value;
      inputs.push({
        key,
        label: info.label,
        value,
        display: displayValue(info, value),
        origin:
          own !== undefined
            ? { kind: 'entered', display: 'Entered for this assessment' }
            : (found?.provenance ?? { kind: 'entered', display: 'Entered for this assessment' }),
      });
    }
    const fields = new Map(moduleFields(registry, module).map((field) => [field.key, field]));
    const missing = missingInputs(module, values).flatMap((key) => {
      const field = fields.get(key);
      return field?.required ? [field] : [];
    });
    const errors = unknownKeys.map((key) => ({ key, message: `${module.id} has no input ${key}` }));
    return { inputs, missing, values, errors };
  }

  function evaluate(module: AnyDiseaseModule, gathered: Gathered) {
    const parsed = module.inputs.safeParse(gathered.values);
    if (!parsed.success) {
      return {
        result: null,
        errors: parsed.error.issues.map((issue) => ({
          key: String(issue.path[0] ?? '(inputs)'),
          message: issue.message,
        })),
      };
    }
    return { result: module.assess(parsed.data, registry.settingsOf(module.id)), errors: [] };
  }

  async function latestStored(patientId: string): Promise<Map<string, RiskAssessment>> {
    const stored = (await fhir.records.compartment(patientId, ['RiskAssessment'])) as RiskAssessment[];
    const latest = new Map<string, RiskAssessment>();
    for (const resource of stored) {
      const moduleId = moduleIdOf(resource);
      if (!moduleId) continue;
      const current = latest.get(moduleId);
      if (!current || (resource.occurrenceDateTime ?? '') > (current.occurrenceDateTime ?? ''))
        latest.set(moduleId, resource);
    }
    return latest;
  }

  /** Stores one evaluated run as a RiskAssessment; a result that needs review enters the queue with it. */
  async function store(
    write: WriteOrigin,
    patientId: string,
    module: AnyDiseaseModule,
    gathered: Gathered,
    result: AssessmentResult,
    trigger: AssessmentTrigger,
  ): Promise<Omit<RiskResult, 'review'>> {
    const resource = riskAssessmentOf({
      module,
      result,
      inputs: gathered.inputs,
      settings: registry.settingsOf(module.id),
      patientId,
      trigger,
      occurrence: clock.now().toISOString(),
    });
    const ctx: FhirContext = {
      ...write,
      interaction: 'create',
      isAccessRecorded: write.actor.credential.kind !== 'system',
      action: 'patient.assess-risk',
    };
    let read: Omit<RiskResult, 'review'> | null = null;
    await fhir.writer.write(ctx, [{ method: 'POST', resource: resource as Resource }], {
      inTransaction: async (trx, [stored]) => {
        read = stored?.resource ? readRiskResult(stored.resource as RiskAssessment) : null;
        if (!read) throw new Error('the risk result was not stored');
        if (read.needsReview)
          await deps.intake(trx, {
            patientId,
            riskAssessmentId: read.id,
            module,
            result: { ...read, review: null },
          });
      },
    });
    if (!read) throw new Error('the risk result was not stored');
    return read;
  }

  const moduleOrProblem = (moduleId: string) => {
    if (!registry.has(moduleId))
      throw notFound('disease_module_not_found', `There is no disease module ${moduleId}.`);
    return registry.get(moduleId);
  };

  const inputProblem = (module: AnyDiseaseModule, errors: { key: string; message: string }[]) =>
    new AppError(
      'invalid_module_input',
      422,
      `Some inputs for ${module.name} are missing or out of range.`,
      errors.map((error) => ({ pointer: `/body/inputs/${error.key}`, detail: error.message })),
    );

  return {
    patientRecord,

    /** What the module would say, from the record and the values entered, without storing anything. */
    async preview(
      patientId: string,
      moduleId: string,
      entered: Readonly<Record<string, InputValue>>,
    ): Promise<AssessmentPreview> {
      const module = moduleOrProblem(moduleId);
      const gathered = gather(module, await patientRecord(patientId), entered);
      if (gathered.missing.length > 0 || gathered.errors.length > 0)
        return {
          moduleId,
          inputs: gathered.inputs,
          missing: gathered.missing,
          result: null,
          errors: gathered.errors,
        };
      const { result, errors } = evaluate(module, gathered);
      return {
        moduleId,
        inputs: gathered.inputs,
        missing: [],
        result: result ? { ...resultView(module, result), inputs: gathered.inputs } : null,
        errors,
      };
    },

    /** Runs one module at someone's request and stores the result, whatever the previous one was. */
    async assess(
      write: WriteOrigin,
      patientId: string,
      moduleId: string,
      entered: Readonly<Record<string, InputValue>>,
      trigger: AssessmentTrigger,
    ): Promise<Omit<RiskResult, 'review'>> {
      const module = moduleOrProblem(moduleId);
      const gathered = gather(module, await patientRecord(patientId), entered);
      if (gathered.errors.length > 0) throw inputProblem(module, gathered.errors);
      if (gathered.missing.length > 0)
        throw inputProblem(
          module,
          gathered.missing.map((field) => ({ key: field.key, message: `${field.label} is needed` })),
        );
      const { result, errors } = evaluate(module, gathered);
      if (!result) throw inputProblem(module, errors);
      return store(write, patientId, module, gathered, result, trigger);
    },

    /**
     * Runs every patient-facing module whose inputs the record holds in full, storing a result only
     * when its inputs differ from the latest stored run (after a questionnaire, and nightly).
     */
    async assessFromRecord(
      write: WriteOrigin,
      patientId: string,
      trigger: AssessmentTrigger,
    ): Promise<Omit<RiskResult, 'review'>[]> {
      const record = await patientRecord(patientId);
      const latest = await latestStored(patientId);
      const stored: Omit<RiskResult, 'review'>[] = [];
      for (const module of registry.list()) {
        if (module.audience !== 'patient') continue;
        const gathered = gather(module, record, {});
        if (gathered.missing.length > 0) continue;
        const previous = latest.get(module.id);
        const sameInputs =
          previous !== undefined &&
          inputHashOf(previous) === inputHash(module, gathered.inputs, registry.settingsOf(module.id));
        if (sameInputs) continue;
        const { result } = evaluate(module, gathered);
        if (result) stored.push(await store(write, patientId, module, gathered, result, trigger));
      }
      return stored;
    },

    /** The latest stored result of each module, and every stored result (for trends). */
    async storedResults(patientId: string): Promise<Omit<RiskResult, 'review'>[]> {
      const stored = (await fhir.records.compartment(patientId, ['RiskAssessment'])) as RiskAssessment[];
      return stored
        .map(readRiskResult)
        .filter((result): result is Omit<RiskResult, 'review'> => result !== null)
        .sort((a, b) => a.assessedAt.localeCompare(b.assessedAt));
    },

    /** Modules the patient could be assessed with, and what each still needs. */
    async pendingModules(patientId: string) {
      const record = await patientRecord(patientId);
      return registry.list().flatMap((module) => {
        if (module.audience !== 'patient') return [];
        const gathered = gather(module, record, {});
        return gathered.missing.length > 0
          ? [
              {
                moduleId: module.id,
                moduleName: module.name,
                disease: module.disease,
                missing: gathered.missing,
              },
            ]
          : [];
      });
    },
  };
}
export type AssessmentService = ReturnType<typeof createAssessmentService>;
