import { normaliseText, TRIAGE_LEVELS, type TriageKnowledge, type TriageLevel } from '@nexus/clinical';
import { z } from 'zod';
import type { Assistant } from '../assistant/assistant.ts';
import { type AssistantState, NEW_ASSISTANT_STATE } from '../assistant/assistant-state.ts';

/**
 * Runs written clinical vignettes through the assistant as a patient would: the whole story in one
 * message, every follow-up question answered "I don't know", and reads the triage level and the
 * conditions it lists. Scores triage accuracy, emergency recall and whether a gold diagnosis (or one
 * of its synonyms in the knowledge base) is in the top three.
 */

export const Vignette = z.object({
  id: z.string().min(1),
  message: z.string().min(1),
  gold: z.object({
    triage: z.enum(TRIAGE_LEVELS),
    diagnoses: z.array(z.string().min(1)).min(1),
  }),
});
export type Vignette = z.infer<typeof Vignette>;
export const VignetteFile = z.array(Vignette).min(1);

export interface VignetteResult {
  readonly id: string;
  readonly triage: TriageLevel | null;
  readonly conditions: readonly string[];
}

export interface VignetteScore {
  readonly n: number;
  readonly triageAccuracy: number;
  readonly emergencyRecall: number;
  readonly top3: number;
}

const MAX_TURNS = 15;

export async function runVignette(
  assistant: Assistant,
  message: string,
): Promise<Omit<VignetteResult, 'id'>> {
  let state: AssistantState = NEW_ASSISTANT_STATE;
  let text = message;
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const result = await assistant.respond({
      mode: 'patient',
      role: 'patient',
      state,
      text,
      hasRecordConsent: false,
      readRecord: null,
    });
    state = result.state;
    const card = result.reply.card;
    if (card?.kind === 'emergency')
      return {
        triage: state.outcome?.level ?? 'emergency',
        conditions: (state.outcome?.conditions ?? []).slice(0, 5).map((c) => c.name),
      };
    if (card?.kind === 'triage')
      return { triage: card.level, conditions: card.conditions.slice(0, 5).map((c) => c.name) };
    if (state.triage.pending === null) return { triage: null, conditions: [] };
    text = 'I don’t know';
  }
  return { triage: null, conditions: [] };
}

/** Whether a listed condition is one of the gold diagnoses, by name or knowledge-base synonym. */
export function matchesGold(knowledge: TriageKnowledge, listed: string, gold: readonly string[]): boolean {
  const listedCondition = knowledge.conditionByName.get(normaliseText(listed));
  return gold.some((name) => {
    const key = normaliseText(name.replace(/\(.*?\)/g, ''));
    const goldCondition = knowledge.conditionByName.get(key);
    return goldCondition && listedCondition
      ? goldCondition.id === listedCondition.id
      : key === normaliseText(listed);
  });
}

export function scoreVignettes(
  knowledge: TriageKnowledge,
  vignettes: readonly Vignette[],
  results: readonly VignetteResult[],
): VignetteScore {
  const byId = new Map(results.map((r) => [r.id, r]));
  let correct = 0;
  let emergencies = 0;
  let emergenciesCaught = 0;
  let inTop3 = 0;
  for (const vignette of vignettes) {
    const result = byId.get(vignette.id);
    if (!result) continue;
    if (result.triage === vignette.gold.triage) correct++;
    if (vignette.gold.triage === 'emergency') {
      emergencies++;
      if (result.triage === 'emergency') emergenciesCaught++;
    }
    if (result.conditions.slice(0, 3).some((name) => matchesGold(knowledge, name, vignette.gold.diagnoses)))
      inTop3++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    n: vignettes.length,
    triageAccuracy: ratio(correct, vignettes.length),
    emergencyRecall: ratio(emergenciesCaught, emergencies),
    top3: ratio(inTop3, vignettes.length),
  };
}
