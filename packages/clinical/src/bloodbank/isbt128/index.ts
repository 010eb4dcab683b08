/** ISBT 128 identifiers and label data structures: validation and parsing only, pure, no I/O. */

export {
  CHECK_FLAG_OFFSET,
  checkSymbolOf,
  checkValueOfSymbol,
  dataCharacterValue,
  MOD37_2_SYMBOLS,
  mod37CheckValue,
} from './check-character.ts';
export {
  type BloodGroupMeaning,
  type BloodGroupResult,
  type BloodGroupTable,
  type ExpiryDateTimeResult,
  type LabelDateTime,
  type ProductCodeResult,
  type ProductFamily,
  parseBloodGroup,
  parseExpiryDateTime,
  parseProductCode,
} from './data-structures.ts';
export {
  DIN_LENGTH,
  DIN_PATTERN,
  type Din,
  type DinBarcodeResult,
  type DinCheckMismatch,
  type DinError,
  type DinFlag,
  type DinKeyboardResult,
  type DinParts,
  type DinResult,
  formatDinEyeReadable,
  isDin,
  parseDinBarcode,
  parseKeyboardDin,
  validateDin,
} from './din.ts';
export {
  isbtUnitIdentity,
  isSameUnit,
  localUrn,
  parseLocalUrn,
  type UnitIdentity,
  type UnitIdentityError,
  unitIdentityKey,
} from './unit-identity.ts';
