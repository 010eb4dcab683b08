/**
 * Text processing shared by the index and the questions: lower-casing, British/American spelling
 * folding and a light suffix stemmer. The same steps run on both sides, so a folded form only has to
 * be consistent, not a real word ("anaemia" and "anemia" both become "anemi").
 */

/** Words that carry no topic: function words and the small talk around a question. */
const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are arent as at be because been before being below ' +
    'between both but by can cant could couldnt did didnt do does doesnt doing dont down during each few for ' +
    'from further had hadnt has hasnt have havent having he hed hes her here hers herself him himself his how ' +
    'hows i id ill im ive if in into is isnt it its itself lets me more most my myself no nor not of off on once ' +
    'only or other ought our ours ourselves out over own same she shes should shouldnt so some such than that ' +
    'thats the their theirs them themselves then there theres these they theyd theyre this those through to too ' +
    'under until up very was wasnt we were what whats when where which while who whom whose why will with wont ' +
    'would wouldnt you youd youre your yours yourself yourselves also just get got getting go going gone ' +
    'please tell know want need like really much many lot lots thing things something anything anyone someone ' +
    'ok okay hi hello thanks thank yes maybe might may must shall us one ones way ways make makes made use used ' +
    'using give gives say says said see seen look looks mean means am pm etc eg ie vs per every let lets quite ' +
    'mum mom mother father dad son daughter wife husband partner friend grandmother grandfather granny grandma ' +
    'grandpa brother sister aunt uncle kid kids family people person someone everyone'
  ).split(' '),
);

/**
 * Words that say what kind of answer is wanted ("treatment", "symptoms", "test") or are too broad to
 * name a topic. They steer the section choice but never, alone, make a question fit an article.
 * Written as people type them; folded with `canonicalTerm` when the set is built.
 */
const GENERIC_WORDS = (
  'what treatment treatments treat treated treating cure symptom symptoms sign signs cause causes caused ' +
  'test tests testing tested check checked checks disease diseases condition conditions disorder syndrome ' +
  'problem problems doctor doctors gp nurse medicine medicines medication medications drug drugs tablet tablets ' +
  'help helps normal range ranges result results level levels value high low side effect effects dose ' +
  'dosage doses prevent prevention preventing avoid risk risks risky health healthy body type kind good bad best ' +
  'safe dangerous serious worry worried danger common ill illness sick unwell feel feeling feelings ' +
  'long short take taking took time times day days week weeks year years new old adult adults child children ' +
  'baby babies age older young man men woman women male female normal diagnose diagnosed diagnosis manage ' +
  'management therapy care work works working happen happens stop start reduce lower increase better worse ' +
  'often usually chronic acute infection early first last late later always never sometimes constant ' +
  'constantly sudden suddenly hurt hurts hurting difference different same compare versus meaning true myth ' +
  'advice information info question answer enough'
).split(' ');

const SPELLING: Readonly<Record<string, string>> = {
  tumour: 'tumor',
  tumours: 'tumors',
  colour: 'color',
  behaviour: 'behavior',
  labour: 'labor',
  programme: 'program',
  programmes: 'programs',
  fibre: 'fiber',
  litre: 'liter',
  litres: 'liters',
  centre: 'center',
  grey: 'gray',
  jab: 'vaccine',
  jabs: 'vaccines',
  shot: 'vaccine',
  shots: 'vaccines',
  poo: 'stool',
  pee: 'urine',
  peeing: 'urinating',
  tummy: 'stomach',
  belly: 'stomach',
  acetaminophen: 'paracetamol',
  albuterol: 'salbutamol',
  ekg: 'ecg',
  cbc: 'fbc',
  gerd: 'gord',
  fecal: 'faecal',
  cholestrol: 'cholesterol',
};

/** Lower-case, strip accents and apostrophes, and turn every other non-alphanumeric run into one space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words of a text after `normalizeText`. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized.length === 0 ? [] : normalized.split(' ');
}

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

function foldSpelling(token: string): string {
  const mapped = SPELLING[token];
  if (mapped !== undefined) return mapped;
  return token
    .replace(/^oes/, 'es')
    .replace(/^oed/, 'ed')
    .replace(/^coel/, 'cel')
    .replace(/^foet/, 'fet')
    .replace(/aem/g, 'em')
    .replace(/paed/g, 'ped')
    .replace(/anaes/g, 'anes')
    .replace(/faec/g, 'fec')
    .replace(/oea/g, 'ea')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/yse$/, 'yze');
}

function stem(token: string): string {
  let word = token;
  if (/\d/.test(word) || word.length < 4) return word;
  if (word.endsWith('ness') && word.length >= 8) word = word.slice(0, -4);
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('s') && !/(ss|us)$/.test(word) && !(word.endsWith('is') && word.length > 5)) {
    word = word.slice(0, -1);
  }
  if (word.endsWith('ing') && word.length >= 6) word = undouble(word.slice(0, -3));
  else if (word.endsWith('ed') && word.length >= 6) word = undouble(word.slice(0, -2));
  if (word.endsWith('e') && word.length > 4) word = word.slice(0, -1);
  if (word.endsWith('y') && word.length > 3) word = `${word.slice(0, -1)}i`;
  return word;
}

function undouble(word: string): string {
  return /([bdgmnpt])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** The folded, stemmed form of one normalized token; the index and the questions both use it. */
export function canonicalTerm(token: string): string {
  return stem(foldSpelling(token));
}

const GENERIC_TERMS = new Set(GENERIC_WORDS.map(canonicalTerm));

/** Long generic words people often mistype; only these are matched with a typo ("efects", "symtoms"). */
const TYPO_PRONE_GENERIC = (
  'effects symptoms treatment diagnosis diagnosed medicine medication prevention condition disease ' +
  'dangerous problem infection'
)
  .split(' ')
  .map(canonicalTerm);

/**
 * True for folded terms that name no topic on their own: numbers and the words in `GENERIC_WORDS`,
 * also when the longer ones are mistyped.
 */
export function isGenericTerm(term: string): boolean {
  if (GENERIC_TERMS.has(term) || /^\d+$/.test(term)) return true;
  if (term.length < 5) return false;
  return TYPO_PRONE_GENERIC.some((generic) => editDistanceWithin(term, generic, typoAllowance(generic)));
}

/** The folded terms of a text, without stopwords, in order. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((token) => !isStopword(token))
    .map(canonicalTerm);
}

/**
 * Whether two short strings are within `max` edits of each other, counting a swap of two neighbouring
 * letters as one edit ("alzhiemer" → "alzheimer"); stops early once every path exceeds `max`.
 */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? i) + 1, (current[j - 1] ?? i) + 1, (previous[j - 1] ?? i) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? i) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    beforePrevious = previous;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

/** How many typing mistakes a term of this length may carry and still count as the same word. */
export function typoAllowance(term: string): number {
  if (term.length >= 9) return 2;
  if (term.length >= 5) return 1;
  return 0;
}
