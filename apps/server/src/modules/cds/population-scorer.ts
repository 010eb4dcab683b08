import type { AssessmentResult, DiseaseRegistry } from '@nexus/clinical';
import { InvalidModuleInputError, UnknownModuleError } from '@nexus/clinical';

/** One patient's inputs for one module, as a population screen or a research file supplies them. */
export type ScoreRequest = { moduleId: string; inputs: unknown };

/** What a population screen keeps of an assessment: the risk and whether it needs review, not the prose. */
export type PopulationScore =
  | {
      status: 'assessed';
      moduleId: string;
      probability: number | null;
      points: number | null;
      category: string;
      needsReview: boolean;
    }
  | { status: 'not-applicable'; moduleId: string; reason: string }
  | { status: 'rejected'; moduleId: string; error: string; message: string };

function summarise(moduleId: string, result: AssessmentResult): PopulationScore {
  if (result.status === 'not-applicable')
    return { status: 'not-applicable', moduleId, reason: result.reason };
  return {
    status: 'assessed',
    moduleId,
    probability: result.probability,
    points: result.score?.points ?? null,
    category: result.category,
    needsReview: result.needsReview,
  };
}

/**
 * Scores one request with the site's registry (validation, then the equation). Inputs that fail
 * validation, or name no module, are reported as rejected rather than thrown, so that one bad row
 * does not stop a population run.
 */
export function scoreRequest(registry: DiseaseRegistry, { moduleId, inputs }: ScoreRequest): PopulationScore {
  try {
    return summarise(moduleId, registry.assess(moduleId, inputs));
  } catch (error) {
    if (error instanceof InvalidModuleInputError || error instanceof UnknownModuleError)
      return { status: 'rejected', moduleId, error: error.code, message: error.message };
    throw error;
  }
}
