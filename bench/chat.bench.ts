/**
 * `npm run bench:chat`: the time one turn of the offline health assistant takes (no database, no
 * network): reading the message, the emergency rules, the triage dialogue and its scoring, the health
 * library and the help pages. Each vignette of eval/chat-vignettes.json is played as a conversation
 * (the story, then "I don't know" to each follow-up); health and how-to questions are single turns.
 * Target: p95 under 200 ms per turn. Options: --rounds=5
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const rounds = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.split('=')[1] ?? '5');

const loadStart = performance.now();
const { createShippedAssistant, EVALUATION_NUMBERS } = await import(
  '../apps/server/src/modules/chat/assistant/assistant.ts'
);
const { NEW_ASSISTANT_STATE } = await import('../apps/server/src/modules/chat/assistant/assistant-state.ts');
const { loadPlatformHelp } = await import('../apps/server/src/modules/chat/platform-help/platform-help.ts');
const assistant = createShippedAssistant({ help: loadPlatformHelp(), numbers: EVALUATION_NUMBERS });
const loadMs = performance.now() - loadStart;

const vignettes = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'eval', 'chat-vignettes.json'), 'utf8'),
) as {
  message: string;
}[];
const QUESTIONS = [
  'What is a normal HbA1c?',
  'What tests are there for chest pain?',
  'What are the side effects of metformin?',
  'How can I prevent the flu?',
  'How do I add a passkey?',
  'Where can I see who looked at my record?',
  'What is the capital of France?',
  'I had chest pain last year, what tests exist?',
];

const times: number[] = [];
async function turn(state: typeof NEW_ASSISTANT_STATE, text: string) {
  const start = performance.now();
  const result = await assistant.respond({
    mode: 'patient',
    role: 'patient',
    state,
    text,
    hasRecordConsent: false,
    readRecord: null,
  });
  times.push(performance.now() - start);
  return result;
}

for (let round = 0; round < rounds; round++) {
  for (const vignette of vignettes) {
    let result = await turn(NEW_ASSISTANT_STATE, vignette.message);
    for (let i = 0; i < 12 && result.state.triage.pending !== null && result.reply.card === null; i++)
      result = await turn(result.state, 'I don’t know');
  }
  for (const question of QUESTIONS) await turn(NEW_ASSISTANT_STATE, question);
}

times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? Number.NaN;
console.log(`knowledge, library and help loaded in ${loadMs.toFixed(0)} ms`);
console.log(`${times.length} turns over ${rounds} rounds`);
console.log(
  `per turn: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${(times.at(-1) ?? 0).toFixed(2)} ms`,
);
console.log(at(0.95) < 200 ? 'p95 under the 200 ms target' : 'p95 ABOVE the 200 ms target');
