/**
 * ISO/IEC 7064 Mod 37-2, the check ISBT 128 puts on the 13 characters of a Donation Identification
 * Number: the eye-readable keyboard-entry check character and, plus 60, the barcode check flag
 * (ST-001 Appendix A; UK Red Book Annex 2 worked example; BSIS `CheckCharacterService`).
 *
 * Unlike BSIS, which skips characters outside `0–9A–Z`, an input holding any other character has no
 * check value here: skipping would let a mistyped separator or a lowercase letter through unseen.
 */

/** The 37 symbols of Mod 37-2 in value order: `0–9` → 0–9, `A–Z` → 10–35, `*` → 36. */
export const MOD37_2_SYMBOLS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*';

const MODULUS = 37;
/** `*` is only ever a check symbol, never a data character. */
const DATA_SYMBOL_COUNT = 36;

/** The Mod 37-2 value of one data character (`0–9A–Z`), or `undefined` for anything else. */
export function dataCharacterValue(character: string): number | undefined {
  if (character.length !== 1) return undefined;
  const value = MOD37_2_SYMBOLS.indexOf(character);
  return value >= 0 && value < DATA_SYMBOL_COUNT ? value : undefined;
}

/**
 * The Mod 37-2 check value (0–36) of a string of data characters, or `undefined` when the string is
 * empty or holds a character outside `0–9A–Z`. Pure recursion `s = ((s + v) × 2) mod 37`, then
 * `(38 − s) mod 37`.
 */
export function mod37CheckValue(data: string): number | undefined {
  if (data.length === 0) return undefined;
  let sum = 0;
  for (const character of data) {
    const value = dataCharacterValue(character);
    if (value === undefined) return undefined;
    sum = ((sum + value) * 2) % MODULUS;
  }
  return (MODULUS + 1 - sum) % MODULUS;
}

/** The check symbol printed for a check value (17 → `H`, 36 → `*`), or `undefined` outside 0–36. */
export function checkSymbolOf(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value >= MODULUS) return undefined;
  return MOD37_2_SYMBOLS[value];
}

/** The value of a printed check symbol (`H` → 17, `*` → 36), or `undefined` for anything else. */
export function checkValueOfSymbol(symbol: string): number | undefined {
  if (symbol.length !== 1) return undefined;
  const value = MOD37_2_SYMBOLS.indexOf(symbol);
  return value >= 0 ? value : undefined;
}

/** The barcode flag pair that carries a check value: value + 60, always two digits (60–96). */
export const CHECK_FLAG_OFFSET = 60;
