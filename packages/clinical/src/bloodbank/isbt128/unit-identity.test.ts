import { describe, expect, it } from 'vitest';
import { isbtUnitIdentity, isSameUnit, localUrn, parseLocalUrn, unitIdentityKey } from './unit-identity.ts';

describe('unit identity across the network', () => {
  it('keys ISBT units by DIN, product code and division', () => {
    const a = isbtUnitIdentity({ din: 'G123498654321', productCode: 'E0336VA0', division: 'A0' });
    const b = isbtUnitIdentity({ din: 'G123498654321', productCode: 'E0336VB0', division: 'B0' });
    if (!a.ok || !b.ok) throw new Error('fixtures must be valid');
    expect(unitIdentityKey(a.identity)).toBe('isbt128|G123498654321|E0336VA0|A0');
    expect(isSameUnit(a.identity, b.identity)).toBe(false);
    expect(isSameUnit(a.identity, { ...a.identity })).toBe(true);
  });

  it('refuses malformed parts', () => {
    expect(isbtUnitIdentity({ din: 'G12349865432', productCode: 'E0336V00', division: '00' })).toEqual({
      ok: false,
      code: 'unit_din_invalid',
      dinError: 'din_invalid_length',
    });
    expect(isbtUnitIdentity({ din: 'G123498654321', productCode: 'E0336|00', division: '00' })).toMatchObject(
      {
        code: 'unit_product_code_invalid',
      },
    );
    expect(isbtUnitIdentity({ din: 'G123498654321', productCode: 'E0336V00', division: 'a' })).toMatchObject({
      code: 'unit_division_invalid',
    });
  });

  it('builds and reads local urn:lcn identifiers', () => {
    expect(localUrn('org-42', 'U.0001')).toEqual({ ok: true, urn: 'urn:lcn:org-42:U.0001' });
    expect(localUrn('org:42', 'U1')).toEqual({ ok: false, code: 'local_org_id_invalid' });
    expect(localUrn('org-42', 'U:1')).toEqual({ ok: false, code: 'local_id_invalid' });
    expect(localUrn('org-42', '')).toEqual({ ok: false, code: 'local_id_invalid' });
    const parsed = parseLocalUrn('urn:lcn:org-42:U.0001');
    expect(parsed).toEqual({ ok: true, identity: { kind: 'local', orgId: 'org-42', localId: 'U.0001' } });
    if (parsed.ok) expect(unitIdentityKey(parsed.identity)).toBe('urn:lcn:org-42:U.0001');
    expect(parseLocalUrn('urn:lcn:org-42')).toEqual({ ok: false, code: 'local_urn_invalid' });
  });

  it('accepts a local product code on an ISBT DIN', () => {
    expect(
      isbtUnitIdentity({ din: 'G123498654321', productCode: 'urn:lcn:org-42:RBC-AS', division: '00' }),
    ).toMatchObject({
      ok: true,
    });
  });
});
