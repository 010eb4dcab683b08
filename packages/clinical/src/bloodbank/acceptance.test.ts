import { describe, expect, it } from 'vitest';
import { expiryOf, usComponentType } from './dating/index.ts';
import { parseDinBarcode, parseKeyboardDin, validateDin } from './isbt128/index.ts';

/**
 * Acceptance tests AT-01 and AT-08 of the blood bank spec (../shared/specs/bloodbank.md §8), with the
 * spec's own values. The other rule-level acceptance tests live beside their rules.
 */
describe('AT-01 DIN check character', () => {
  it('G123498654321 → 17, H, flag 77; the barcode and keyboard forms are checked', () => {
    expect(validateDin('G123498654321')).toMatchObject({
      ok: true,
      checkValue: 17,
      checkCharacter: 'H',
      checkFlag: '77',
    });
    expect(parseDinBarcode('=G12349865432177')).toMatchObject({ ok: true });
    expect(parseDinBarcode('=G12349865432176')).toMatchObject({ ok: false, code: 'din_check_mismatch' });
    expect(parseKeyboardDin('G123498654321H')).toMatchObject({ ok: true });
    expect(parseKeyboardDin('G123498654321G')).toMatchObject({ ok: false, code: 'din_check_mismatch' });
    expect(validateDin('G123489654321')).toMatchObject({ ok: true, checkCharacter: 'Y', checkFlag: '94' });
    expect(validateDin('O123498654321')).toMatchObject({ ok: false });
  });
});

describe('AT-08 dating (Europe/London)', () => {
  const LONDON = 'Europe/London';
  const dating = (id: Parameters<typeof usComponentType>[0]) => {
    const row = usComponentType(id);
    if (!row) throw new Error(id);
    return row.dating;
  };
  const expiry = (result: ReturnType<typeof expiryOf>) => {
    if (!result.ok) throw new Error(result.code);
    return result.expiresAt.toISOString();
  };
  const rbc = expiry(
    expiryOf({
      kind: 'collection',
      rule: dating('rbc_additive'),
      timeZone: LONDON,
      collectedAt: new Date('2025-03-01T10:00:00Z'),
    }),
  );

  it('RBC AS-1 collected 2025-03-01 10:00 expires 2025-04-13 00:00 local (label 2025-04-12 23:59)', () => {
    expect(rbc).toBe('2025-04-12T23:00:00.000Z');
  });

  it('irradiation on 2025-03-05 shortens it to 2025-04-02 23:59; on 2025-04-01 it stays 2025-04-12 23:59', () => {
    const irradiated = (at: string) =>
      expiry(
        expiryOf({
          kind: 'modification',
          rule: dating('rbc_irradiated'),
          timeZone: LONDON,
          modifiedAt: new Date(at),
          originalExpiresAt: new Date(rbc),
        }),
      );
    expect(irradiated('2025-03-05T09:00:00Z')).toBe('2025-04-02T23:00:00.000Z');
    expect(irradiated('2025-04-01T09:00:00Z')).toBe(rbc);
  });

  it('platelets collected 2025-03-01 expire 2025-03-06 23:59; FFP of 2024-02-29 expires 2025-02-28 23:59', () => {
    const collected = (id: Parameters<typeof usComponentType>[0], at: string) =>
      expiry(expiryOf({ kind: 'collection', rule: dating(id), timeZone: LONDON, collectedAt: new Date(at) }));
    expect(collected('platelets', '2025-03-01T10:00:00Z')).toBe('2025-03-07T00:00:00.000Z');
    expect(collected('ffp', '2024-02-29T10:00:00Z')).toBe('2025-03-01T00:00:00.000Z');
  });

  it('FFP thawed 2025-03-10 14:30 expires at 2025-03-11 14:30 exactly', () => {
    const thawed = expiry(
      expiryOf({
        kind: 'modification',
        rule: dating('ffp_thawed'),
        timeZone: LONDON,
        modifiedAt: new Date('2025-03-10T14:30:00Z'),
        originalExpiresAt: new Date('2026-03-01T00:00:00Z'),
      }),
    );
    expect(thawed).toBe('2025-03-11T14:30:00.000Z');
  });
});
