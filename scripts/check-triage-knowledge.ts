/**
 * `npx tsx scripts/check-triage-knowledge.ts [--verbose]`: a tuning aid for the triage knowledge base
 * (packages/clinical/src/triage/knowledge). It compares our symptom synonyms and condition names with two
 * public references in ../shared/data, for evaluation only; nothing of them is copied into the repo, and
 * any phrase worth adding is written into the tables by hand, in our own words.
 * (1) Symptom Ontology (symp.obo, CC0): for every ontology term one of whose labels is already one of
 *     our phrases, the term's other labels that none of our symptoms uses.
 * (2) Kaggle "Disease Symptom Prediction" (dataset.csv): diseases with no condition of that name or
 *     synonym; symptom tokens our phrases would not recognise; and, for matched diseases, symptoms the
 *     dataset lists that the condition's findings leave out (hints, not truth: the dataset is unsourced).
 * `--verbose` also lists ontology terms that match none of our phrases.
 * Exits 0 with a note when the shared data folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONDITIONS } from '../packages/clinical/src/triage/knowledge/conditions.ts';
import { SYMPTOMS } from '../packages/clinical/src/triage/knowledge/symptoms.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(repoRoot, '..', 'shared', 'data');
const oboPath = join(dataDir, 'symptom-ontology', 'symp.obo');
const kaggleDir = join(dataDir, 'disease-symptom-prediction');
const verbose = process.argv.includes('--verbose');

/** The matcher's normalisation: lower case, accents and apostrophes dropped, punctuation and `_` as one space. */
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/_/g, ' ')
    .trim();

/** Phrase → symptom id, from synonyms plus each symptom's name and lay words. */
const PHRASE_TO_SYMPTOM = new Map<string, string>();
for (const symptom of SYMPTOMS) {
  for (const phrase of [...symptom.synonyms, symptom.lay, symptom.name]) {
    const key = normalise(phrase);
    if (key !== '' && !PHRASE_TO_SYMPTOM.has(key)) PHRASE_TO_SYMPTOM.set(key, symptom.id);
  }
}
const SYNONYMS = new Set(SYMPTOMS.flatMap((symptom) => symptom.synonyms));

/** The symptom ids whose phrases occur in `text` on word boundaries, as the matcher would find them. */
function symptomsIn(text: string): Set<string> {
  const padded = ` ${normalise(text)} `;
  const found = new Set<string>();
  for (const [phrase, id] of PHRASE_TO_SYMPTOM) if (padded.includes(` ${phrase} `)) found.add(id);
  return found;
}

function heading(title: string) {
  console.log(`\n== ${title} ==`);
}

type OboTerm = { id: string; name: string; synonyms: string[] };

/** OBO 1.2 `[Term]` stanzas: id, name and quoted synonyms; obsolete terms are skipped. */
function parseObo(text: string): OboTerm[] {
  const terms: OboTerm[] = [];
  for (const stanza of text.split(/\r?\n\[/).filter((block) => block.startsWith('Term]'))) {
    const lines = stanza.split(/\r?\n/);
    if (lines.some((line) => line.startsWith('is_obsolete: true'))) continue;
    const value = (prefix: string) =>
      lines
        .find((line) => line.startsWith(prefix))
        ?.slice(prefix.length)
        .trim();
    const id = value('id:');
    const name = value('name:');
    if (id === undefined || name === undefined) continue;
    const synonyms = lines
      .filter((line) => line.startsWith('synonym:'))
      .map((line) => /"([^"]+)"/.exec(line)?.[1])
      .filter((synonym): synonym is string => synonym !== undefined);
    terms.push({ id, name, synonyms });
  }
  return terms;
}

function checkOntology() {
  heading('Symptom Ontology');
  if (!existsSync(oboPath)) {
    console.log(`not found: ${oboPath}`);
    return;
  }
  const terms = parseObo(readFileSync(oboPath, 'utf8'));
  let matched = 0;
  const gaps: string[] = [];
  const unmatched: string[] = [];
  for (const term of terms) {
    const labels = [...new Set([term.name, ...term.synonyms].map(normalise))];
    const owners = new Set(labels.flatMap((label) => PHRASE_TO_SYMPTOM.get(label) ?? []));
    if (owners.size === 0) {
      const partly = symptomsIn(term.name);
      unmatched.push(
        `${term.id} ${term.name}${partly.size > 0 ? `  (contains: ${[...partly].join(', ')})` : ''}`,
      );
      continue;
    }
    matched += 1;
    const missing = labels.filter((label) => !SYNONYMS.has(label));
    if (missing.length > 0)
      gaps.push(`${[...owners].join('/')} <- ${term.id} ${term.name}: ${missing.join('; ')}`);
  }
  console.log(
    `${terms.length} current terms; ${matched} share a label with one of our ${SYMPTOMS.length} symptoms.`,
  );
  console.log(`${gaps.length} of those have labels none of our synonyms uses:`);
  for (const line of gaps.sort()) console.log(`  ${line}`);
  console.log(
    `${unmatched.length} terms match no phrase of ours${verbose ? ':' : ' (--verbose lists them).'}`,
  );
  if (verbose) for (const line of unmatched) console.log(`  ${line}`);
}

/** A minimal CSV row split (the Kaggle files have no quoted commas in the columns read here). */
const cells = (line: string) => line.split(',').map((cell) => cell.trim());

function checkKaggle() {
  heading('Kaggle Disease Symptom Prediction');
  const datasetPath = join(kaggleDir, 'dataset.csv');
  if (!existsSync(datasetPath)) {
    console.log(`not found: ${datasetPath}`);
    return;
  }
  const rows = readFileSync(datasetPath, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map(cells);
  const symptomsByDisease = new Map<string, Set<string>>();
  for (const [disease, ...tokens] of rows) {
    if (disease === undefined || disease === '') continue;
    const set = symptomsByDisease.get(disease) ?? new Set<string>();
    for (const token of tokens) if (token !== '') set.add(token);
    symptomsByDisease.set(disease, set);
  }

  const conditionByLabel = new Map<string, (typeof CONDITIONS)[number]>();
  for (const condition of CONDITIONS)
    for (const label of [condition.name, condition.id, ...condition.synonyms])
      conditionByLabel.set(normalise(label), condition);

  const tokenToSymptoms = new Map<string, Set<string>>();
  for (const tokens of symptomsByDisease.values())
    for (const token of tokens) tokenToSymptoms.set(token, symptomsIn(token.replace(/_/g, ' ')));

  const unmatchedDiseases: string[] = [];
  const hints: string[] = [];
  for (const [disease, tokens] of [...symptomsByDisease].sort(([a], [b]) => a.localeCompare(b))) {
    const condition = conditionByLabel.get(normalise(disease));
    if (condition === undefined) {
      unmatchedDiseases.push(disease);
      continue;
    }
    const notInFindings = [...tokens].filter((token) => {
      const ids = tokenToSymptoms.get(token) ?? new Set<string>();
      return ids.size > 0 && ![...ids].some((id) => id in condition.findings);
    });
    if (notInFindings.length > 0) hints.push(`${disease} -> ${condition.id}: ${notInFindings.join(', ')}`);
  }
  const unknownTokens = [...tokenToSymptoms].filter(([, ids]) => ids.size === 0).map(([token]) => token);

  console.log(
    `${symptomsByDisease.size} diseases; ${symptomsByDisease.size - unmatchedDiseases.length} match a condition.`,
  );
  console.log(`No counterpart: ${unmatchedDiseases.join('; ') || 'none'}`);
  console.log(
    `${tokenToSymptoms.size} symptom tokens; ${unknownTokens.length} that none of our phrases recognises:`,
  );
  console.log(`  ${unknownTokens.sort().join(', ') || 'none'}`);
  console.log('Listed in the dataset but not among the condition findings (consider, do not copy blindly):');
  for (const line of hints) console.log(`  ${line}`);
}

if (!existsSync(dataDir)) {
  console.log(`The shared data folder is not there (${dataDir}); nothing to check.`);
  process.exit(0);
}
const synonymCount = SYMPTOMS.reduce((sum, symptom) => sum + symptom.synonyms.length, 0);
const conditionLabelCount = CONDITIONS.reduce((sum, condition) => sum + 1 + condition.synonyms.length, 0);
console.log(
  `Knowledge base: ${SYMPTOMS.length} symptoms with ${synonymCount} synonyms; ${CONDITIONS.length} conditions with ${conditionLabelCount} names and synonyms.`,
);
checkOntology();
checkKaggle();
