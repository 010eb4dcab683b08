import { describe, expect, it } from 'vitest';
import { type ExpiryInput, expiryOf, isExpired } from './component-expiry.ts';
import type { DatingRule } from './dating-rules.ts';
import { type UsComponentTypeId, usComponentType } from './us-component-types.ts';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';

function rule(id: UsComponentTypeId): DatingRule {
  const row = usComponentType(id);
  if (row === undefined) throw new Error(`no component type ${id}`);
  return row.dating;
}

function expiresAt(input: ExpiryInput): string {
  const result = expiryOf(input);
  if (!result.ok) throw new Error(`expected an expiry, got ${result.code}`);
  return result.expiresAt.toISOString();
}

const at = (iso: string) => new Date(iso);

describe('day-dated expiry ends at local midnight in the site zone', () => {
  it('42-day RBC collected 2026-03-01 10:00 London expires 00:00 BST on 13 April = 2026-04-12T23:00Z', () => {
    const input = { kind: 'collection', rule: rule('rbc_additive'), timeZone: LONDON } as const;
    expect(expiresAt({ ...input, collectedAt: at('2026-03-01T10:00:00Z') })).toBe('2026-04-12T23:00:00.000Z');
    // Collected in BST, expiring in GMT (clocks back 2026-10-25): 2026-09-20 + 42 d = 1 November.
    expect(expiresAt({ ...input, collectedAt: at('2026-09-20T09:00:00Z') })).toBe('2026-11-02T00:00:00.000Z');
  });

  it('21-day RBC collected 2026-03-01 in New York (EST) expires 00:00 EDT on 23 March', () => {
    const input = { kind: 'collection', rule: rule('rbc_cpd'), timeZone: NEW_YORK } as const;
    expect(expiresAt({ ...input, collectedAt: at('2026-03-01T14:00:00Z') })).toBe('2026-03-23T04:00:00.000Z');
    // 23:30 local on 1 March is already 2 March in UTC; the site's date is the one counted.
    expect(expiresAt({ ...input, collectedAt: at('2026-03-02T04:30:00Z') })).toBe('2026-03-23T04:00:00.000Z');
  });

  it('5-day platelets across the New York fall-back expire 00:00 EST on 3 November', () => {
    expect(
      expiresAt({
        kind: 'collection',
        rule: rule('platelets'),
        timeZone: NEW_YORK,
        collectedAt: at('2026-10-28T19:00:00Z'),
      }),
    ).toBe('2026-11-03T05:00:00.000Z');
  });

  it('takes the first instant of a day whose midnight does not exist (Santiago, 2026-09-06)', () => {
    expect(
      expiresAt({
        kind: 'collection',
        rule: rule('platelets'),
        timeZone: 'America/Santiago',
        collectedAt: at('2026-08-31T16:00:00Z'),
      }),
    ).toBe('2026-09-06T04:00:00.000Z');
  });
});

describe('year dating is calendar-based with clamping', () => {
  it('FFP collected 2024-02-29 expires at the end of 2025-02-28 local', () => {
    const input = { kind: 'collection', rule: rule('ffp'), collectedAt: at('2024-02-29T10:00:00Z') } as const;
    expect(expiresAt({ ...input, timeZone: LONDON })).toBe('2025-03-01T00:00:00.000Z');
    expect(expiresAt({ ...input, timeZone: NEW_YORK, collectedAt: at('2024-02-29T15:00:00Z') })).toBe(
      '2025-03-01T05:00:00.000Z',
    );
    expect(usComponentType('ffp')?.maxStorageDays).toBe(365);
  });

  it('frozen RBC: 10 years from freezing, a new period rather than a cap', () => {
    expect(
      expiresAt({
        kind: 'processing',
        rule: rule('rbc_frozen'),
        timeZone: NEW_YORK,
        processedAt: at('2026-01-11T15:00:00Z'),
      }),
    ).toBe('2036-01-12T05:00:00.000Z');
  });
});

describe('separation: each child from its own rule and the bleed', () => {
  const collectedAt = at('2026-01-10T13:00:00Z');
  const parent = expiresAt({ kind: 'collection', rule: rule('wb_cpda1'), timeZone: NEW_YORK, collectedAt });

  it('35-day whole blood expires at the end of 14 February (New York)', () => {
    expect(parent).toBe('2026-02-15T05:00:00.000Z');
  });

  it('lets FFP outlive its 35-day whole-blood parent by a year', () => {
    const child = expiresAt({ kind: 'collection', rule: rule('ffp'), timeZone: NEW_YORK, collectedAt });
    expect(child).toBe('2027-01-11T05:00:00.000Z');
    expect(child > parent).toBe(true);
  });

  it('dates liquid plasma 5 days after the whole blood expires', () => {
    const input = {
      kind: 'collection',
      rule: rule('liquid_plasma'),
      timeZone: NEW_YORK,
      collectedAt,
    } as const;
    expect(expiresAt({ ...input, parentExpiresAt: at(parent) })).toBe('2026-02-20T05:00:00.000Z');
    expect(expiryOf(input)).toEqual({ ok: false, code: 'parent_expiry_missing' });
  });
});

describe('modification: min(original, modifiedAt + rule)', () => {
  const original = expiresAt({
    kind: 'collection',
    rule: rule('rbc_additive'),
    timeZone: LONDON,
    collectedAt: at('2026-01-05T10:00:00Z'),
  });
  const irradiate = (modifiedAt: string) =>
    expiryOf({
      kind: 'modification',
      rule: rule('rbc_irradiated'),
      timeZone: LONDON,
      modifiedAt: at(modifiedAt),
      originalExpiresAt: at(original),
    });

  it('irradiated RBC: 28 days from irradiation when that is sooner', () => {
    expect(original).toBe('2026-02-17T00:00:00.000Z');
    expect(irradiate('2026-01-10T14:00:00Z')).toEqual({
      ok: true,
      expiresAt: at('2026-02-08T00:00:00Z'),
      isCappedByOriginal: false,
    });
  });

  it('irradiated RBC: the original dating when that is sooner', () => {
    expect(irradiate('2026-02-01T09:00:00Z')).toEqual({
      ok: true,
      expiresAt: at(original),
      isCappedByOriginal: true,
    });
  });

  it('thawed FFP: exactly 24 h, even across the London fall-back (23 wall-clock hours)', () => {
    const result = expiryOf({
      kind: 'modification',
      rule: rule('ffp_thawed'),
      timeZone: LONDON,
      modifiedAt: at('2026-10-24T11:00:00Z'),
      originalExpiresAt: at('2027-06-01T23:00:00Z'),
    });
    expect(result).toEqual({ ok: true, expiresAt: at('2026-10-25T11:00:00Z'), isCappedByOriginal: false });
  });

  it('thawed plasma: 5 × 24 h from thaw across the London spring-forward', () => {
    const input = {
      kind: 'modification',
      rule: rule('thawed_plasma'),
      timeZone: LONDON,
      modifiedAt: at('2026-03-27T12:00:00Z'),
    } as const;
    expect(expiresAt({ ...input, originalExpiresAt: at('2027-01-01T00:00:00Z') })).toBe(
      '2026-04-01T12:00:00.000Z',
    );
    expect(expiresAt({ ...input, originalExpiresAt: at('2026-03-30T23:00:00Z') })).toBe(
      '2026-03-30T23:00:00.000Z',
    );
  });

  it('thawed cryo: 6 h single, 4 h pooled', () => {
    const thaw = {
      kind: 'modification',
      timeZone: NEW_YORK,
      modifiedAt: at('2026-05-01T08:00:00Z'),
    } as const;
    const originalExpiresAt = at('2027-01-01T05:00:00Z');
    expect(expiresAt({ ...thaw, originalExpiresAt, rule: rule('cryo_thawed') })).toBe(
      '2026-05-01T14:00:00.000Z',
    );
    expect(expiresAt({ ...thaw, originalExpiresAt, rule: rule('cryo_thawed_pooled') })).toBe(
      '2026-05-01T12:00:00.000Z',
    );
  });

  it('washed RBC: 24 h from opening, capped by the original', () => {
    const result = expiryOf({
      kind: 'modification',
      rule: rule('rbc_washed'),
      timeZone: LONDON,
      modifiedAt: at('2026-02-16T12:00:00Z'),
      originalExpiresAt: at(original),
    });
    expect(result).toEqual({ ok: true, expiresAt: at(original), isCappedByOriginal: true });
  });
});

describe('refusals', () => {
  const collectedAt = at('2026-01-10T13:00:00Z');

  it('refuses an unknown zone, a rule for another kind of event, bad rules and bad instants', () => {
    expect(
      expiryOf({ kind: 'collection', rule: rule('ffp'), timeZone: 'Mars/Olympus', collectedAt }),
    ).toEqual({
      ok: false,
      code: 'invalid_time_zone',
      timeZone: 'Mars/Olympus',
    });
    expect(
      expiryOf({
        kind: 'modification',
        rule: rule('ffp'),
        timeZone: LONDON,
        modifiedAt: collectedAt,
        originalExpiresAt: collectedAt,
      }),
    ).toEqual({ ok: false, code: 'rule_not_applicable', kind: 'modification', from: 'collection' });
    expect(
      expiryOf({ kind: 'collection', rule: rule('rbc_irradiated'), timeZone: LONDON, collectedAt }),
    ).toMatchObject({
      code: 'rule_not_applicable',
    });
    const zeroDays: DatingRule = { value: 0, unit: 'days', from: 'collection', endOfDay: true };
    expect(expiryOf({ kind: 'collection', rule: zeroDays, timeZone: LONDON, collectedAt })).toEqual({
      ok: false,
      code: 'invalid_rule',
    });
    expect(
      expiryOf({
        kind: 'collection',
        rule: rule('ffp'),
        timeZone: LONDON,
        collectedAt: new Date(Number.NaN),
      }),
    ).toEqual({ ok: false, code: 'invalid_instant' });
  });
});

describe('isExpired', () => {
  it('is true from expiresAt on (exclusive instant)', () => {
    const unit = { expiresAt: at('2026-04-12T23:00:00Z') };
    expect(isExpired(unit, at('2026-04-12T22:59:59.999Z'))).toBe(false);
    expect(isExpired(unit, at('2026-04-12T23:00:00Z'))).toBe(true);
    expect(isExpired(unit, at('2026-04-13T10:00:00Z'))).toBe(true);
  });
});
