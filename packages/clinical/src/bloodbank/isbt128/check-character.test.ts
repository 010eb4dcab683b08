import { describe, expect, it } from 'vitest';
import { checkSymbolOf, checkValueOfSymbol, dataCharacterValue, mod37CheckValue } from './check-character.ts';

describe('ISO/IEC 7064 Mod 37-2 check character', () => {
  it('reproduces the UK Red Book Annex 2 worked example: G123498654321 → 17 → H, flag 77', () => {
    const value = mod37CheckValue('G123498654321');
    expect(value).toBe(17);
    expect(checkSymbolOf(17)).toBe('H');
    expect((value ?? 0) + 60).toBe(77);
  });

  it('reproduces the BSIS test vector G123489654321 → 34 → Y', () => {
    expect(mod37CheckValue('G123489654321')).toBe(34);
    expect(checkSymbolOf(34)).toBe('Y');
  });

  it('agrees with the weighted form Σ v·2ⁿ (n from the right, 1-based), (38 − Σ mod 37) mod 37', () => {
    const din = 'G123498654321';
    const sum = [...din]
      .reverse()
      .reduce((acc, ch, i) => acc + (dataCharacterValue(ch) ?? 0) * 2 ** (i + 1), 0);
    expect((38 - (sum % 37)) % 37).toBe(mod37CheckValue(din));
  });

  it('maps 0–9 → 0–9, A–Z → 10–35 and * → 36 (a check symbol only)', () => {
    expect(dataCharacterValue('0')).toBe(0);
    expect(dataCharacterValue('9')).toBe(9);
    expect(dataCharacterValue('A')).toBe(10);
    expect(dataCharacterValue('Z')).toBe(35);
    expect(dataCharacterValue('*')).toBeUndefined();
    expect(checkSymbolOf(36)).toBe('*');
    expect(checkValueOfSymbol('*')).toBe(36);
    expect(checkSymbolOf(37)).toBeUndefined();
    expect(checkSymbolOf(-1)).toBeUndefined();
    expect(checkValueOfSymbol('a')).toBeUndefined();
  });

  it('gives no value (rather than skipping, as BSIS does) for characters outside 0–9A–Z', () => {
    expect(mod37CheckValue('G1234-98654321')).toBeUndefined();
    expect(mod37CheckValue('g123498654321')).toBeUndefined();
    expect(mod37CheckValue('G12349865432 ')).toBeUndefined();
    expect(mod37CheckValue('')).toBeUndefined();
  });
});
