import { type Din, validateDin } from './din.ts';

/**
 * Who a unit is across the exchange network (spec §4.6 [P]): ISBT 128 sites name a unit by
 * `(DIN, product code, division)`, because splits and aliquots share their parent's DIN; sites without
 * ISBT 128 name it `urn:lcn:{orgId}:{localId}` and must relabel before shipping to an ISBT site.
 */

export type UnitIdentity =
  | { kind: 'isbt128'; din: Din; productCode: string; division: string }
  | { kind: 'local'; orgId: string; localId: string };

export type UnitIdentityError =
  | { ok: false; code: 'unit_din_invalid'; dinError: string }
  | { ok: false; code: 'unit_product_code_invalid' }
  | { ok: false; code: 'unit_division_invalid' }
  | { ok: false; code: 'local_org_id_invalid' }
  | { ok: false; code: 'local_id_invalid' }
  | { ok: false; code: 'local_urn_invalid' };

/** The 8-character DS003 content `αooootds`, or a local code namespaced as `urn:lcn:…`. */
const PRODUCT_CODE_PATTERN =
  /^(?:[A-Z][A-Z0-9]{4}[A-Za-z0-9][A-Z0-9][a-z0-9]|urn:lcn:[A-Za-z0-9-]+:[A-Za-z0-9._~-]+)$/;
/** Two characters from DS003 `ds`, or six from DS032. */
const DIVISION_PATTERN = /^(?:[A-Z0-9][a-z0-9]|[A-Za-z0-9]{6})$/;
const ORG_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
/** URN-safe and colon-free, so the URN splits back into exactly one org and one local id. */
const LOCAL_ID_PATTERN = /^[A-Za-z0-9._~-]{1,64}$/;
const LOCAL_URN_PATTERN = /^urn:lcn:([A-Za-z0-9-]{1,64}):([A-Za-z0-9._~-]{1,64})$/;

/** Builds an ISBT 128 identity after checking each part's shape. */
export function isbtUnitIdentity(input: {
  din: string;
  productCode: string;
  division: string;
}): { ok: true; identity: UnitIdentity } | UnitIdentityError {
  const din = validateDin(input.din);
  if (!din.ok) return { ok: false, code: 'unit_din_invalid', dinError: din.code };
  if (!PRODUCT_CODE_PATTERN.test(input.productCode)) return { ok: false, code: 'unit_product_code_invalid' };
  if (!DIVISION_PATTERN.test(input.division)) return { ok: false, code: 'unit_division_invalid' };
  return {
    ok: true,
    identity: { kind: 'isbt128', din: din.din, productCode: input.productCode, division: input.division },
  };
}

/** `urn:lcn:{orgId}:{localId}` for a unit (or local product code) at a site without ISBT 128. */
export function localUrn(orgId: string, localId: string): { ok: true; urn: string } | UnitIdentityError {
  if (!ORG_ID_PATTERN.test(orgId)) return { ok: false, code: 'local_org_id_invalid' };
  if (!LOCAL_ID_PATTERN.test(localId)) return { ok: false, code: 'local_id_invalid' };
  return { ok: true, urn: `urn:lcn:${orgId}:${localId}` };
}

/** Reads a `urn:lcn:` identifier back into a local identity. */
export function parseLocalUrn(urn: string): { ok: true; identity: UnitIdentity } | UnitIdentityError {
  const [, orgId, localId] = LOCAL_URN_PATTERN.exec(urn) ?? [];
  if (orgId === undefined || localId === undefined) return { ok: false, code: 'local_urn_invalid' };
  return { ok: true, identity: { kind: 'local', orgId, localId } };
}

/**
 * One string per unit, equal exactly when the identities are: a map key or a unique-index value.
 * `|` appears in none of the parts' alphabets, so distinct identities never collide.
 */
export function unitIdentityKey(identity: UnitIdentity): string {
  return identity.kind === 'isbt128'
    ? `isbt128|${identity.din}|${identity.productCode}|${identity.division}`
    : `urn:lcn:${identity.orgId}:${identity.localId}`;
}

/** Whether two identities name the same unit. */
export function isSameUnit(a: UnitIdentity, b: UnitIdentity): boolean {
  return unitIdentityKey(a) === unitIdentityKey(b);
}
