import { normaliseText } from './message-text.ts';

/**
 * The facts around the symptoms that triage needs: the person's age and sex, how long it has been
 * going on and how bad it is, read from free text ("my 4-year-old daughter", "34F", "since
 * yesterday", "8/10"). Each reader returns undefined when the text does not say.
 */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  'a couple': 2,
  'a few': 3,
  an: 1,
  one: 1,
  two: 2,
  couple: 2,
  three: 3,
  few: 3,
  four: 4,
  five: 5,
  several: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  twenty: 20,
};
const UNIT_DAYS: Readonly<Record<string, number>> = {
  minute: 1 / 1440,
  min: 1 / 1440,
  hour: 1 / 24,
  hr: 1 / 24,
  day: 1,
  night: 1,
  week: 7,
  wk: 7,
  fortnight: 14,
  month: 30,
  year: 365,
  yr: 365,
};
const unitPattern =
  '(minute|min|hour|hr|day|night|week|wk|fortnight|month|year|yr)s?(?! old| of age| pregnant)';
const amountPattern =
  '(\\d+(?:\\.\\d+)?|a couple|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|few|couple|several)';

function amountOf(word: string): number | undefined {
  const numeric = Number(word);
  return Number.isFinite(numeric) ? numeric : NUMBER_WORDS[word];
}

/** Age in years (fractions for babies), or undefined. */
export function readAge(text: string): number | undefined {
  const t = normaliseText(text);
  const months = t.match(/\b(\d{1,2}) (month|week)s? old\b/);
  if (months?.[1] && months[2]) return Number(months[1]) / (months[2] === 'week' ? 52 : 12);
  const patterns = [
    /\b(\d{1,3}) ?(?:years?|yrs?|yo|y o) ?old\b/,
    /\b(\d{1,3}) ?(?:years?|yrs?) of age\b/,
    /\b(\d{1,3}) ?(?:yo|y o|yr old|year old)\b/,
    /\baged? (\d{1,3})\b/,
    /\b(\d{1,3}) ?(?:f|m|female|male)\b/,
    /\b(?:i am|im|i m|he is|hes|she is|shes|is) (\d{1,3})\b(?! ?\/| out of| (?:minute|min|hour|hr|day|week|wk|month|year|times|kg|lb|cm|percent|weeks pregnant|months pregnant))/,
  ];
  for (const pattern of patterns) {
    const value = Number(t.match(pattern)?.[1]);
    if (Number.isFinite(value) && value > 0 && value < 120) return value;
  }
  if (/\b(newborn|new born)\b/.test(t)) return 0.05;
  if (/\b(baby|infant)\b/.test(t)) return 0.5;
  if (/\btoddler\b/.test(t)) return 2;
  return undefined;
}

const FEMALE_WORDS =
  /\b(\d{1,3} ?f|female|woman|girl|lady|wife|mother|mum|mom|mummy|mommy|daughter|sister|grandmother|grandma|gran|granny|nan|aunt|niece|pregnant|she|her)\b/;
const MALE_WORDS =
  /\b(\d{1,3} ?m|male|man|boy|husband|father|dad|daddy|son|brother|grandfather|grandpa|grandad|uncle|nephew|he|his|him)\b/;

/** The person's sex when the text gives it (the first cue wins, so "my husband ... his wife" is male). */
export function readSex(text: string): 'female' | 'male' | undefined {
  const t = normaliseText(text);
  const female = t.search(FEMALE_WORDS);
  const male = t.search(MALE_WORDS);
  if (female < 0 && male < 0) return undefined;
  if (male < 0) return 'female';
  if (female < 0) return 'male';
  return female < male ? 'female' : 'male';
}

/** How long the symptoms have lasted, in days, or undefined. */
export function readDurationDays(text: string): number | undefined {
  const t = normaliseText(text);
  const spans = [
    new RegExp(
      `\\b(?:for|past|last|over|about|nearly|almost) (?:the )?(?:past |last )?${amountPattern} (?:of )?${unitPattern}\\b`,
    ),
    new RegExp(`\\b${amountPattern} (?:of )?${unitPattern} ago\\b`),
    new RegExp(`\\bsince ${amountPattern} ${unitPattern} ago\\b`),
    new RegExp(`\\b${amountPattern} ${unitPattern}\\b`),
  ];
  for (const pattern of spans) {
    const match = t.match(pattern);
    const amount = match?.[1] ? amountOf(match[1]) : undefined;
    const unit = match?.[2] ? UNIT_DAYS[match[2]] : undefined;
    if (amount !== undefined && unit !== undefined) return amount * unit;
  }
  if (
    /\b(just now|suddenly|all of a sudden|a few minutes|minutes ago|an hour ago|this evening|tonight)\b/.test(
      t,
    )
  )
    return 0.05;
  if (/\b(this morning|since morning|earlier today|today)\b/.test(t)) return 0.3;
  if (/\b(since yesterday|yesterday|last night|overnight)\b/.test(t)) return 1;
  if (/\b(since last week|last week)\b/.test(t)) return 7;
  if (/\b(since last month|last month)\b/.test(t)) return 30;
  if (/\b(for ages|for years|always had|all my life|long time)\b/.test(t)) return 365;
  return undefined;
}

export type Severity = 'mild' | 'moderate' | 'severe';

/** How bad the person says it is, or undefined. */
export function readSeverity(text: string): Severity | undefined {
  const t = normaliseText(text);
  const score = t.match(/\b(\d{1,2}) ?(?:\/ ?10|out of 10|out of ten)\b/);
  if (score?.[1]) {
    const value = Number(score[1]);
    if (value <= 10) return value >= 7 ? 'severe' : value >= 4 ? 'moderate' : 'mild';
  }
  // "Not the worst headache ever" says nothing about how bad it is.
  const affirmed = t.replace(
    /\bnot (the |a |that |so |very |really )?(worst|severe|terrible|awful|excruciating|unbearable)\b/g,
    '',
  );
  if (
    /\b(severe|severely|terrible|excruciating|unbearable|agony|agonising|agonizing|worst|extreme|extremely|crippling|crushing|tearing|really bad|very bad|so bad|intense|awful|horrendous|screaming)\b/.test(
      affirmed,
    )
  )
    return 'severe';
  if (/\b(moderate|quite bad|fairly bad|pretty bad|bad)\b/.test(t)) return 'moderate';
  if (/\b(mild|slight|slightly|a bit|a little|minor|niggling|not too bad|not bad)\b/.test(t)) return 'mild';
  return undefined;
}
