import { transliterate } from './transliteration.ts';

/** The characters of Windows-1252 above ASCII that are not Latin-1 (its 0x80–0x9F block). */
const CP1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const EXTRAS = new Set(CP1252_EXTRAS);

/** Whether the standard PDF fonts (WinAnsiEncoding) can draw the character. */
export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRAS.has(char);
}

/** Symbols that have a conventional ASCII spelling (superscripts outside Latin-1 as ^n: 10⁹ → 10^9). */
const REPLACEMENTS: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '-',
  '′': "'",
  '″': '"',
  '→': '->',
  '←': '<-',
  '↑': '^',
  '∞': 'infinity',
  '√': 'sqrt',
  '∙': '·',
  '⋅': '·',
  '‧': '·',
  '⁄': '/',
  '∕': '/',
  '⁰': '^0',
  '⁴': '^4',
  '⁵': '^5',
  '⁶': '^6',
  '⁷': '^7',
  '⁸': '^8',
  '⁹': '^9',
  '⁻': '^-',
  '₀': '0',
  '₁': '1',
  '₂': '2',
  '₃': '3',
  '₄': '4',
  '₅': '5',
  '₆': '6',
  '₇': '7',
  '₈': '8',
  '₉': '9',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ẞ: 'SS',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŋ: 'N',
  ŋ: 'n',
  ſ: 's',
  Ə: 'E',
  ə: 'e',
};

const GREEK_RUN = /[\u0370-\u03ff\u1f00-\u1fff]+/g;
/** Cyrillic keeps its composed letters (й, ё, ї are letters of their own, not и, е, і with a mark). */
const CYRILLIC_RUN = /[\u0400-\u04ff]+/g;
const COMBINING_MARKS = /\p{M}/gu;
const IS_COMBINING_MARK = /^\p{M}$/u;
/** Spaces of every width become a plain space; invisible joiners and marks disappear. */
const SPACES = /[\t\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\r]/g;

/**
 * Text the standard fonts can draw. Characters outside WinAnsi are not an error: symbols get their
 * ASCII spelling (≥ → >=), accented letters lose what WinAnsi lacks (ł → l, č → c, while é, ü, ß
 * stay), Greek and Cyrillic are transliterated, and anything else (CJK, emoji) becomes '?'. Line
 * breaks are kept for the caller to split on; other control characters are dropped.
 */
export function toWinAnsi(text: string): string {
  const prepared = text
    .normalize('NFC')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(GREEK_RUN, (run) => transliterate(run.normalize('NFD').replace(COMBINING_MARKS, '')))
    .replace(CYRILLIC_RUN, (run) => transliterate(run));
  let out = '';
  for (const char of prepared) {
    if (char === '\n' || isWinAnsi(char)) {
      out += char;
      continue;
    }
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (IS_COMBINING_MARK.test(char)) continue;
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const base = char.normalize('NFD').replace(COMBINING_MARKS, '');
    out += base !== '' && [...base].every(isWinAnsi) ? base : '?';
  }
  return out;
}
