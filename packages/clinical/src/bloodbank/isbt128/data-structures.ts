/**
 * Patterns of three more ISBT 128 data structures (ST-001 §2.4.2, §2.4.3, §2.4.5 as publicly
 * transcribed; spec §4.6). Only the shape is checked here: what a blood-group or product description
 * code means comes from ICCBBA's licensed tables, which a site loads as reference data.
 */

/** A blood-group code's meaning as a site's reference table states it. */
export type BloodGroupMeaning =
  | { kind: 'abo_rhd'; abo: 'O' | 'A' | 'B' | 'AB'; rhD: 'positive' | 'negative' }
  | { kind: 'special_message'; message: string };

/** Site-loaded DS002 `gg` codes → meaning (never shipped as truth; see `blood-group.fixtures.ts`). */
export type BloodGroupTable = Readonly<Record<string, BloodGroupMeaning>>;

export type BloodGroupResult =
  | {
      ok: true;
      /** `gg`: ABO/RhD group (with collection information) or a special message such as quarantine. */
      groupCode: string;
      /** `r`: Rh, Kell or Mia/Mur phenotype code; `0` when none is given. */
      phenotypeCode: string;
      /** `e`: reserved, currently `0`. */
      reservedCode: string;
      /** The meaning from the lookup table, when one was given. */
      meaning?: BloodGroupMeaning;
    }
  | { ok: false; code: 'blood_group_invalid_identifier' }
  | { ok: false; code: 'blood_group_invalid_format' }
  | { ok: false; code: 'blood_group_code_unknown'; groupCode: string };

const BLOOD_GROUP_PATTERN = /^=%([A-Za-z0-9]{2})([A-Z0-9])([A-Z0-9])$/;

/**
 * Parses DS002 `=%ggre`. With a lookup table, a `gg` the table does not know is an error rather than
 * a unit without a group: a blood group must never be guessed.
 */
export function parseBloodGroup(data: string, table?: BloodGroupTable): BloodGroupResult {
  if (!data.startsWith('=%')) return { ok: false, code: 'blood_group_invalid_identifier' };
  const match = BLOOD_GROUP_PATTERN.exec(data);
  const [, groupCode, phenotypeCode, reservedCode] = match ?? [];
  if (groupCode === undefined || phenotypeCode === undefined || reservedCode === undefined) {
    return { ok: false, code: 'blood_group_invalid_format' };
  }
  const parsed = { ok: true as const, groupCode, phenotypeCode, reservedCode };
  if (table === undefined) return parsed;
  const meaning = Object.hasOwn(table, groupCode) ? table[groupCode] : undefined;
  if (meaning === undefined) return { ok: false, code: 'blood_group_code_unknown', groupCode };
  return { ...parsed, meaning };
}

/** The product family a DS003 `α` selects; only `E` and `F` are blood components. */
export type ProductFamily = 'blood_component' | 'other';

export type ProductCodeResult =
  | {
      ok: true;
      /** The full 8-character data content `αooootds`, as stored on the unit. */
      productCode: string;
      /** `αoooo`, the Product Description Code (meaning in ICCBBA's licensed database). */
      productDescriptionCode: string;
      family: ProductFamily;
      /** `t`, the collection type (e.g. volunteer, autologous, directed; meaning in ST-001 Table 7). */
      collectionType: string;
      /** `ds`, the division: `00` undivided; `99` means the division is carried in DS032. */
      division: string;
    }
  | { ok: false; code: 'product_code_invalid_identifier' }
  | { ok: false; code: 'product_code_invalid_format' }
  | { ok: false; code: 'product_code_not_blood_component'; productDescriptionCode: string };

/** `α` letter, `oooo` alphanumeric, `t` alphanumeric, `d` upper-case or digit, `s` lower-case or digit. */
const PRODUCT_CODE_PATTERN = /^=<([A-Z][A-Z0-9]{4})([A-Za-z0-9])([A-Z0-9][a-z0-9])$/;

/**
 * Parses DS003 `=<αooootds`. Only blood components (`α` E or F) are accepted unless
 * `allowOtherFamilies` is set: for any other family `tds` means something else (a 3-digit pack code
 * for tissues), so reading it as collection type and division would mislabel the unit.
 */
export function parseProductCode(
  data: string,
  options: { allowOtherFamilies?: boolean } = {},
): ProductCodeResult {
  if (!data.startsWith('=<')) return { ok: false, code: 'product_code_invalid_identifier' };
  const match = PRODUCT_CODE_PATTERN.exec(data);
  const [, productDescriptionCode, collectionType, division] = match ?? [];
  if (productDescriptionCode === undefined || collectionType === undefined || division === undefined) {
    return { ok: false, code: 'product_code_invalid_format' };
  }
  const family: ProductFamily = /^[EF]/.test(productDescriptionCode) ? 'blood_component' : 'other';
  if (family === 'other' && options.allowOtherFamilies !== true) {
    return { ok: false, code: 'product_code_not_blood_component', productDescriptionCode };
  }
  return {
    ok: true,
    productCode: data.slice(2),
    productDescriptionCode,
    family,
    collectionType,
    division,
  };
}

/** A wall-clock date and time with no zone: what an ISBT 128 label states. */
export type LabelDateTime = {
  year: number;
  month: number;
  day: number;
  dayOfYear: number;
  hour: number;
  minute: number;
  /** `YYYY-MM-DDTHH:MM`, to be read in the labelling site's time zone. */
  localDateTime: string;
};

export type ExpiryDateTimeResult =
  | ({ ok: true } & LabelDateTime)
  | { ok: false; code: 'expiry_invalid_identifier' }
  | { ok: false; code: 'expiry_invalid_format' }
  | { ok: false; code: 'expiry_invalid_day_of_year'; year: number; dayOfYear: number }
  | { ok: false; code: 'expiry_invalid_time'; hour: number; minute: number };

const EXPIRY_PATTERN = /^&>([0-9])([0-9]{2})([0-9]{3})([0-9]{2})([0-9]{2})$/;
const DAY_MS = 86_400_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * Parses DS005 `&>cyyjjjhhmm` (year = 2000 + 100·c + yy, `jjj` day of year, `hhmm` 00:00–23:59)
 * into the local date and time the label shows. The zone is the labelling site's, which the barcode
 * does not carry, so no instant is made here.
 */
export function parseExpiryDateTime(data: string): ExpiryDateTimeResult {
  if (!data.startsWith('&>')) return { ok: false, code: 'expiry_invalid_identifier' };
  const match = EXPIRY_PATTERN.exec(data);
  const [, century, yy, jjj, hh, mm] = match ?? [];
  if (
    century === undefined ||
    yy === undefined ||
    jjj === undefined ||
    hh === undefined ||
    mm === undefined
  ) {
    return { ok: false, code: 'expiry_invalid_format' };
  }
  const year = 2000 + 100 * Number(century) + Number(yy);
  const dayOfYear = Number(jjj);
  const hour = Number(hh);
  const minute = Number(mm);
  const date = new Date(Date.UTC(year, 0, 1) + (dayOfYear - 1) * DAY_MS);
  if (dayOfYear < 1 || date.getUTCFullYear() !== year) {
    return { ok: false, code: 'expiry_invalid_day_of_year', year, dayOfYear };
  }
  if (hour > 23 || minute > 59) return { ok: false, code: 'expiry_invalid_time', hour, minute };
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return {
    ok: true,
    year,
    month,
    day,
    dayOfYear,
    hour,
    minute,
    localDateTime: `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`,
  };
}
