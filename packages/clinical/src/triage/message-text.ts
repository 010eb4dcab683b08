/**
 * Turns a free-text message into clauses of normalised tokens. Negation and time reach only as far
 * as their clause ("no fever but chest pain": the "no" does not reach the chest pain), so clauses
 * end at sentence punctuation and at the words that turn a sentence ("but", "although", "now").
 */

const CLAUSE_BREAK_WORDS = new Set([
  'but',
  'however',
  'although',
  'though',
  'yet',
  'except',
  'whereas',
  'now',
]);

/** Lower case, apostrophes dropped ("can't" -> "cant"), everything else but letters and digits a space. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

export interface Clause {
  /** The clause's tokens, normalised. */
  readonly tokens: readonly string[];
}

/** Splits a message into clauses; "now" and "but" open a new clause and stay in it. */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  for (const sentence of text.split(/[.!?;:\n()]+|\s[-–—]\s/)) {
    let tokens: string[] = [];
    for (const token of normaliseText(sentence).split(' ')) {
      if (token === '') continue;
      if (CLAUSE_BREAK_WORDS.has(token) && tokens.length > 0) {
        clauses.push({ tokens });
        tokens = [];
      }
      tokens.push(token);
    }
    if (tokens.length > 0) clauses.push({ tokens });
  }
  return clauses;
}

/** The normalised tokens of a phrase, as the matcher compares them. */
export function tokensOf(phrase: string): string[] {
  return normaliseText(phrase)
    .split(' ')
    .filter((token) => token !== '');
}

const IRREGULAR_STEMS: Readonly<Record<string, string>> = {
  swollen: 'swell',
  swelled: 'swell',
  bled: 'bleed',
  threw: 'throw',
  thrown: 'throw',
  feet: 'foot',
  teeth: 'tooth',
  lying: 'lie',
  felt: 'feel',
  wee: 'pee',
  weeing: 'pee',
  weed: 'pee',
  tummy: 'stomach',
  achy: 'ach',
  spotting: 'spotting',
  spots: 'spot',
  belly: 'stomach',
};
const DOUBLED_ENDING = /([bdgkmnprt])\1$/;

/**
 * A light stem, so that "legs", "swelling" and "vomited" meet "leg", "swollen" and "vomit" in the
 * knowledge base. Both the phrases and the message go through it, so it only has to be consistent.
 */
export function stemOf(token: string): string {
  const irregular = IRREGULAR_STEMS[token];
  if (irregular) return irregular;
  if (token.length <= 3 || /\d/.test(token)) return token;
  let stem = token;
  if (stem.length > 4 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ied')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('ed')) stem = stem.slice(0, -2);
  else if (stem.endsWith('es')) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (DOUBLED_ENDING.test(stem)) stem = stem.slice(0, -1);
  return stem;
}
