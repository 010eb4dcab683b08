import { CONDITIONS } from './knowledge/conditions.ts';
import { SYMPTOMS } from './knowledge/symptoms.ts';
import { createTriageKnowledge, type TriageKnowledge } from './triage-knowledge.ts';

let built: TriageKnowledge | undefined;

/** The shipped knowledge base, built on first use (a few milliseconds) and kept. */
export function defaultTriageKnowledge(): TriageKnowledge {
  built ??= createTriageKnowledge({ symptoms: SYMPTOMS, conditions: CONDITIONS });
  return built;
}
