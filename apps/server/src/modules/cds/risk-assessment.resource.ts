import { createHash } from 'node:crypto';
import type { Practitioner, Reference, RiskAssessment } from '@medplum/fhirtypes';
import type { AnyDiseaseModule, AssessmentResult } from '@nexus/clinical';
import {
  type AssessmentInput,
  type AssessmentTrigger,
  RiskCategory,
  type RiskResult,
  RiskResult as RiskResultSchema,
} from '@nexus/contracts';
import { z } from 'zod';

/** Code systems and extensions of the platform's risk results. */
export const CDS_MODULE_SYSTEM = 'urn:lifecare-nexus:cds:module';
export const CDS_DISEASE_SYSTEM = 'urn:lifecare-nexus:cds:disease';
export const CDS_CATEGORY_SYSTEM = 'urn:lifecare-nexus:cds:risk-category';
export const CDS_INPUT_HASH_SYSTEM = 'urn:lifecare-nexus:cds:input-hash';
export const EXTENSION = {
  trigger: 'urn:lifecare-nexus:fhir:extension:cds-trigger',
  inputs: 'urn:lifecare-nexus:fhir:extension:cds-inputs',
  result: 'urn:lifecare-nexus:fhir:extension:cds-result',
} as const;

/** The part of a stored result that the RiskAssessment's own elements cannot hold, kept as JSON. */
const StoredResult = RiskResultSchema.omit({
  id: true,
  assessedAt: true,
  trigger: true,
  inputs: true,
  review: true,
});
type StoredResult = z.infer<typeof StoredResult>;

/** The module and result as the portals show them (before storage: no id, time or review yet). */
export function resultView(
  module: AnyDiseaseModule,
  result: AssessmentResult,
): Omit<RiskResult, 'id' | 'assessedAt' | 'trigger' | 'inputs' | 'review'> {
  const meta = {
    moduleId: module.id,
    moduleName: module.name,
    moduleVersion: module.version,
    moduleKind: module.kind,
    disease: module.disease,
    references: module.references.map((reference) => ({ ...reference, url: reference.url ?? null })),
  };
  if (result.status === 'not-applicable') {
    return {
      ...meta,
      status: 'not-applicable',
      outcome: null,
      probability: null,
      horizonYears: null,
      score: null,
      category: null,
      categoryLabel: null,
      needsReview: false,
      summary: result.reason,
      plainLanguage: result.plainLanguage,
      contributions: [],
      findings: [],
      recommendations: [],
      suggested: { condition: null, serviceRequests: [], followUpMonths: null },
      warnings: [],
    };
  }
  return {
    ...meta,
    status: 'assessed',
    outcome: result.outcome,
    probability: result.probability,
    horizonYears: result.horizonYears,
    score: result.score,
    category: result.category,
    categoryLabel: result.categoryLabel,
    needsReview: result.needsReview,
    summary: result.summary,
    plainLanguage: result.plainLanguage,
    contributions: result.contributions,
    findings: result.findings,
    recommendations: result.recommendations,
    suggested: result.suggested,
    warnings: result.warnings,
  };
}

/**
 * What makes two runs the same: the module and version, the inputs and the site's settings. A run
 * whose hash equals the latest stored one adds nothing and is not stored again.
 */
export function inputHash(
  module: AnyDiseaseModule,
  inputs: readonly AssessmentInput[],
  settings: Readonly<Record<string, unknown>>,
): string {
  const values = Object.fromEntries(
    [...inputs].sort((a, b) => a.key.localeCompare(b.key)).map((input) => [input.key, input.value]),
  );
  const sortedSettings = Object.fromEntries(Object.entries(settings).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256')
    .update(JSON.stringify([module.id, module.version, values, sortedSettings]))
    .digest('base64url');
}

/** The FHIR RiskAssessment that stores one run of a module, with its inputs, output and explanation. */
export function riskAssessmentOf(input: {
  module: AnyDiseaseModule;
  result: AssessmentResult;
  inputs: readonly AssessmentInput[];
  settings: Readonly<Record<string, unknown>>;
  patientId: string;
  trigger: AssessmentTrigger;
  occurrence: string;
  performer?: Reference<Practitioner>;
}): RiskAssessment {
  const { module, result, inputs } = input;
  const view = resultView(module, result);
  const basis = [
    ...new Set(
      inputs.flatMap((entry) =>
        entry.origin.kind === 'record' && entry.origin.resourceId
          ? [`${entry.origin.resourceType}/${entry.origin.resourceId}`]
          : [],
      ),
    ),
  ].map((reference) => ({ reference }));
  const stored: StoredResult = StoredResult.parse(view);
  const assessed = result.status === 'assessed' ? result : null;
  return {
    resourceType: 'RiskAssessment',
    status: 'final',
    identifier: [{ system: CDS_INPUT_HASH_SYSTEM, value: inputHash(module, inputs, input.settings) }],
    subject: { reference: `Patient/${input.patientId}` },
    occurrenceDateTime: input.occurrence,
    ...(input.performer ? { performer: input.performer } : {}),
    code: {
      coding: [{ system: CDS_DISEASE_SYSTEM, code: module.disease.id, display: module.disease.name }],
      text: module.disease.name,
    },
    method: {
      coding: [{ system: CDS_MODULE_SYSTEM, code: module.id, version: module.version, display: module.name }],
      text: `${module.name} ${module.version}`,
    },
    ...(basis.length > 0 ? { basis } : {}),
    ...(assessed
      ? {
          prediction: [
            {
              outcome: { text: assessed.outcome },
              ...(assessed.probability !== null
                ? { probabilityDecimal: roundTo(assessed.probability, 6) }
                : {}),
              qualitativeRisk: {
                coding: [
                  { system: CDS_CATEGORY_SYSTEM, code: assessed.category, display: assessed.categoryLabel },
                ],
                text: assessed.categoryLabel,
              },
              ...(assessed.horizonYears !== null
                ? {
                    whenRange: {
                      high: {
                        value: assessed.horizonYears,
                        unit: 'years',
                        system: 'http://unitsofmeasure.org',
                        code: 'a',
                      },
                    },
                  }
                : {}),
              rationale: assessed.summary,
            },
          ],
          ...(assessed.recommendations.some((r) => r.audience === 'clinician')
            ? {
                mitigation: assessed.recommendations
                  .filter((r) => r.audience === 'clinician')
                  .map((r) => r.text)
                  .join(' '),
              }
            : {}),
        }
      : {}),
    note: [{ text: view.summary }],
    extension: [
      { url: EXTENSION.trigger, valueCode: input.trigger },
      { url: EXTENSION.inputs, valueString: JSON.stringify(inputs) },
      { url: EXTENSION.result, valueString: JSON.stringify(stored) },
    ],
  };
}

const roundTo = (value: number, digits: number) => Number(value.toFixed(digits));

const StoredInputs = z.array(
  z.object({
    key: z.string(),
    label: z.string(),
    value: z.union([z.number(), z.boolean(), z.string()]),
    display: z.string(),
    origin: z.any(),
  }),
);

/** The module id a RiskAssessment was made by, or null for RiskAssessments from elsewhere. */
export function moduleIdOf(resource: RiskAssessment): string | null {
  return resource.method?.coding?.find((coding) => coding.system === CDS_MODULE_SYSTEM)?.code ?? null;
}

export const inputHashOf = (resource: RiskAssessment): string | null =>
  resource.identifier?.find((identifier) => identifier.system === CDS_INPUT_HASH_SYSTEM)?.value ?? null;

/** Reads a stored result back; null when the RiskAssessment is not one of the platform's (or is damaged). */
export function readRiskResult(resource: RiskAssessment): Omit<RiskResult, 'review'> | null {
  if (!moduleIdOf(resource) || !resource.id) return null;
  const extension = (url: string) => resource.extension?.find((ext) => ext.url === url);
  try {
    const stored = StoredResult.safeParse(JSON.parse(extension(EXTENSION.result)?.valueString ?? 'null'));
    const inputs = StoredInputs.safeParse(JSON.parse(extension(EXTENSION.inputs)?.valueString ?? '[]'));
    if (!stored.success || !inputs.success) return null;
    const trigger = z
      .enum(['questionnaire', 'clinician', 'patient', 'nightly'])
      .catch('clinician')
      .parse(extension(EXTENSION.trigger)?.valueCode);
    return {
      ...stored.data,
      id: resource.id,
      assessedAt: resource.occurrenceDateTime ?? resource.meta?.lastUpdated ?? '',
      trigger,
      inputs: inputs.data as AssessmentInput[],
    };
  } catch {
    return null;
  }
}

/** Orders results for a reader: highest category first, then newest. */
export function byConcern(a: { category: RiskCategory | null; assessedAt: string }, b: typeof a): number {
  const rank = (category: RiskCategory | null) => (category ? RiskCategory.options.indexOf(category) : -1);
  return rank(b.category) - rank(a.category) || b.assessedAt.localeCompare(a.assessedAt);
}
