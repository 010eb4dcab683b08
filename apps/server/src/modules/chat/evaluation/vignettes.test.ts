import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTriageKnowledge } from '@nexus/clinical';
import { describe, expect, it } from 'vitest';
import { serverRoot } from '../../../platform/paths.ts';
import { createShippedAssistant, EVALUATION_NUMBERS } from '../assistant/assistant.ts';
import { createPlatformHelp } from '../platform-help/platform-help.ts';
import { runVignette, scoreVignettes, VignetteFile } from './vignettes.ts';

/**
 * The evaluation set (eval/chat-vignettes.json, written for the project from clinical knowledge)
 * through the assistant: the bar is every emergency caught, triage right in 80% and a gold
 * diagnosis in the top three in 70%. The same run as `npm run -s eval:chat`.
 */
const vignettes = VignetteFile.parse(
  JSON.parse(readFileSync(join(serverRoot, '..', '..', 'eval', 'chat-vignettes.json'), 'utf8')),
);
const knowledge = defaultTriageKnowledge();
const assistant = createShippedAssistant({ help: createPlatformHelp([]), numbers: EVALUATION_NUMBERS });

describe('the evaluation vignettes', () => {
  it('catches every emergency, triages 80% right and lists the diagnosis in the top 3 in 70%', async () => {
    const results = [];
    for (const vignette of vignettes)
      results.push({ id: vignette.id, ...(await runVignette(assistant, vignette.message)) });
    const score = scoreVignettes(knowledge, vignettes, results);
    expect(score.n).toBeGreaterThanOrEqual(60);
    expect(score.emergencyRecall).toBe(1);
    expect(score.triageAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(score.top3).toBeGreaterThanOrEqual(0.7);
  });

  it('matches gold names through the knowledge base’s synonyms, case-insensitively', () => {
    expect(knowledge.conditionByName.size).toBeGreaterThan(knowledge.conditions.length);
    const heartAttack = knowledge.conditionByName.get('myocardial infarction');
    expect(heartAttack).toBeDefined();
    expect(knowledge.conditionByName.get('heart attack')?.id).toBe(heartAttack?.id);
  });
});
