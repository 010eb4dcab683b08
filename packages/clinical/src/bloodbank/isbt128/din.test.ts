import { describe, expect, it } from 'vitest';
import { formatDinEyeReadable, isDin, parseDinBarcode, parseKeyboardDin, validateDin } from './din.ts';

describe('validateDin', () => {
  it('splits a valid DIN and gives its check character and flag', () => {
    expect(validateDin('G123498654321')).toEqual({
      ok: true,
      din: 'G123498654321',
      facilityId: 'G1234',
      nominalYear: '98',
      sequence: '654321',
      checkValue: 17,
      checkCharacter: 'H',
      checkFlag: '77',
    });
  });

  it('rejects wrong lengths, foreign characters and the letter O / a leading 0', () => {
    expect(validateDin('G12349865432')).toEqual({ ok: false, code: 'din_invalid_length', length: 12 });
    expect(validateDin('G1234-8654321')).toEqual({
      ok: false,
      code: 'din_invalid_character',
      position: 5,
      character: '-',
    });
    expect(validateDin('g123498654321')).toMatchObject({ code: 'din_invalid_character', position: 0 });
    expect(validateDin('O123498654321')).toEqual({ ok: false, code: 'din_invalid_format' });
    expect(validateDin('0123498654321')).toEqual({ ok: false, code: 'din_invalid_format' });
    expect(validateDin('GO23498654321')).toEqual({ ok: false, code: 'din_invalid_format' });
    expect(validateDin('G12A498654321')).toEqual({ ok: false, code: 'din_invalid_format' });
    expect(validateDin('G1234986543X1')).toEqual({ ok: false, code: 'din_invalid_format' });
    expect(isDin('A99992600001 ')).toBe(false);
    expect(isDin('WB123260000A1')).toBe(false);
    expect(isDin('W000026000017')).toBe(true);
  });
});

describe('parseDinBarcode (DS001 =αppppyynnnnnnff)', () => {
  it('accepts the Red Book example with its check flag 77', () => {
    expect(parseDinBarcode('=G12349865432177')).toMatchObject({
      ok: true,
      din: 'G123498654321',
      flag: { kind: 'check', value: 77 },
    });
  });

  it('refuses a check flag that does not match the DIN', () => {
    expect(parseDinBarcode('=G12349865432178')).toEqual({
      ok: false,
      code: 'din_check_mismatch',
      expected: '77',
      received: '78',
    });
    // A misread digit in the DIN itself, same flag.
    expect(parseDinBarcode('=G12349865432277')).toMatchObject({ ok: false, code: 'din_check_mismatch' });
  });

  it('reads 00 as unused and 01–59 as process-control flags, which carry no check', () => {
    expect(parseDinBarcode('=G12349865432100')).toMatchObject({ ok: true, flag: { kind: 'not_used' } });
    expect(parseDinBarcode('=G12349865432101')).toMatchObject({
      ok: true,
      flag: { kind: 'process_control', value: 1 },
    });
    expect(parseDinBarcode('=G12349865432159')).toMatchObject({
      ok: true,
      flag: { kind: 'process_control', value: 59 },
    });
    expect(parseDinBarcode('=G12349865432160')).toMatchObject({ ok: false, code: 'din_check_mismatch' });
  });

  it('refuses flags above 96 or not two digits, other structures and wrong lengths', () => {
    expect(parseDinBarcode('=G12349865432197')).toEqual({
      ok: false,
      code: 'barcode_flag_invalid',
      flag: '97',
    });
    expect(parseDinBarcode('=G123498654321A7')).toEqual({
      ok: false,
      code: 'barcode_flag_invalid',
      flag: 'A7',
    });
    expect(parseDinBarcode('=<E0336V00')).toEqual({ ok: false, code: 'barcode_not_din' });
    expect(parseDinBarcode('G12349865432177')).toEqual({ ok: false, code: 'barcode_not_din' });
    expect(parseDinBarcode('=G1234986543217')).toEqual({
      ok: false,
      code: 'barcode_invalid_length',
      length: 15,
    });
    expect(parseDinBarcode('=G12349865432177 ')).toMatchObject({ code: 'barcode_invalid_length' });
    expect(parseDinBarcode('=G1234986543.177')).toMatchObject({
      code: 'din_invalid_character',
      position: 11,
    });
  });
});

describe('parseKeyboardDin (eye-readable entry with the keyboard check character)', () => {
  it('accepts the DIN with its check character, with or without the printed spaces', () => {
    for (const entry of ['G123498654321H', 'G1234 98 654321 H', 'G1234 98 654321H', ' G123498654321 H ']) {
      expect(parseKeyboardDin(entry)).toMatchObject({ ok: true, din: 'G123498654321', checkCharacter: 'H' });
    }
    expect(parseKeyboardDin('G1234 89 654321 Y')).toMatchObject({ ok: true, checkValue: 34 });
  });

  it('requires the check character', () => {
    expect(parseKeyboardDin('G1234 98 654321')).toEqual({ ok: false, code: 'din_check_missing' });
  });

  it('refuses a wrong check character or a mistyped DIN', () => {
    expect(parseKeyboardDin('G1234 98 654321 Y')).toEqual({
      ok: false,
      code: 'din_check_mismatch',
      expected: 'H',
      received: 'Y',
    });
    expect(parseKeyboardDin('G1234 89 654321 H')).toMatchObject({
      code: 'din_check_mismatch',
      expected: 'Y',
    });
    expect(parseKeyboardDin('G1234 98 654321 ?')).toEqual({
      ok: false,
      code: 'din_check_invalid_character',
      character: '?',
    });
  });

  it('rejects characters outside 0–9A–Z instead of ignoring them', () => {
    expect(parseKeyboardDin('G1234-98-654321H')).toMatchObject({
      code: 'din_invalid_character',
      position: 5,
    });
    expect(parseKeyboardDin('G123498654321HH')).toMatchObject({ code: 'din_invalid_length', length: 15 });
    expect(parseKeyboardDin('G1234\t98654321H')).toMatchObject({
      code: 'din_invalid_character',
      position: 5,
    });
    expect(parseKeyboardDin('g123498654321H')).toMatchObject({ code: 'din_invalid_character', position: 0 });
    expect(parseKeyboardDin('G123498654321h')).toMatchObject({ code: 'din_check_invalid_character' });
  });
});

describe('formatDinEyeReadable', () => {
  it('groups the FIN, year and sequence as printed', () => {
    const parts = validateDin('G123498654321');
    expect(parts.ok && formatDinEyeReadable(parts.din)).toBe('G1234 98 654321');
  });
});
