/**
 * Check-digit and shape validators for the code systems in the curated tables. They guard the tables
 * against typing mistakes (a wrong digit in a copied code) and let importers reject malformed codes.
 */

const LOINC_PATTERN = /^(\d{1,7})-(\d)$/;

/**
 * The LOINC mod-10 check digit, computed the way Regenstrief publishes it: the digits in odd positions
 * counted from the right form a number that is doubled, the even-position digits are put in front of
 * it, the digits of the result are summed, and the check digit is what lifts the sum to the next
 * multiple of ten.
 */
export function loincCheckDigit(codeBody: string): number {
  const digits = [...codeBody].reverse();
  const odd = digits
    .filter((_, index) => index % 2 === 0)
    .reverse()
    .join('');
  const even = digits
    .filter((_, index) => index % 2 === 1)
    .reverse()
    .join('');
  const combined = `${even}${(BigInt(odd || '0') * 2n).toString()}`;
  const sum = [...combined].reduce((total, digit) => total + Number(digit), 0);
  return (10 - (sum % 10)) % 10;
}

/** Whether `code` looks like a LOINC code ('4548-4') and its check digit is right. */
export function isValidLoincCode(code: string): boolean {
  const match = LOINC_PATTERN.exec(code);
  if (!match) return false;
  const [, body, check] = match;
  return body !== undefined && check !== undefined && loincCheckDigit(body) === Number(check);
}

// Verhoeff's dihedral-group tables: multiplication in D5, the position permutation and the inverse.
const VERHOEFF_D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV: readonly number[] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffChecksum(digits: string, offset: number): number {
  let check = 0;
  const reversed = [...digits].reverse();
  for (const [index, char] of reversed.entries()) {
    const permuted = VERHOEFF_P[(index + offset) % 8]?.[Number(char)] ?? 0;
    check = VERHOEFF_D[check]?.[permuted] ?? 0;
  }
  return check;
}

/** The Verhoeff check digit to append to `digits`. */
export function verhoeffCheckDigit(digits: string): number {
  return VERHOEFF_INV[verhoeffChecksum(digits, 1)] ?? 0;
}

/** Whether a digit string ends in a valid Verhoeff check digit. */
export function isValidVerhoeff(digits: string): boolean {
  return /^\d+$/.test(digits) && verhoeffChecksum(digits, 0) === 0;
}

/**
 * Whether `id` is a well-formed SNOMED CT concept id: 6 to 18 digits, no leading zero, partition
 * identifier 00 (international concept) or 10 (extension concept), and a valid Verhoeff check digit.
 */
export function isValidSnomedConceptId(id: string): boolean {
  if (!/^[1-9]\d{5,17}$/.test(id)) return false;
  const partition = id.slice(-3, -1);
  return (partition === '00' || partition === '10') && isValidVerhoeff(id);
}

/** Whether `code` has the shape of an ICD-10-CM code: letter, two characters, optional dot and up to four more. */
export function isIcd10CmShape(code: string): boolean {
  return /^[A-Z]\d[0-9AB](\.[0-9A-Z]{1,4})?$/.test(code);
}
