import {
  CHECK_FLAG_OFFSET,
  checkSymbolOf,
  checkValueOfSymbol,
  dataCharacterValue,
  mod37CheckValue,
} from './check-character.ts';

/**
 * The ISBT 128 Donation Identification Number (ST-001 §2.4.1, spec §4.6): validation of the 13
 * characters, the barcode data content DS001 (`=` + DIN + two flag characters) and manual keyboard
 * entry, which must carry the keyboard-entry check character. Bad input is a result, never a throw:
 * scanners and keyboards produce it all day.
 */

/** `αppppyynnnnnn`: FIN (`α` without O or 0, two alphanumerics without O, two digits), year, sequence. */
export const DIN_PATTERN = /^[A-NP-Z1-9][A-NP-Z0-9]{2}[0-9]{2}[0-9]{2}[0-9]{6}$/;
export const DIN_LENGTH = 13;

declare const dinBrand: unique symbol;
/** A 13-character DIN that has passed `validateDin`. */
export type Din = string & { readonly [dinBrand]: true };

/** A validated DIN split into its fields, with its check character and barcode check flag. */
export type DinParts = {
  din: Din;
  /** `αpppp`, the Facility Identification Number assigned by ICCBBA. */
  facilityId: string;
  /** `yy`, the nominal year of assignment (not the collection date). */
  nominalYear: string;
  /** `nnnnnn`, the sequence within the facility and year. */
  sequence: string;
  checkValue: number;
  /** The eye-readable, boxed keyboard-entry check character. */
  checkCharacter: string;
  /** The two-digit barcode flag that carries the check: `checkValue + 60`. */
  checkFlag: string;
};

export type DinError =
  | { ok: false; code: 'din_invalid_length'; length: number }
  /** `position` is 0-based in the 13 DIN characters. */
  | { ok: false; code: 'din_invalid_character'; position: number; character: string }
  | { ok: false; code: 'din_invalid_format' };

export type DinResult = ({ ok: true } & DinParts) | DinError;

/** The DIN is valid but the check it came with is not its own: a misread or a mistyped character. */
export type DinCheckMismatch = {
  ok: false;
  code: 'din_check_mismatch';
  expected: string;
  received: string;
};

/** What the two flag characters of DS001 say (`00` unused, `01`–`59` process control, `60`–`96` check). */
export type DinFlag =
  | { kind: 'not_used' }
  | { kind: 'process_control'; value: number }
  | { kind: 'check'; value: number };

export type DinBarcodeResult =
  | ({ ok: true; flag: DinFlag } & DinParts)
  | DinError
  | DinCheckMismatch
  | { ok: false; code: 'barcode_not_din' }
  | { ok: false; code: 'barcode_invalid_length'; length: number }
  | { ok: false; code: 'barcode_flag_invalid'; flag: string };

export type DinKeyboardResult =
  | ({ ok: true } & DinParts)
  | DinError
  | DinCheckMismatch
  | { ok: false; code: 'din_check_missing' }
  | { ok: false; code: 'din_check_invalid_character'; character: string };

/** Validates exactly 13 DIN characters; nothing is trimmed, uppercased or skipped. */
export function validateDin(input: string): DinResult {
  if (input.length !== DIN_LENGTH) return { ok: false, code: 'din_invalid_length', length: input.length };
  for (let position = 0; position < input.length; position += 1) {
    const character = input.charAt(position);
    if (dataCharacterValue(character) === undefined) {
      return { ok: false, code: 'din_invalid_character', position, character };
    }
  }
  if (!DIN_PATTERN.test(input)) return { ok: false, code: 'din_invalid_format' };
  const checkValue = mod37CheckValue(input);
  const checkCharacter = checkValue === undefined ? undefined : checkSymbolOf(checkValue);
  // Unreachable after the character loop; kept so the types need no assertion.
  if (checkValue === undefined || checkCharacter === undefined)
    return { ok: false, code: 'din_invalid_format' };
  return {
    ok: true,
    din: input as Din,
    facilityId: input.slice(0, 5),
    nominalYear: input.slice(5, 7),
    sequence: input.slice(7, 13),
    checkValue,
    checkCharacter,
    checkFlag: String(checkValue + CHECK_FLAG_OFFSET),
  };
}

/** Whether a string is a valid 13-character DIN. */
export function isDin(input: string): input is Din {
  return validateDin(input).ok;
}

const BARCODE_LENGTH = 1 + DIN_LENGTH + 2;
const LAST_PROCESS_CONTROL_FLAG = 59;
const LAST_CHECK_FLAG = CHECK_FLAG_OFFSET + 36;

function flagOf(flag: string): DinFlag | undefined {
  if (!/^[0-9]{2}$/.test(flag)) return undefined;
  const value = Number(flag);
  if (value === 0) return { kind: 'not_used' };
  if (value <= LAST_PROCESS_CONTROL_FLAG) return { kind: 'process_control', value };
  if (value <= LAST_CHECK_FLAG) return { kind: 'check', value };
  return undefined;
}

/**
 * Parses the DS001 barcode data content `=αppppyynnnnnnff`. A check flag (60–96) must match the DIN;
 * process-control flags (01–59, ICCBBA- or facility-defined) are returned for the caller to read.
 */
export function parseDinBarcode(data: string): DinBarcodeResult {
  // `=` followed by a non-alphanumeric is another data structure (`=<` product code, `=%` group …).
  if (!/^=[A-Z0-9]/.test(data)) return { ok: false, code: 'barcode_not_din' };
  if (data.length !== BARCODE_LENGTH)
    return { ok: false, code: 'barcode_invalid_length', length: data.length };
  const parts = validateDin(data.slice(1, 1 + DIN_LENGTH));
  if (!parts.ok) return parts;
  const rawFlag = data.slice(1 + DIN_LENGTH);
  const flag = flagOf(rawFlag);
  if (flag === undefined) return { ok: false, code: 'barcode_flag_invalid', flag: rawFlag };
  if (flag.kind === 'check' && rawFlag !== parts.checkFlag) {
    return { ok: false, code: 'din_check_mismatch', expected: parts.checkFlag, received: rawFlag };
  }
  return { ...parts, flag };
}

/**
 * Verifies a DIN typed from the eye-readable label (`G1234 98 654321` then the boxed check character,
 * spaces optional). The check character is required: ST-001 defines it for keyboard entry, and a
 * single mistyped digit would otherwise name another donation.
 */
export function parseKeyboardDin(input: string): DinKeyboardResult {
  const compact = input.replaceAll(' ', '');
  // Report a foreign character in the DIN part before any length error: it is the more useful message.
  for (let position = 0; position < Math.min(compact.length, DIN_LENGTH); position += 1) {
    const character = compact.charAt(position);
    if (dataCharacterValue(character) === undefined) {
      return { ok: false, code: 'din_invalid_character', position, character };
    }
  }
  if (compact.length === DIN_LENGTH) {
    const parts = validateDin(compact);
    return parts.ok ? { ok: false, code: 'din_check_missing' } : parts;
  }
  if (compact.length !== DIN_LENGTH + 1)
    return { ok: false, code: 'din_invalid_length', length: compact.length };
  const parts = validateDin(compact.slice(0, DIN_LENGTH));
  if (!parts.ok) return parts;
  const received = compact.charAt(DIN_LENGTH);
  if (checkValueOfSymbol(received) === undefined) {
    return { ok: false, code: 'din_check_invalid_character', character: received };
  }
  if (received !== parts.checkCharacter) {
    return { ok: false, code: 'din_check_mismatch', expected: parts.checkCharacter, received };
  }
  return parts;
}

/** The DIN as printed for people: `G1234 98 654321` (the check character is boxed separately). */
export function formatDinEyeReadable(din: Din): string {
  return `${din.slice(0, 5)} ${din.slice(5, 7)} ${din.slice(7)}`;
}
