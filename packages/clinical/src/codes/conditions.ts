import type { ConditionConcept } from './codes.types.ts';
import { ACUTE_CONDITIONS } from './conditions-acute.table.ts';
import { CARDIOMETABOLIC_CONDITIONS } from './conditions-cardiometabolic.table.ts';
import { GENERAL_CONDITIONS } from './conditions-general.table.ts';

/** About a hundred common conditions: SNOMED CT concept and preferred term, ICD-10-CM code, lay keywords. */
export const CONDITIONS: readonly ConditionConcept[] = [
  ...CARDIOMETABOLIC_CONDITIONS,
  ...GENERAL_CONDITIONS,
  ...ACUTE_CONDITIONS,
];

const bySnomed = new Map(CONDITIONS.map((entry) => [entry.snomed.code, entry]));

/** The curated condition for a SNOMED CT concept id. */
export function findConditionBySnomed(code: string): ConditionConcept | undefined {
  return bySnomed.get(code.trim());
}

const compactCode = (code: string) => code.replace(/\./g, '').toUpperCase();

/** The curated conditions that map to an ICD-10-CM code (with or without the dot). */
export function findConditionsByIcd10(code: string): ConditionConcept[] {
  const wanted = compactCode(code.trim());
  return CONDITIONS.filter((entry) => entry.icd10 !== null && compactCode(entry.icd10.code) === wanted);
}

/** Lower case, accents removed, apostrophes dropped ("Ménière's" → "menieres"), other punctuation as spaces. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Indexed = {
  entry: ConditionConcept;
  display: string;
  phrases: readonly string[];
  words: readonly string[];
};

const INDEX: readonly Indexed[] = CONDITIONS.map((entry) => {
  const display = normalizeSearchText(entry.snomed.display);
  const phrases = [display, ...(entry.keywords ?? []).map(normalizeSearchText)];
  return { entry, display, phrases, words: phrases.flatMap((phrase) => phrase.split(' ')) };
});

// Lower is better: exact code, display prefix, keyword or code prefix, every query word prefixes a word.
function rank(item: Indexed, query: string, queryCode: string, queryWords: readonly string[]): number | null {
  const { snomed, icd10 } = item.entry;
  if (snomed.code === query || (icd10 && compactCode(icd10.code) === queryCode)) return 0;
  if (item.display.startsWith(query)) return 1;
  if (item.phrases.some((phrase) => phrase.startsWith(query))) return 2;
  if (icd10 && queryCode.length >= 2 && compactCode(icd10.code).startsWith(queryCode)) return 2;
  if (queryWords.every((word) => item.words.some((candidate) => candidate.startsWith(word)))) return 3;
  return null;
}

/** Ranked: exact code, then display starting with the query, then any word starting with it; case- and accent-insensitive. */
export function searchConditions(query: string, limit = 20): ConditionConcept[] {
  const normalized = normalizeSearchText(query);
  if (normalized === '' || limit <= 0) return [];
  const queryCode = compactCode(query.trim());
  const queryWords = normalized.split(' ');
  return INDEX.map((item) => ({ item, score: rank(item, normalized, queryCode, queryWords) }))
    .filter((ranked): ranked is { item: Indexed; score: number } => ranked.score !== null)
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.item.display.length - b.item.display.length ||
        a.item.display.localeCompare(b.item.display),
    )
    .slice(0, limit)
    .map((ranked) => ranked.item.entry);
}
