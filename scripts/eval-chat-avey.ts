/**
 * `npm run -s eval:chat-avey`: an outside check of the assistant's diagnosis list on the 400 Avey
 * vignettes (../shared/data/symptom-checker-vignettes, MIT; diagnosis only, no triage label), which
 * the knowledge base was not tuned on. Each vignette becomes one message (age and sex, complaints,
 * story, absent findings); follow-ups are answered "I don't know". Reports top-1/3/5 over all
 * vignettes and over those whose gold diagnosis the knowledge base covers. Exits 0 with a note when
 * ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTriageKnowledge, normaliseText } from '@nexus/clinical';
import {
  createShippedAssistant,
  EVALUATION_NUMBERS,
} from '../apps/server/src/modules/chat/assistant/assistant.ts';
import { matchesGold, runVignette } from '../apps/server/src/modules/chat/evaluation/vignettes.ts';
import { createPlatformHelp } from '../apps/server/src/modules/chat/platform-help/platform-help.ts';

const file = join(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'data',
  'symptom-checker-vignettes',
  'avey_vignettes.jsonl',
);
if (!existsSync(file)) {
  console.log(`no Avey vignettes at ${file}; nothing to check`);
  process.exit(0);
}
type Avey = {
  correct_diagnosis: string;
  demographics: string;
  chief_complaints: string;
  presentation: string;
  absent_findings: string;
};
const vignettes = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Avey);
const knowledge = defaultTriageKnowledge();
const assistant = createShippedAssistant({ help: createPlatformHelp([]), numbers: EVALUATION_NUMBERS });
/** Gold names with their accepted alternatives: "Acute liver failure (acetaminophen poisoning acceptable)". */
const goldNames = (gold: string) =>
  [
    gold,
    ...(gold
      .match(/\(([^)]*)\)/)?.[1]
      ?.replace(/acceptable/g, '')
      .split(/,| or /) ?? []),
  ]
    .map((n) => n.trim())
    .filter(Boolean);
const isCovered = (names: string[]) =>
  names.some((name) => knowledge.conditionByName.has(normaliseText(name.replace(/\(.*?\)/g, ''))));

let covered = 0;
const hits = { all: [0, 0, 0], covered: [0, 0, 0] };
for (const v of vignettes) {
  const message = `${v.demographics}. ${v.chief_complaints}. ${v.presentation} ${v.absent_findings}.`;
  const { conditions } = await runVignette(assistant, message);
  const gold = goldNames(v.correct_diagnosis);
  const isIn = (k: number) => conditions.slice(0, k).some((name) => matchesGold(knowledge, name, gold));
  const inCover = isCovered(gold);
  if (inCover) covered++;
  [1, 3, 5].forEach((k, i) => {
    if (!isIn(k)) return;
    hits.all[i] = (hits.all[i] ?? 0) + 1;
    if (inCover) hits.covered[i] = (hits.covered[i] ?? 0) + 1;
  });
}
const pct = (a: number | undefined, b: number) => (b === 0 ? 0 : Math.round(((a ?? 0) / b) * 1000) / 1000);
console.log(
  JSON.stringify({
    n: vignettes.length,
    covered,
    all: {
      top1: pct(hits.all[0], vignettes.length),
      top3: pct(hits.all[1], vignettes.length),
      top5: pct(hits.all[2], vignettes.length),
    },
    coveredOnly: {
      top1: pct(hits.covered[0], covered),
      top3: pct(hits.covered[1], covered),
      top5: pct(hits.covered[2], covered),
    },
  }),
);
