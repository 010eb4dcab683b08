/**
 * Greek (after ELOT 743, letter by letter) and Cyrillic (Russian and Ukrainian, after BGN/PCGN,
 * simplified) to Latin letters, so that names in those scripts stay readable in a PDF whose
 * standard fonts cannot draw them. Lower-case tables; capitals are derived.
 */
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const LETTERS = new Map<string, string>();
for (const table of [GREEK, CYRILLIC]) {
  for (const [letter, latin] of Object.entries(table)) {
    LETTERS.set(letter, latin);
    const capital = letter.toUpperCase();
    // Final sigma has no capital of its own (it upper-cases to Σ, already mapped).
    if (capital !== letter && !LETTERS.has(capital)) {
      LETTERS.set(capital, latin.charAt(0).toUpperCase() + latin.slice(1));
    }
  }
}

/** Greek "ου" reads "ou", not "oy" (ELOT 743). */
const DIGRAPHS: readonly [RegExp, string][] = [
  [/ου/g, 'ou'],
  [/Ου/g, 'Ou'],
  [/ΟΥ/g, 'OU'],
];

/** Latin letters for the Greek and Cyrillic letters of `text` (accents already removed); others unchanged. */
export function transliterate(text: string): string {
  let result = text;
  for (const [pattern, latin] of DIGRAPHS) result = result.replace(pattern, latin);
  let out = '';
  for (const char of result) out += LETTERS.get(char) ?? char;
  return out;
}

/** Whether a character is a Greek or Cyrillic letter this module can spell in Latin. */
export function isTransliterable(char: string): boolean {
  return LETTERS.has(char);
}
