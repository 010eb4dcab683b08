import { measuredFindings } from './measured-findings.ts';
import { type Clause, clausesOf } from './message-text.ts';
import type { PhraseMatch, PhraseMatcher } from './phrase-matcher.ts';

/**
 * What a message says about each symptom it names: present now, absent ("no fever"), present earlier
 * and settled ("the numbness went away"), or long past ("chest pain last year", "history of").
 * A NegEx-style reading: triggers before or after the phrase, within its clause. A general question
 * that names a symptom without anyone having it ("what causes seizures?") only mentions it.
 */
export type FindingStatus = 'present' | 'absent' | 'resolved' | 'past' | 'mentioned';

export interface ExtractedFinding {
  readonly id: string;
  readonly status: FindingStatus;
}

const NEGATION_WORDS = new Set([
  'no',
  'not',
  'never',
  'without',
  'denies',
  'deny',
  'denied',
  'none',
  'nor',
  'neither',
  'nil',
  'dont',
  'doesnt',
  'didnt',
  'havent',
  'hasnt',
  'hadnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'aint',
  'nothing',
  'negative',
]);
/** "not sure", "no better": the negation word does not deny a symptom. */
const PSEUDO_NEGATIONS = [
  ['not', 'sure'],
  ['not', 'only'],
  ['not', 'just'],
  ['not', 'certain'],
  ['no', 'idea'],
  ['dont', 'know'],
  ['not', 'getting', 'better'],
  ['not', 'improving'],
  ['not', 'better'],
  ['no', 'better'],
  ['not', 'go', 'away'],
  ['doesnt', 'go', 'away'],
  ['not', 'going', 'away'],
  ['not', 'helping'],
  ['doesnt', 'help'],
  ['dont', 'help'],
  ['nothing', 'helps'],
  ['no', 'relief'],
  ['not', 'stopping'],
  ['doesnt', 'stop'],
  ['no', 'matter'],
];
/** A new subject ends a negation's reach: "no, I have a cough". */
const SCOPE_ENDS = new Set([
  'i',
  'im',
  'ive',
  'id',
  'he',
  'hes',
  'she',
  'shes',
  'they',
  'theyre',
  'we',
  'which',
  'who',
]);
const NEGATION_WINDOW = 6;
const RESOLVED_AFTER = new Set([
  'gone',
  'resolved',
  'stopped',
  'settled',
  'disappeared',
  'cleared',
  'subsided',
  'passed',
]);
const RESOLVED_AFTER_PAIRS = [['went', 'away']];
const RESOLVED_WINDOW = 4;

const PAST_PHRASES = [
  ['last', 'year'],
  ['years', 'ago'],
  ['year', 'ago'],
  ['months', 'ago'],
  ['month', 'ago'],
  ['history', 'of'],
  ['used', 'to'],
  ['as', 'a', 'child'],
  ['when', 'i', 'was'],
  ['in', 'the', 'past'],
  ['years', 'back'],
  ['previously'],
];
const RECENT_PAST_PHRASES = [
  ['last', 'week'],
  ['weeks', 'ago'],
  ['week', 'ago'],
  ['days', 'ago'],
  ['day', 'ago'],
];
const ONGOING_WORDS = new Set([
  'since',
  'started',
  'starting',
  'began',
  'begun',
  'still',
  'currently',
  'today',
  'tonight',
  'now',
  'keeps',
  'keep',
  'again',
  'ongoing',
  'constant',
  'daily',
  'getting',
  'worse',
]);

function hasSequenceAt(tokens: readonly string[], at: number, sequence: readonly string[]): boolean {
  return sequence.every((word, offset) => tokens[at + offset] === word);
}
function containsSequence(tokens: readonly string[], sequence: readonly string[]): boolean {
  for (let i = 0; i + sequence.length <= tokens.length; i++)
    if (hasSequenceAt(tokens, i, sequence)) return true;
  return false;
}

function isNegated(tokens: readonly string[], match: PhraseMatch, claimed: ReadonlySet<number>): boolean {
  // A phrase found by its words close together ("lips aren't blue") carries the negation inside it.
  for (let i = match.start + 1; i < match.end - 1; i++) {
    const token = tokens[i];
    if (token !== undefined && !claimed.has(i) && NEGATION_WORDS.has(token)) return true;
  }
  for (let i = match.start - 1; i >= Math.max(0, match.start - NEGATION_WINDOW); i--) {
    const token = tokens[i];
    if (token === undefined || SCOPE_ENDS.has(token)) return false;
    if (claimed.has(i) || !NEGATION_WORDS.has(token)) continue;
    if (PSEUDO_NEGATIONS.some((pseudo) => hasSequenceAt(tokens, i, pseudo))) continue;
    return true;
  }
  return false;
}

function isResolvedAfter(tokens: readonly string[], match: PhraseMatch): boolean {
  for (let i = match.end; i < Math.min(tokens.length, match.end + RESOLVED_WINDOW); i++) {
    const token = tokens[i];
    if (token !== undefined && RESOLVED_AFTER.has(token)) return true;
    if (RESOLVED_AFTER_PAIRS.some((pair) => hasSequenceAt(tokens, i, pair))) return true;
  }
  return false;
}

function timeOfClause(tokens: readonly string[]): 'current' | 'recent-past' | 'past' {
  const isOngoing =
    tokens.some((token) => ONGOING_WORDS.has(token)) ||
    tokens.some(
      (token, i) =>
        token === 'for' && /^(\d+|a|an|the|past|last|few|several|couple)$/.test(tokens[i + 1] ?? ''),
    );
  if (isOngoing) return 'current';
  const mentionsOldYear = tokens.some((token) => /^(19|20)\d\d$/.test(token));
  if (mentionsOldYear || PAST_PHRASES.some((phrase) => containsSequence(tokens, phrase))) return 'past';
  if (RECENT_PAST_PHRASES.some((phrase) => containsSequence(tokens, phrase))) return 'recent-past';
  return 'current';
}

const QUESTION_STARTS = new Set([
  'what',
  'whats',
  'how',
  'why',
  'which',
  'when',
  'where',
  'who',
  'is',
  'are',
  'can',
  'could',
  'does',
  'do',
  'should',
  'tell',
  'explain',
]);
const EXPERIENCERS = new Set([
  'i',
  'im',
  'ive',
  'id',
  'me',
  'my',
  'mine',
  'he',
  'hes',
  'his',
  'him',
  'she',
  'shes',
  'her',
  'they',
  'their',
  'them',
  'we',
  'our',
  'us',
  'you',
  'your',
]);

/** "What causes seizures?": a question about a symptom that nobody in the message has. */
function isGeneralQuestion(tokens: readonly string[]): boolean {
  const first = tokens[0];
  return (
    first !== undefined && QUESTION_STARTS.has(first) && !tokens.some((token) => EXPERIENCERS.has(token))
  );
}

function findingsOfClause(clause: Clause, matcher: PhraseMatcher): ExtractedFinding[] {
  const { tokens } = clause;
  const matches = matcher.matches(tokens);
  const claimed = new Set<number>();
  for (const match of matches) for (let i = match.start; i < match.end; i++) claimed.add(i);
  const time = timeOfClause(tokens);
  const isQuestion = isGeneralQuestion(tokens);
  return matches.map((match) => {
    const status: FindingStatus = isNegated(tokens, match, claimed)
      ? 'absent'
      : isQuestion
        ? 'mentioned'
        : time === 'past'
          ? 'past'
          : time === 'recent-past' || isResolvedAfter(tokens, match)
            ? 'resolved'
            : 'present';
    return { id: match.value, status };
  });
}

/** Every symptom the message names, each with its status; a later mention of the same one wins. */
export function extractFindings(text: string, matcher: PhraseMatcher): ExtractedFinding[] {
  const byId = new Map<string, ExtractedFinding>();
  const all = [
    ...clausesOf(text).flatMap((clause) => findingsOfClause(clause, matcher)),
    ...measuredFindings(text),
  ];
  for (const finding of all) {
    const earlier = byId.get(finding.id);
    // "present" anywhere outranks a denial elsewhere: the safer reading for triage.
    if (earlier?.status === 'present' && finding.status !== 'present') continue;
    byId.set(finding.id, finding);
  }
  return [...byId.values()];
}
