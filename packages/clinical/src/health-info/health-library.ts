import MiniSearch from 'minisearch';
import { HEALTH_ARTICLES } from './health-articles.ts';
import type { HealthAnswer, HealthArticle, HealthMatch, HealthSection } from './health-info.types.ts';
import { detectIntents, type HealthIntent, kindLift, pickSection } from './health-intent.ts';
import {
  canonicalTerm,
  contentTerms,
  editDistanceWithin,
  isGenericTerm,
  isStopword,
  normalizeText,
  tokenize,
  typoAllowance,
} from './health-text.ts';

/**
 * The lowest ranking score an answer may have, calibrated for `HEALTH_ARTICLES` on the retrieval table
 * in health-library.test.ts: the weakest in-scope answer there scores about 27, while matches that reach
 * an article only through a typo allowance or one incidental word score about 5 to 20. BM25 scores
 * depend on the collection, so a library over other articles should pass its own `minAnswerScore`.
 */
export const MIN_ANSWER_SCORE = 15;

/** Related articles must score at least this share of the answer's score. */
const RELATED_SHARE = 0.3;
const CANDIDATES = 20;
/** Lift for an article whose title or one keyword is exactly the question ("diabetes", "the flu"). */
const EXACT_NAME_LIFT = 2;
/** Score kept by articles that only the aspect words of a question (alcohol, store, smoke) point to. */
const CUE_ONLY_SHARE = 0.5;
/** Section points for a question word in the heading and in the text; an intent match is worth 10 to 90. */
const HEADING_HIT_POINTS = 25;
const TEXT_HIT_POINTS = 4;

/** Tuning for `createHealthLibrary`. */
export type HealthLibraryOptions = {
  /** Lowest ranking score an answer may have; defaults to `MIN_ANSWER_SCORE`, calibrated for the bundled articles. */
  minAnswerScore?: number;
};

type IndexedArticle = { id: string; title: string; keywords: string; summary: string; body: string };

type Prepared = {
  article: HealthArticle;
  /** Folded terms of the title and keywords: a question must name some of them to be answered. */
  topicTerms: ReadonlySet<string>;
  /**
   * Terms of the title and one-word keywords. One of these names the article; a word taken from a
   * longer keyword ("light" of "light headed") only does so with a second word or the whole phrase.
   */
  nameTerms: ReadonlySet<string>;
  titleTerms: ReadonlySet<string>;
  /** Folded terms of the summary and the sections. */
  textTerms: ReadonlySet<string>;
  /** The title and each keyword as folded terms joined by spaces, for the exact-name bonus. */
  names: ReadonlySet<string>;
  /** Folded multi-word titles and keywords, for the phrase bonus. */
  phrases: readonly (readonly string[])[];
  sectionTerms: ReadonlyMap<HealthSection, { heading: ReadonlySet<string>; text: ReadonlySet<string> }>;
};

/** Terms of the question that name a topic: not stopwords, not generic words, not numbers. */
function topicWords(terms: readonly string[]): string[] {
  return [...new Set(terms.filter((term) => !isGenericTerm(term)))];
}

function termMatches(queryTerm: string, candidate: string): boolean {
  if (queryTerm === candidate) return true;
  const allowance = typoAllowance(queryTerm);
  if (allowance === 0) return false;
  const [shorter, longer] =
    queryTerm.length < candidate.length ? [queryTerm, candidate] : [candidate, queryTerm];
  if (shorter.length >= 5 && longer.length - shorter.length <= 3 && longer.startsWith(shorter)) return true;
  return editDistanceWithin(queryTerm, candidate, allowance);
}

function inSet(queryTerm: string, terms: ReadonlySet<string>): boolean {
  if (terms.has(queryTerm)) return true;
  if (typoAllowance(queryTerm) === 0) return false;
  for (const term of terms) if (termMatches(queryTerm, term)) return true;
  return false;
}

function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let start = 0; start + phrase.length <= haystack.length; start++) {
    for (let offset = 0; offset < phrase.length; offset++) {
      if (haystack[start + offset] !== phrase[offset]) continue outer;
    }
    return true;
  }
  return false;
}

function prepare(article: HealthArticle): Prepared {
  const topicTerms = new Set<string>();
  const titleTerms = new Set(contentTerms(article.title));
  const nameTerms = new Set(titleTerms);
  const phrases: string[][] = [];
  const names = new Set<string>();
  for (const text of [article.title, ...article.keywords]) {
    const terms = contentTerms(text);
    names.add(terms.join(' '));
    for (const term of terms) topicTerms.add(term);
    if (terms.length >= 2) phrases.push(terms);
    else for (const term of terms) nameTerms.add(term);
  }
  const sectionTerms = new Map<HealthSection, { heading: ReadonlySet<string>; text: ReadonlySet<string> }>();
  for (const section of article.sections) {
    sectionTerms.set(section, {
      heading: new Set(contentTerms(section.heading)),
      text: new Set(contentTerms(section.text)),
    });
  }
  const sectionText = article.sections.map((section) => `${section.heading} ${section.text}`);
  const textTerms = new Set(contentTerms([article.summary, ...sectionText].join(' ')));
  return { article, topicTerms, nameTerms, titleTerms, textTerms, names, phrases, sectionTerms };
}

function toIndexed(article: HealthArticle): IndexedArticle {
  return {
    id: article.id,
    title: article.title,
    keywords: article.keywords.join(' ; '),
    summary: article.summary,
    body: article.sections.map((section) => `${section.heading}. ${section.text}`).join('\n'),
  };
}

/**
 * A searchable health library over curated articles. Build it once (about 50 to 100 ms for the
 * bundled articles, mostly the full-text index); each `answer` then takes well under a millisecond.
 *
 * - `search(query, limit)`: ranked articles with the best-fitting section; not gated, so it also
 *   suggests articles for vague queries.
 * - `answer(question)`: the best article and the section that answers the question's intent, or
 *   `unknown` when no article's title or keywords name the question's topic, when the question has
 *   at least as many topic words the chosen article never mentions as words naming it, or when the
 *   score is below `minAnswerScore`.
 */
export function createHealthLibrary(
  articles: readonly HealthArticle[] = HEALTH_ARTICLES,
  options: HealthLibraryOptions = {},
) {
  const minAnswerScore = options.minAnswerScore ?? MIN_ANSWER_SCORE;
  const prepared = new Map(articles.map((article) => [article.id, prepare(article)]));
  const index = new MiniSearch<IndexedArticle>({
    fields: ['title', 'keywords', 'summary', 'body'],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => (isStopword(term) ? null : canonicalTerm(term)),
    searchOptions: {
      boost: { title: 3, keywords: 3, summary: 1.5, body: 1 },
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (term.length >= 5 ? 0.25 : false),
      maxFuzzy: 2,
      weights: { fuzzy: 0.45, prefix: 0.4 },
      combineWith: 'OR',
    },
  });
  index.addAll(articles.map(toIndexed));

  function rank(question: string) {
    const normalized = normalizeText(question);
    const terms = contentTerms(question);
    const { intents, cueText } = detectIntents(normalized);
    const cueTerms = new Set(contentTerms(cueText));
    const topics = topicWords(terms);
    const hits = index.search(question).slice(0, CANDIDATES);
    const ranked = hits.flatMap((hit) => {
      const entry = prepared.get(String(hit.id));
      if (entry === undefined) return [];
      const matchedPhrases = entry.phrases.filter((phrase) => containsPhrase(terms, phrase));
      const longestPhrase = Math.max(0, ...matchedPhrases.map((phrase) => phrase.length));
      const phraseTerms = new Set(matchedPhrases.flat());
      const anchored = topics.filter((term) => inSet(term, entry.topicTerms));
      const named = anchored.filter((term) => phraseTerms.has(term) || inSet(term, entry.nameTerms));
      const isAnchored = named.length > 0 || anchored.length >= 2 || matchedPhrases.length > 0;
      const isCueOnly = anchored.every((term) => cueTerms.has(term));
      const baseScore = hit.score * (1 + 0.25 * longestPhrase) * kindLift(entry.article.kind, intents);
      const score = entry.names.has(terms.join(' ')) ? baseScore * EXACT_NAME_LIFT : baseScore;
      return [{ entry, score, baseScore, anchored, isAnchored, isCueOnly }];
    });
    // "Can I drink alcohol on metformin": the words that ask about an aspect (alcohol) must not
    // outweigh the word that names the topic (metformin) when some article is anchored by the latter.
    if (ranked.some((candidate) => candidate.isAnchored && !candidate.isCueOnly)) {
      for (const candidate of ranked.filter((c) => c.isCueOnly)) {
        candidate.score *= CUE_ONLY_SHARE;
        candidate.baseScore *= CUE_ONLY_SHARE;
      }
    }
    ranked.sort((a, b) => b.score - a.score);
    return { terms, intents, topics, cueTerms, ranked };
  }

  function sectionFor(entry: Prepared, terms: readonly string[], intents: readonly HealthIntent[]) {
    const topics = topicWords(terms);
    const extra = topics.filter((term) => !entry.titleTerms.has(term));
    return pickSection(entry.article, intents, (section) => {
      const sectionTerms = entry.sectionTerms.get(section);
      if (sectionTerms === undefined) return 0;
      const headingHits = topics.filter((term) => sectionTerms.heading.has(term)).length;
      const textHits = extra.filter((term) => sectionTerms.text.has(term)).length;
      return headingHits * HEADING_HIT_POINTS + Math.min(textHits, 3) * TEXT_HIT_POINTS;
    });
  }

  function search(query: string, limit = 5): HealthMatch[] {
    const { terms, intents, ranked } = rank(query);
    return ranked.slice(0, limit).map(({ entry, score }) => {
      const section = sectionFor(entry, terms, intents);
      return section === undefined
        ? { article: entry.article, score }
        : { article: entry.article, score, section };
    });
  }

  function answer(question: string): HealthAnswer {
    const { terms, intents, topics, cueTerms, ranked } = rank(question);
    const best = ranked.find((candidate) => candidate.isAnchored);
    if (best === undefined || best.score < minAnswerScore) return { kind: 'unknown' };
    // "Treatment for lung fibrosis", "paracetamol for my dog": a topic word the article never mentions
    // means the question is about something else, unless the article's own topic words outnumber it.
    const unexplained = topics.filter(
      (term) =>
        !cueTerms.has(term) && !inSet(term, best.entry.topicTerms) && !inSet(term, best.entry.textTerms),
    );
    if (unexplained.length >= best.anchored.length) return { kind: 'unknown' };
    const related = ranked
      .filter((candidate) => candidate !== best && candidate.isAnchored)
      .filter((candidate) => candidate.baseScore >= best.baseScore * RELATED_SHARE)
      .slice(0, 3)
      .map((candidate) => candidate.entry.article);
    const section = sectionFor(best.entry, terms, intents);
    return section === undefined
      ? { kind: 'answer', article: best.entry.article, related }
      : { kind: 'answer', article: best.entry.article, section, related };
  }

  return { search, answer };
}

/** A health library: `search` ranks articles, `answer` replies to a question or says `unknown`. */
export type HealthLibrary = ReturnType<typeof createHealthLibrary>;
