import type { z } from 'zod';
import type { InputSource } from './input-sources.ts';

/**
 * The contract every disease module keeps. A module is pure: it names the inputs it needs (a zod
 * object with units and valid ranges), where each is found in a FHIR record, and `assess(inputs)`,
 * which returns the risk, its category, what drove it, what the guidelines recommend and the evidence.
 * A new disease is one folder under `cds/diseases/` whose `index.ts` exports `diseaseModules`.
 */

/** Ordered categories; each module maps its own published bands onto these. */
export const RISK_CATEGORIES = ['low', 'borderline', 'intermediate', 'high', 'very-high'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export type Reference = {
  /** Short stable key that recommendations point at, e.g. `tammemagi-2013`. */
  id: string;
  citation: string;
  url?: string;
};

export type CodedConcept = { system: string; code: string; display: string };

/** What a module knows about one input beyond its zod type. */
export type InputInfo = {
  /** Clinician-facing label. */
  label: string;
  /** Patient-facing question, used when the input has to be asked. */
  question: string;
  /** UCUM unit for numbers (`a`, `kg/m2`, `mg/dL`, `/d`), or null. */
  unit: string | null;
  /** Where the value is found in a record, best source first; empty when it can only be asked. */
  sources: readonly InputSource[];
  /** Why the model needs it or how it is coded, shown beside the field. */
  help?: string;
  /** Display names of enum values, in the enum's order. */
  options?: Readonly<Record<string, string>>;
  /** Only asked (and only required) when this returns true for the other inputs known so far. */
  askWhen?: (known: Readonly<Record<string, unknown>>) => boolean;
};

/** One input's share of the result, on the model's own scale. */
export type Contribution = {
  input: string;
  label: string;
  /** The input as shown to a reader ("30 pack-years", "current smoker"). */
  value: string;
  /** Effect on the model scale relative to the model's reference (centring) profile. */
  effect: number;
  scale: 'log-odds' | 'log-hazard' | 'points';
};

/** Contributions all on one scale (built field by field: object spread is slow in a hot loop). */
export function onScale(
  scale: Contribution['scale'],
  parts: readonly Omit<Contribution, 'scale'>[],
): Contribution[] {
  return parts.map((part) => ({
    input: part.input,
    label: part.label,
    value: part.value,
    effect: part.effect,
    scale,
  }));
}

/** The sum of an object's numeric values (a linear predictor's terms). */
export function sumOfTerms(terms: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const key in terms) sum += terms[key] ?? 0;
  return sum;
}

/** A published rule applied beside the risk (USPSTF screening eligibility), with the reason for the verdict. */
export type GuidelineFinding = {
  guideline: string;
  verdict: 'meets' | 'does-not-meet';
  summary: string;
  reasons: string[];
  reference: string;
};

export type Recommendation = {
  text: string;
  audience: 'clinician' | 'patient';
  /** `Reference.id` of the evidence. */
  reference: string;
};

/** Orders and diagnoses a module proposes to the reviewing doctor; nothing is created until confirmed. */
export type SuggestedActions = {
  condition: CodedConcept | null;
  serviceRequests: { code: CodedConcept; reason: string }[];
  /** Follow-up interval the guideline suggests, in months, or null. */
  followUpMonths: number | null;
};

export type AssessedResult = {
  status: 'assessed';
  /** The predicted event, e.g. "lung cancer diagnosis". */
  outcome: string;
  /** Probability (0–1) of the outcome within the horizon; null for point scores without one. */
  probability: number | null;
  horizonYears: number | null;
  /** Points scores (FINDRISC) give their total here. */
  score: { points: number; maxPoints: number } | null;
  category: RiskCategory;
  categoryLabel: string;
  /** True when the result should enter the responsible doctor's review queue. */
  needsReview: boolean;
  contributions: Contribution[];
  findings: GuidelineFinding[];
  recommendations: Recommendation[];
  suggested: SuggestedActions;
  /** Caveats: inputs outside the development range, model limitations. */
  warnings: string[];
  /** One sentence for the clinician. */
  summary: string;
  /** For the patient, in plain language. */
  plainLanguage: { meaning: string; whatYouCanDo: string[] };
};

export type NotApplicableResult = {
  status: 'not-applicable';
  reason: string;
  plainLanguage: { meaning: string; whatYouCanDo: string[] };
};

export type AssessmentResult = AssessedResult | NotApplicableResult;

export type ModuleKind = 'equation' | 'points-score' | 'learned';

/** Who the module is for: patient modules run on their own; clinician modules need a clinician's inputs. */
export type ModuleAudience = 'patient' | 'clinician';

export type DiseaseModule<
  Inputs extends z.ZodObject = z.ZodObject,
  Settings extends z.ZodObject = z.ZodObject,
> = {
  /** Stable kebab-case id, e.g. `plcom2012`. */
  id: string;
  disease: { id: string; name: string };
  name: string;
  /** Semantic version of the model and its coefficients; stored with every result. */
  version: string;
  kind: ModuleKind;
  audience: ModuleAudience;
  description: string;
  inputs: Inputs;
  inputInfo: { [Key in keyof z.infer<Inputs> & string]-?: InputInfo };
  /** Site-configurable thresholds with their defaults. */
  settings: Settings;
  assess(inputs: z.infer<Inputs>, settings: z.infer<Settings>): AssessmentResult;
  references: Reference[];
};

/** Any module, whatever its input and settings types (for registries and loaders). */
export type AnyDiseaseModule = DiseaseModule<z.ZodObject, z.ZodObject>;

/** Identity helper that keeps a module's input and settings types while checking it against the contract. */
export function defineDiseaseModule<Inputs extends z.ZodObject, Settings extends z.ZodObject>(
  module: DiseaseModule<Inputs, Settings>,
): DiseaseModule<Inputs, Settings> {
  return module;
}
