/**
 * `npm run -s eval:chat -- [--vignettes FILE]`: runs clinical vignettes through the offline health
 * assistant and prints one JSON line per vignette ({"id","triage","conditions"}), then one line with
 * {"n","triageAccuracy","emergencyRecall","top3"}. FILE defaults to eval/chat-vignettes.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTriageKnowledge } from '@nexus/clinical';
import {
  createShippedAssistant,
  EVALUATION_NUMBERS,
} from '../apps/server/src/modules/chat/assistant/assistant.ts';
import {
  runVignette,
  scoreVignettes,
  VignetteFile,
  type VignetteResult,
} from '../apps/server/src/modules/chat/evaluation/vignettes.ts';
import { loadPlatformHelp } from '../apps/server/src/modules/chat/platform-help/platform-help.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--vignettes');
const file = at >= 0 ? args[at + 1] : join(import.meta.dirname, '..', 'eval', 'chat-vignettes.json');
if (!file) {
  process.stderr.write('usage: npm run -s eval:chat -- --vignettes FILE\n');
  process.exit(2);
}
const parsed = VignetteFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.success) {
  process.stderr.write(`${file}: not a vignette file: ${parsed.error.issues[0]?.message ?? 'invalid'}\n`);
  process.exit(2);
}
const knowledge = defaultTriageKnowledge();
const assistant = createShippedAssistant({ help: loadPlatformHelp(), numbers: EVALUATION_NUMBERS });
const results: VignetteResult[] = [];
for (const vignette of parsed.data) {
  const result = { id: vignette.id, ...(await runVignette(assistant, vignette.message)) };
  results.push(result);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
process.stdout.write(`${JSON.stringify(scoreVignettes(knowledge, parsed.data, results))}\n`);
