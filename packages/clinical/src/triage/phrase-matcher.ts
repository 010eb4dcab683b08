import { stemOf, tokensOf } from './message-text.ts';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  value?: string;
}

export interface PhraseMatch {
  readonly value: string;
  /** Token index of the first and one past the last token of the match, within the clause. */
  readonly start: number;
  readonly end: number;
}

/** Words that carry no meaning of their own in a symptom phrase ("pain in my chest" is pain + chest). */
const FILLER = new Set(
  [
    'my',
    'the',
    'a',
    'an',
    'in',
    'of',
    'on',
    'to',
    'is',
    'are',
    'am',
    'i',
    'me',
    'his',
    'her',
    'it',
    'its',
    'and',
    'at',
    'with',
    'for',
    'be',
    'been',
    'feel',
    'have',
    'ha',
    'had',
    'got',
    'very',
    'really',
    'so',
    'some',
    'around',
    'up',
    'down',
    'out',
    'he',
    'she',
    'when',
    'like',
    'bit',
    'little',
    'all',
    'over',
  ].map(stemOf),
);
/** Phrases whose sense hangs on a negation or a small word are matched only word for word. */
const EXACT_ONLY =
  /\b(no|not|cant|cannot|wont|dont|doesnt|never|without|unable|only|balls?|side|sides|spot|spots)\b/;
const PAIN_WORDS = new Set(
  ['pain', 'ache', 'hurt', 'sore', 'pressure', 'tight', 'discomfort', 'cramp', 'agony', 'tender'].map(stemOf),
);
/** How far apart the words of a phrase may be: wider for pain and its place ("pain low down on the right side of my tummy"). */
const NEAR = 3;
const NEAR_PAIN = 4;

interface NearPhrase {
  readonly stems: readonly string[];
  readonly value: string;
  readonly reach: number;
}

/**
 * Finds known phrases in a clause's tokens: first word for word (on stems, longest first, without
 * overlaps, so "cant breathe through my nose" wins over "cant breathe"), then phrases of two or three
 * meaningful words that appear close together in any order ("my stomach is really swollen" meets
 * "swollen stomach").
 */
export function createPhraseMatcher(entries: Iterable<readonly [phrase: string, value: string]>) {
  const root: TrieNode = { next: new Map() };
  const near = new Map<string, NearPhrase[]>();
  for (const [phrase, value] of entries) {
    const tokens = tokensOf(phrase);
    if (tokens.length === 0) continue;
    let node = root;
    for (const token of tokens.map(stemOf)) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map() };
        node.next.set(token, child);
      }
      node = child;
    }
    node.value ??= value;
    if (EXACT_ONLY.test(tokens.join(' '))) continue;
    const stems = [...new Set(tokens.map(stemOf).filter((stem) => !FILLER.has(stem)))];
    const [first] = stems;
    if (first === undefined || stems.length < 2 || stems.length > 3) continue;
    const reach = stems.some((stem) => PAIN_WORDS.has(stem)) ? NEAR_PAIN : NEAR;
    for (const stem of stems) near.set(stem, [...(near.get(stem) ?? []), { stems, value, reach }]);
  }

  function longestAt(stems: readonly string[], start: number): PhraseMatch | undefined {
    let node: TrieNode | undefined = root;
    let best: PhraseMatch | undefined;
    for (let i = start; i < stems.length && node; i++) {
      const stem = stems[i];
      node = stem === undefined ? undefined : node.next.get(stem);
      if (node?.value !== undefined) best = { value: node.value, start, end: i + 1 };
    }
    return best;
  }

  function nearMatches(
    stems: readonly string[],
    claimed: ReadonlySet<number>,
    known: ReadonlySet<string>,
  ): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const seen = new Set(known);
    // Distance counts meaningful words only: "pain on the right side of my chest" is three apart.
    const place: number[] = [];
    let count = 0;
    for (const stem of stems) {
      place.push(count);
      if (!FILLER.has(stem)) count++;
    }
    for (let i = 0; i < stems.length; i++) {
      const stem = stems[i];
      if (stem === undefined || claimed.has(i)) continue;
      for (const phrase of near.get(stem) ?? []) {
        if (seen.has(phrase.value)) continue;
        const here = place[i] ?? 0;
        const at = phrase.stems.map((wanted) => {
          for (let j = 0; j < stems.length; j++)
            if (stems[j] === wanted && !claimed.has(j) && Math.abs((place[j] ?? 0) - here) <= phrase.reach)
              return j;
          return -1;
        });
        if (at.some((j) => j < 0)) continue;
        seen.add(phrase.value);
        found.push({ value: phrase.value, start: Math.min(...at), end: Math.max(...at) + 1 });
      }
    }
    return found;
  }

  return {
    /** Matches in a clause given its tokens (normalised words); stems are taken here. */
    matches(tokens: readonly string[]): PhraseMatch[] {
      const stems = tokens.map(stemOf);
      const found: PhraseMatch[] = [];
      const claimed = new Set<number>();
      let i = 0;
      while (i < stems.length) {
        const match = longestAt(stems, i);
        if (match) {
          found.push(match);
          for (let j = match.start; j < match.end; j++) claimed.add(j);
          i = match.end;
        } else i++;
      }
      const nearby = nearMatches(stems, claimed, new Set(found.map((m) => m.value)));
      return [...found, ...nearby].sort((a, b) => a.start - b.start);
    },
  };
}
export type PhraseMatcher = ReturnType<typeof createPhraseMatcher>;
