import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOD37_2_SYMBOLS, mod37CheckValue } from './check-character.ts';
import { parseKeyboardDin, validateDin } from './din.ts';

const DATA_SYMBOLS = [...MOD37_2_SYMBOLS.slice(0, 36)];
const FIRST = [...'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789'];
const FIN_ALNUM = [...'ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789'];
const DIGIT = [...'0123456789'];

const pick = (symbols: string[]) => fc.constantFrom(...symbols);
/** Any DIN matching the §4.6 pattern. */
const validDin = fc
  .tuple(
    pick(FIRST),
    fc.array(pick(FIN_ALNUM), { minLength: 2, maxLength: 2 }),
    fc.array(pick(DIGIT), { minLength: 10, maxLength: 10 }),
  )
  .map(([first, fin, digits]) => [first, ...fin, ...digits].join(''));

function checkedEntry(din: string): string {
  const parts = validateDin(din);
  if (!parts.ok) throw new Error(`generator produced an invalid DIN ${din}`);
  return `${din}${parts.checkCharacter}`;
}

describe('Mod 37-2 detects every single error the check exists for', () => {
  it('generates only valid DINs', () => {
    fc.assert(
      fc.property(validDin, (din) => {
        expect(validateDin(din).ok).toBe(true);
      }),
    );
  });

  it('detects any single-character substitution', () => {
    fc.assert(
      fc.property(validDin, fc.nat({ max: 12 }), pick(DATA_SYMBOLS), (din, position, replacement) => {
        fc.pre(din.charAt(position) !== replacement);
        const typed = `${din.slice(0, position)}${replacement}${din.slice(position + 1)}`;
        expect(mod37CheckValue(typed)).not.toBe(mod37CheckValue(din));
        // Entered with the original's check character, the typo is refused (format or check).
        expect(parseKeyboardDin(`${typed}${checkedEntry(din).slice(13)}`).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('detects any transposition of two adjacent, different characters', () => {
    fc.assert(
      fc.property(validDin, fc.nat({ max: 11 }), (din, position) => {
        const a = din.charAt(position);
        const b = din.charAt(position + 1);
        fc.pre(a !== b);
        const typed = `${din.slice(0, position)}${b}${a}${din.slice(position + 2)}`;
        expect(mod37CheckValue(typed)).not.toBe(mod37CheckValue(din));
        expect(parseKeyboardDin(`${typed}${checkedEntry(din).slice(13)}`).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every valid DIN typed with its own check character, with or without spaces', () => {
    fc.assert(
      fc.property(validDin, (din) => {
        const entry = checkedEntry(din);
        expect(parseKeyboardDin(entry).ok).toBe(true);
        expect(
          parseKeyboardDin(`${din.slice(0, 5)} ${din.slice(5, 7)} ${din.slice(7)} ${entry.slice(13)}`).ok,
        ).toBe(true);
      }),
    );
  });

  it('detects every substitution and adjacent transposition of the Red Book DIN (exhaustive)', () => {
    const din = 'G123498654321';
    const own = mod37CheckValue(din);
    for (let position = 0; position < din.length; position += 1) {
      for (const replacement of DATA_SYMBOLS) {
        if (replacement === din.charAt(position)) continue;
        expect(mod37CheckValue(`${din.slice(0, position)}${replacement}${din.slice(position + 1)}`)).not.toBe(
          own,
        );
      }
      const next = din.charAt(position + 1);
      if (next !== '' && next !== din.charAt(position)) {
        const swapped = `${din.slice(0, position)}${next}${din.charAt(position)}${din.slice(position + 2)}`;
        expect(mod37CheckValue(swapped)).not.toBe(own);
      }
    }
  });
});
