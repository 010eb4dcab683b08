import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isIcd10CmShape,
  isValidLoincCode,
  isValidSnomedConceptId,
  isValidVerhoeff,
  loincCheckDigit,
  verhoeffCheckDigit,
} from './check-digits.ts';

describe('LOINC mod-10 check digit', () => {
  it('matches the worked example in the LOINC user guide (12345 → 5) and published codes', () => {
    expect(loincCheckDigit('12345')).toBe(5);
    for (const code of ['4548-4', '2345-7', '718-7', '85354-9', '8480-6', '2093-3', '98979-8']) {
      expect(isValidLoincCode(code)).toBe(true);
    }
    expect(isValidLoincCode('4548-5')).toBe(false);
    expect(isValidLoincCode('4548')).toBe(false);
  });

  it('detects every single-digit substitution', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{2,5}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (body, at, delta) => {
          const code = `${body}-${loincCheckDigit(body)}`;
          const index = at % body.length;
          const changed = (Number(body[index]) + delta) % 10;
          const mutated = `${body.slice(0, index)}${changed}${body.slice(index + 1)}-${loincCheckDigit(body)}`;
          expect(isValidLoincCode(code)).toBe(true);
          expect(isValidLoincCode(mutated)).toBe(false);
        },
      ),
    );
  });
});

describe('Verhoeff check digit (SNOMED CT identifiers)', () => {
  it('matches the published example (236 → 3) and SNOMED CT ids', () => {
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffCheckDigit('12345')).toBe(1);
    expect(verhoeffCheckDigit('123456789012')).toBe(0);
    expect(isValidVerhoeff('2363')).toBe(true);
    expect(isValidSnomedConceptId('38341003')).toBe(true);
    expect(isValidSnomedConceptId('428041000124106')).toBe(true);
    expect(isValidSnomedConceptId('38341004')).toBe(false);
    // Partition 01 is a description id, not a concept id.
    expect(isValidSnomedConceptId(`1234501${verhoeffCheckDigit('1234501')}`)).toBe(false);
  });

  it('detects every single-digit substitution and adjacent transposition', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{5,14}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (body, at, delta) => {
          const id = `${body}${verhoeffCheckDigit(body)}`;
          const index = at % id.length;
          const substituted = `${id.slice(0, index)}${(Number(id[index]) + delta) % 10}${id.slice(index + 1)}`;
          expect(isValidVerhoeff(id)).toBe(true);
          expect(isValidVerhoeff(substituted)).toBe(false);
          const swapAt = at % (id.length - 1);
          const [first, second] = [id[swapAt], id[swapAt + 1]];
          if (first !== second) {
            const swapped = `${id.slice(0, swapAt)}${second}${first}${id.slice(swapAt + 2)}`;
            expect(isValidVerhoeff(swapped)).toBe(false);
          }
        },
      ),
    );
  });
});

describe('ICD-10-CM shape', () => {
  it('accepts category, subcategory and seventh-character codes and rejects others', () => {
    for (const code of ['I10', 'E11.9', 'F32.A', 'S71.119A', 'C34.90', 'K37', 'G20.A1', 'U07.1']) {
      expect(isIcd10CmShape(code)).toBe(true);
    }
    for (const code of ['I1', 'E119', 'U1.0', 'e11.9', 'E11.12345', '38341003']) {
      expect(isIcd10CmShape(code)).toBe(false);
    }
  });
});
