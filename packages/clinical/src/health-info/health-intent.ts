import type { HealthArticle, HealthArticleKind, HealthSection } from './health-info.types.ts';
import { editDistanceWithin, typoAllowance } from './health-text.ts';

/** What a question asks about an article: its symptoms, its tests, its side effects … */
export type HealthIntent =
  | 'side-effects'
  | 'dose'
  | 'results'
  | 'tests'
  | 'procedure'
  | 'who'
  | 'cautions'
  | 'prevention'
  | 'symptoms'
  | 'causes'
  | 'treatment'
  | 'help'
  | 'storage'
  | 'what';

type IntentRule = {
  intent: HealthIntent;
  /** Matched against the normalized question (lower case, single spaces, no punctuation). */
  cue: RegExp;
  /** Matched against a section heading in lower case. */
  heading: RegExp;
  /** Kinds of article that usually answer this intent; they get a small lift in the ranking. */
  kinds?: readonly HealthArticleKind[];
  /** How strongly the intent decides the section when several match; higher wins. */
  weight: number;
};

/** Rules from most to least specific; a question can match several. */
const RULES: readonly IntentRule[] = [
  {
    intent: 'side-effects',
    cue: /\bside (e|a)f?fects?\b|\badverse\b|\breactions? to\b|\blong term (risks?|use|effects?)\b|\brisks? of taking\b|\bmakes? (me|you) (cough|sick|drowsy|sleepy|tired|dizzy)\b|\bdrowsy\b/,
    heading: /side effects|low blood sugar|risks/,
    kinds: ['medicine'],
    weight: 9,
  },
  {
    intent: 'dose',
    cue: /\bdos(e|es|age)\b|\bhow (much|many|often)\b|\b(how|when) (do|should|can) (i|you) (take|use)\b|\bmaximum\b|\bmg\b/,
    heading: /how to take|how to use|how much is/,
    kinds: ['medicine', 'prevention'],
    weight: 8,
  },
  {
    intent: 'results',
    cue: /\bnormal\b|\branges?\b|\bresults?\b|\breadings?\b|\blevels?\b|\btargets?\b|\bvalues?\b|\bwhat does (my|a|the) .* mean\b|\bhigh is\b|\blow is\b/,
    heading: /results|targets|reading|how it is measured|how much is/,
    kinds: ['test'],
    weight: 7,
  },
  {
    intent: 'tests',
    cue: /\btests?\b|\btesting\b|\bdiagnos(e|ed|is|ing)\b|\bcheck(ed|s)? for\b|\bscans?\b|\binvestigations?\b|\bfind out if\b/,
    heading: /^tests|which test/,
    kinds: ['test'],
    weight: 6,
  },
  {
    intent: 'procedure',
    cue: /\bwhat happens\b|\bprepar(e|ation)\b|\bprocedure\b|\bdoes it hurt\b|\bhow is (it|the|a) .*(done|taken)\b|\bhow long does (it|the) .* take\b/,
    heading: /what happens/,
    kinds: ['test'],
    weight: 6,
  },
  {
    intent: 'who',
    cue: /\bwho (should|can|needs?|is)\b|\beligib|\bwhat age\b|\bat what age\b|\bhow old\b|\bshould i (have|get)\b|\bam i due\b|\bwhy (is|do|would)\b.*\b(done|need|have)\b/,
    heading: /who should|who it is for|who is most|why it is done|what is offered|before you go/,
    weight: 5,
  },
  {
    intent: 'cautions',
    cue: /\bsafe\b|\bpregnan|\bbreastfeed|\b(drink(ing)? )?alcohol\b|\bdrink(ing)? on\b|\bif (i|you) (smoke|drink)\b|\binteract|\btogether\b|\bmix\b|\bcombine\b|\bwith (other|my)\b/,
    heading: /cautions|who should not/,
    kinds: ['medicine'],
    weight: 5,
  },
  {
    intent: 'storage',
    cue: /\bstor(e|ed|ing|age)\b|\bkeep (it|them|my|insulin|medicines?)\b|\bfridge\b|\bdispos|\bget rid of (old|my|unused)\b/,
    heading: /storage|disposal|what to do/,
    weight: 5,
  },
  {
    intent: 'prevention',
    cue: /\bprevent(ion|ing|ed)?\b|\bavoid\b|\bprotect\b|\breduce (my|the) risk\b|\blower (my|the) risk\b|\bstop (getting|catching)\b|\bkeep from\b/,
    heading: /prevention|how it protects|what to do|what helps|cutting down|why screening/,
    kinds: ['prevention'],
    weight: 4,
  },
  {
    intent: 'symptoms',
    cue: /\bsymptoms?\b|\bsigns?\b|\bhow do (i|you) know\b|\bwhat does .* feel like\b|\bfeel like\b/,
    heading: /symptoms/,
    weight: 4,
  },
  {
    intent: 'causes',
    cue: /\bcaus(e|es|ed|ing)\b|\bwhy do\b|\bwhy am i\b|\breasons?\b|\btriggers?\b|\brisk factors?\b|\bhow do (i|you) get\b/,
    heading: /causes/,
    weight: 4,
  },
  {
    intent: 'treatment',
    cue: /\btreat(ed|ment|ments|ing)?\b|\bcure[ds]?\b|\bmanag(e|ed|ing|ement)\b|\btherap(y|ies)\b|\brelie(f|ve)\b|\bget rid\b|\bremed(y|ies)\b|\bwhat can i (do|take)\b|\bhow (do|can) i (deal|cope)\b/,
    heading: /treatment|self care|what to do|what helps/,
    weight: 3,
  },
  {
    intent: 'help',
    cue: /\bemergency\b|\burgent\b|\bdanger(ous)?\b|\bworr(y|ied|ying)\b|\bserious\b|\bwhen (should|to|do) (i|you)\b|\bsee a doctor\b|\bgo to (hospital|a e)\b|\bambulance\b|\b(999|911|111)\b/,
    heading: /when to get help|what to do after/,
    weight: 3,
  },
  {
    intent: 'what',
    cue: /^(what|whats) (is|are)\b|\bwhat does .* mean\b|\bexplain\b|\bdefin/,
    heading: /^what it is/,
    weight: 1,
  },
];

/** What a question asks for: its intents, most specific first, and the words that expressed them. */
export type QuestionIntent = { intents: readonly HealthIntent[]; cueText: string };

/** Long cue words people often mistype ("symtoms", "treatmnet"); shorter ones are left alone. */
const CUE_WORDS = (
  'symptoms symptom treatment treatments causes diagnosed diagnosis diagnose prevent prevention ' +
  'results normal dangerous emergency pregnant pregnancy breastfeeding dosage storage triggers'
).split(' ');

function fixCueTypo(token: string): string {
  if (token.length < 5 || CUE_WORDS.includes(token)) return token;
  return CUE_WORDS.find((word) => editDistanceWithin(token, word, typoAllowance(word))) ?? token;
}

/** The intents a normalized question expresses and the text of the cues that matched. */
export function detectIntents(normalizedQuestion: string): QuestionIntent {
  const question = normalizedQuestion.split(' ').map(fixCueTypo).join(' ');
  const matched = RULES.flatMap((rule) => {
    const matches = question.match(new RegExp(rule.cue.source, 'g'));
    return matches === null ? [] : [{ intent: rule.intent, text: matches.join(' ') }];
  });
  return { intents: matched.map((m) => m.intent), cueText: matched.map((m) => m.text).join(' ') };
}

/** How much to lift an article of this kind for these intents (1 = no lift). */
export function kindLift(kind: HealthArticleKind, intents: readonly HealthIntent[]): number {
  const first = RULES.find((rule) => intents.includes(rule.intent) && rule.kinds !== undefined);
  return first?.kinds?.includes(kind) ? 1.3 : 1;
}

/**
 * The section that answers the question: the one whose heading fits the strongest intent, plus the
 * points `termScore` gives it for the question's own words in its heading and text. Undefined when
 * nothing scores; the summary answers then.
 */
export function pickSection(
  article: HealthArticle,
  intents: readonly HealthIntent[],
  termScore: (section: HealthSection) => number,
): HealthSection | undefined {
  let best: HealthSection | undefined;
  let bestScore = 0;
  for (const section of article.sections) {
    const heading = section.heading.toLowerCase().replace(/-/g, ' ');
    let score = 0;
    for (const rule of RULES) {
      if (intents.includes(rule.intent) && rule.heading.test(heading))
        score = Math.max(score, rule.weight * 10);
    }
    score += termScore(section);
    if (score > bestScore) {
      best = section;
      bestScore = score;
    }
  }
  return best;
}
