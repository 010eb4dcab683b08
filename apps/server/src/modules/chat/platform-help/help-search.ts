import type { Role } from '@nexus/contracts';
import type { HelpTopic } from './help-front-matter.ts';

/**
 * Ranking of help topics for a question. Deliberately small and predictable: with a few dozen
 * hand-written pages, weighted term overlap with a light stemmer and a handful of phrase rules picks
 * the right page, and its refusals ("unknown") can be reasoned about, which matters more here than
 * recall: a health question must never be answered with a how-to page.
 */

/** Multi-word names of one thing, and spellings of it, made one term before splitting into words. */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!(?:audit|access|security|mail)\s)\b(?:log|sign)[\s-]?(?:in|on)\b/g, ' signin '],
  [/\b(?:log|sign)[\s-]?(?:out|off)\b/g, ' signout '],
  [/\bsign[\s-]?up\b|\bregister\b/g, ' signup '],
  [/\bset[\s-]?up\b/g, ' setup '],
  [/\be[\s-]?mails?\b/g, ' email '],
  [/\b(?:two[\s-]?(?:factor|step)|2fa|mfa|second factor)\b/g, ' twofactor '],
  [/\bbreak[\s-]?(?:the[\s-]?)?glass\b/g, ' breakglass '],
  [/\b(?:turn|switch)(?:ing|ed)?\s+((?:[a-z]+\s+){0,2})on\b/g, ' enable $1 '],
  [/\b(?:turn|switch)(?:ing|ed)?\s+((?:[a-z]+\s+){0,2})off\b/g, ' disable $1 '],
  [/\bqr[\s-]?codes?\b/g, ' qrcode '],
  [/\bapi[\s-]?keys?\b/g, ' api token '],
  [/\bpush[\s-]?notifications?\b/g, ' push '],
];

/** Words that name the same thing in the help pages. */
const SYNONYMS: Readonly<Record<string, string>> = {
  medication: 'medicine',
  medications: 'medicine',
  meds: 'medicine',
  drug: 'medicine',
  drugs: 'medicine',
  pill: 'medicine',
  pills: 'medicine',
  login: 'signin',
  logon: 'signin',
  logout: 'signout',
  totp: 'authenticator',
  accessed: 'look',
  viewed: 'look',
  seen: 'look',
};

const STOPWORDS = new Set(
  (
    'a an the i me my mine myself you your we our us it its is are was were be been am do does did to of ' +
    'in on at for with from by about as into and or but if so that this these those there here what which ' +
    'who whom whose when where why how can could would should will shall may might must have has had not ' +
    'no please thanks thank hi hello want need like some any all way just also them they their he she his ' +
    'her one someone something anything then than too very really still again now able possible there ' +
    "i'm im don't dont can't cant won't doesn't isn't let tell know"
  ).split(' '),
);

/** Verbs and nouns every topic uses: they add weight but never make a match on their own. */
const GENERIC = new Set(
  (
    'take add see view show open find use make chang set get go give put work help start stop enabl ' +
    'disabl creat remov delet new page app tab button sett option thing lifecare nexus portal'
  ).split(' '),
);

/** A light suffix stemmer; consistent on both sides is all it needs to be. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ch|sh|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('er') && w.length > 5) w = w.slice(0, -2);
  // "getting" → "get", "stopped" → "stop"; ll/ss stay ("spelling" → "spell").
  if (w !== word && /([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** The content terms of a text: phrases joined, stopwords dropped, synonyms mapped, stemmed. */
export function terms(text: string): string[] {
  let normalised = text.toLowerCase().replace(/[’`]/g, "'");
  for (const [pattern, replacement] of PHRASES) normalised = normalised.replace(pattern, replacement);
  return normalised
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    .filter((word) => word !== '' && !STOPWORDS.has(word))
    .map((word) => stem(SYNONYMS[word] ?? word));
}

/** Words that make a question a how-to question rather than a health or general one. */
const HOW_TO_CUE =
  /\b(?:how|where|what does|what do i|can i|can my|can someone|could i|can we|may i|is there|am i able|is it possible|is there a way|do i|setup|set up|enable|disable|turn|switch|change|reset|add|remove|delete|find|see|view|show|open|invite|book|use|get|make|create|download|export|import|share|revoke|end|verify|manage|update|edit|print|scan|stop|unlock|i want to|i need to|i would like to|i'd like to|help me|why (?:can't|cannot|don't|doesn't|isn't|am i not|do i not|is my|is the))\b/;

export const hasHowToCue = (question: string): boolean => HOW_TO_CUE.test(question.toLowerCase());

type IndexedTopic = {
  topic: HelpTopic;
  title: Set<string>;
  /** Title and keyword terms: what the page is about. */
  strong: Set<string>;
  summary: Set<string>;
  body: Set<string>;
  /** Keywords of two or more terms, matched as a whole. */
  phrases: string[][];
};

export type HelpIndex = { topics: IndexedTopic[]; idf: (term: string) => number };

export function buildHelpIndex(topics: readonly HelpTopic[]): HelpIndex {
  const indexed = topics.map((topic): IndexedTopic => {
    const keywordTerms = topic.keywords.map(terms);
    return {
      topic,
      title: new Set(terms(topic.title)),
      strong: new Set([...terms(topic.title), ...keywordTerms.flat()]),
      summary: new Set(terms(topic.summary)),
      body: new Set(terms(topic.body)),
      phrases: keywordTerms.filter((phrase) => phrase.length >= 2),
    };
  });
  const documentFrequency = new Map<string, number>();
  for (const entry of indexed) {
    for (const term of new Set([...entry.strong, ...entry.summary])) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const total = Math.max(indexed.length, 1);
  // A word no page uses weighs like the rarest: "ibuprofen" in a question is a reason to doubt a match.
  const idf = (term: string) => Math.log(1 + total / (documentFrequency.get(term) ?? 1));
  return { topics: indexed, idf };
}

export type RankedTopic = { topic: HelpTopic; score: number };

const ROLE_BOOST = 1.3;
const OTHER_ROLE_DAMPING = 0.75;
/** With a how-to cue, this share of the question's distinctive words must be the topic's. */
const MIN_COVERAGE_WITH_CUE = 0.34;

/** The best topic for a question, or null when no topic answers it. */
export function bestHelpTopic(index: HelpIndex, question: string, role: Role | null): RankedTopic | null {
  const asked = [...new Set(terms(question))];
  const distinctive = asked.filter((term) => !GENERIC.has(term));
  if (distinctive.length === 0) return null;
  const isHowTo = hasHowToCue(question);
  const distinctiveWeight = distinctive.reduce((sum, term) => sum + index.idf(term), 0);

  let best: RankedTopic | null = null;
  for (const entry of index.topics) {
    const matched = distinctive.filter((term) => entry.strong.has(term));
    const hasPhrase = entry.phrases.some(
      (phrase) => phrase.some((term) => !GENERIC.has(term)) && phrase.every((term) => asked.includes(term)),
    );
    if (matched.length === 0) continue;
    const coverage = matched.reduce((sum, term) => sum + index.idf(term), 0) / distinctiveWeight;
    // Without a cue only a question made of the topic's own words counts ("passkeys", "reminder settings").
    const isCandidate = isHowTo ? coverage >= MIN_COVERAGE_WITH_CUE || hasPhrase : coverage === 1;
    if (!isCandidate) continue;

    let score = 0;
    for (const term of asked) {
      const weight = entry.title.has(term)
        ? 4
        : entry.strong.has(term)
          ? 3
          : entry.summary.has(term)
            ? 1
            : entry.body.has(term)
              ? 0.3
              : 0;
      score += weight * index.idf(term) * (GENERIC.has(term) ? 0.3 : 1);
    }
    for (const phrase of entry.phrases) {
      if (phrase.every((term) => asked.includes(term))) {
        score += phrase.reduce((sum, term) => sum + (GENERIC.has(term) ? 0.3 : 1) * index.idf(term), 0);
      }
    }
    if (role) score *= entry.topic.roles.includes(role) ? ROLE_BOOST : OTHER_ROLE_DAMPING;
    if (!best || score > best.score) best = { topic: entry.topic, score };
  }
  return best;
}
