/**
 * `npm run eval:interactions [-- --misses]`: how many pairs of public interaction lists the safety rules
 * flag (packages/clinical/src/medications/safety), restricted to pairs whose two drugs are both in the
 * formulary (names matched to generic names and aliases, case-insensitive; the others are listed).
 * (1) ONC high-priority list (Phansalkar et al., JAMIA 2012): recall at any severity and at major or
 *     contraindicated. Target: 90% or more.
 * (2) ONC non-interruptive list (Phansalkar et al., JAMIA 2013): how many the rules flag as major or
 *     contraindicated (these should mostly not interrupt).
 * (3) WorldVista (ANSM thesaurus subset) "Contraindication" rows: recall.
 * The lists are read from ../shared/data/ddi-public-pddi-lists, for evaluation only: nothing of them is
 * copied into the repository, and the rules are written from pharmacology by class. `--misses` prints
 * the high-priority pairs that are not flagged at major or above.
 * Exits 2 when the data folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DRUGS, type DrugId, interactionsBetween, SEVERITY_RANK } from '@nexus/clinical';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(repoRoot, '..', 'shared', 'data', 'ddi-public-pddi-lists');
const showMisses = process.argv.includes('--misses');

if (!existsSync(dataDir)) {
  console.error(`The evaluation data is not there: ${dataDir}`);
  console.error('It comes from the shared data folder (ddi-public-pddi-lists); see its PROVENANCE.md.');
  process.exit(2);
}

const normalise = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

const NAME_TO_ID = new Map<string, DrugId>();
for (const drug of DRUGS) {
  for (const name of [drug.name, drug.id.replace(/-/g, ' '), ...drug.aliases])
    NAME_TO_ID.set(normalise(name), drug.id);
}

type NamePair = readonly [string, string];

/** ONC mapped lists: `$`-separated (drug 1, DrugBank id, drug 2, DrugBank id), UTF-8 BOM, CR or CRLF line ends. */
function readOncMapped(file: string): NamePair[] {
  const text = readFileSync(join(dataDir, file), 'utf8').replace(/^\uFEFF/, '');
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.split('$'))
    .filter((fields) => (fields[0] ?? '').trim() !== '' && (fields[2] ?? '').trim() !== '')
    .map((fields) => [(fields[0] ?? '').trim(), (fields[2] ?? '').trim()] as const);
}

/** WorldVista: tab-separated, three concatenated query results each with a header line. */
function readWorldVista(file: string, severity: string): NamePair[] {
  return readFileSync(join(dataDir, file), 'utf8')
    .split(/\r\n|\r|\n/)
    .map((line) => line.split('\t'))
    .filter((fields) => fields[0] !== 'Drug_Interaction_ID' && fields.length >= 7)
    .filter((fields) => (fields[6] ?? '').trim().toLowerCase() === severity)
    .map((fields) => [(fields[1] ?? '').trim(), (fields[3] ?? '').trim()] as const);
}

type Evaluation = {
  namePairs: number;
  formularyPairs: number;
  flaggedAny: number;
  flaggedMajor: number;
  unmapped: string[];
  missedMajor: string[];
};

const isMajorOrAbove = (a: DrugId, b: DrugId) =>
  interactionsBetween(a, b).some((entry) => SEVERITY_RANK[entry.rule.severity] <= SEVERITY_RANK.major);

function evaluate(pairs: readonly NamePair[]): Evaluation {
  const unmapped = new Set<string>();
  const unique = new Map<string, readonly [DrugId, DrugId]>();
  const namePairs = new Set<string>();
  for (const [first, second] of pairs) {
    namePairs.add([normalise(first), normalise(second)].sort().join('|'));
    const a = NAME_TO_ID.get(normalise(first));
    const b = NAME_TO_ID.get(normalise(second));
    if (!a) unmapped.add(first);
    if (!b) unmapped.add(second);
    if (!a || !b || a === b) continue;
    unique.set([a, b].sort().join('|'), [a, b]);
  }
  let flaggedAny = 0;
  let flaggedMajor = 0;
  const missedMajor: string[] = [];
  for (const [a, b] of unique.values()) {
    if (interactionsBetween(a, b).length > 0) flaggedAny++;
    if (isMajorOrAbove(a, b)) flaggedMajor++;
    else
      missedMajor.push(`${a} + ${b}${interactionsBetween(a, b).length > 0 ? ' (flagged below major)' : ''}`);
  }
  return {
    namePairs: namePairs.size,
    formularyPairs: unique.size,
    flaggedAny,
    flaggedMajor,
    unmapped: [...unmapped].sort(),
    missedMajor: missedMajor.sort(),
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

const highPriority = evaluate(readOncMapped('ONC_High_Priority_Mapped.csv'));
const nonInterruptive = evaluate(readOncMapped('ONC_Non_Interuptive_Mapped.csv'));
const worldVista = evaluate(readWorldVista('worldvista-combined-r01-65.tsv', 'contraindication'));

const row = (label: string, evaluation: Evaluation, measure: string) =>
  `${label.padEnd(40)}${String(evaluation.namePairs).padStart(8)}${String(evaluation.formularyPairs).padStart(11)}${`${evaluation.flaggedAny} (${percent(evaluation.flaggedAny, evaluation.formularyPairs)}%)`.padStart(16)}${`${evaluation.flaggedMajor} (${percent(evaluation.flaggedMajor, evaluation.formularyPairs)}%)`.padStart(16)}   ${measure}`;

console.log(`formulary: ${DRUGS.length} drugs; data: ${dataDir}\n`);
console.log(
  `${'list'.padEnd(40)}${'pairs'.padStart(8)}${'in formul.'.padStart(11)}${'flagged any'.padStart(16)}${'major+'.padStart(16)}`,
);
console.log(row('ONC high-priority', highPriority, 'recall (target ≥ 90%)'));
console.log(row('ONC non-interruptive', nonInterruptive, 'major+ here is alert fatigue'));
console.log(row('WorldVista "Contraindication"', worldVista, 'recall'));
console.log(
  `\nONC high-priority names not in the formulary (${highPriority.unmapped.length}): ${highPriority.unmapped.join(', ')}`,
);
console.log(`ONC non-interruptive names not in the formulary: ${nonInterruptive.unmapped.length}`);
console.log(
  `WorldVista contraindication names not in the formulary: ${worldVista.unmapped.join(', ') || 'none'}`,
);
if (showMisses) {
  console.log(
    `\nONC high-priority pairs not flagged at major or above (${highPriority.missedMajor.length}):`,
  );
  for (const miss of highPriority.missedMajor) console.log(`  ${miss}`);
}

const figures = {
  formularyDrugs: DRUGS.length,
  oncHighPriority: {
    pairs: highPriority.namePairs,
    inFormulary: highPriority.formularyPairs,
    recallAnyPct: percent(highPriority.flaggedAny, highPriority.formularyPairs),
    recallMajorPct: percent(highPriority.flaggedMajor, highPriority.formularyPairs),
    unmappedNames: highPriority.unmapped.length,
  },
  oncNonInterruptive: {
    inFormulary: nonInterruptive.formularyPairs,
    flaggedAny: nonInterruptive.flaggedAny,
    flaggedMajor: nonInterruptive.flaggedMajor,
    flaggedMajorPct: percent(nonInterruptive.flaggedMajor, nonInterruptive.formularyPairs),
  },
  worldVistaContraindication: {
    inFormulary: worldVista.formularyPairs,
    recallAnyPct: percent(worldVista.flaggedAny, worldVista.formularyPairs),
    recallMajorPct: percent(worldVista.flaggedMajor, worldVista.formularyPairs),
  },
};
console.log(`\n${JSON.stringify(figures)}`);
