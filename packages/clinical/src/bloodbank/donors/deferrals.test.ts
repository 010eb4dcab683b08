import { describe, expect, it } from 'vitest';
import { DEFERRAL_CATALOGUE, type DeferralReason, deferralReasonOn } from './deferral-catalogue.table.ts';
import {
  activeDeferrals,
  changeDeferral,
  type Deferral,
  isDeferralActive,
  proposeDeferral,
} from './deferrals.ts';

const temporary: Deferral = {
  id: 'd1',
  reasonCode: 'travel',
  kind: 'temporary',
  startsOn: '2025-03-01',
  endsOn: '2025-06-01',
  source: 'manual',
  voided: null,
  endedEarly: null,
};
const at = new Date('2025-03-02T10:00:00Z');

describe('active on a date (§3.2, AT-03)', () => {
  it('temporary: active from startsOn until the day before endsOn', () => {
    expect(isDeferralActive(temporary, '2025-02-28')).toBe(false);
    expect(isDeferralActive(temporary, '2025-03-01')).toBe(true);
    expect(isDeferralActive(temporary, '2025-05-31')).toBe(true);
    expect(isDeferralActive(temporary, '2025-06-01')).toBe(false);
  });

  it('voided deferrals never block', () => {
    const voided = { ...temporary, voided: { at, by: 'u', reason: 'entered in error' } };
    expect(isDeferralActive(voided, '2025-03-02')).toBe(false);
    expect(
      activeDeferrals(
        [voided, { ...temporary, id: 'd2', kind: 'permanent', endsOn: null }],
        '2025-03-02',
      ).map((d) => d.id),
    ).toEqual(['d2']);
  });

  it('permanent and indefinite never expire', () => {
    for (const kind of ['permanent', 'indefinite'] as const) {
      expect(isDeferralActive({ ...temporary, kind, endsOn: null }, '2125-01-01')).toBe(true);
    }
  });

  it('an early end lifts any kind from that day', () => {
    const ended = changeDeferral(
      { ...temporary, kind: 'indefinite', endsOn: null },
      { id: 's', role: 'supervisor' },
      { kind: 'end_early', on: '2025-04-01', reason: 'cleared' },
      at,
    );
    expect(ended.ok).toBe(true);
    if (!ended.ok) return;
    expect(isDeferralActive(ended.deferral, '2025-03-31')).toBe(true);
    expect(isDeferralActive(ended.deferral, '2025-04-01')).toBe(false);
  });
});

describe('changing a deferral', () => {
  const tti: Deferral = {
    ...temporary,
    reasonCode: 'automated_tti_unsafe',
    kind: 'permanent',
    endsOn: null,
    source: 'automated_tti',
  };

  it('automated TTI: refused for a supervisor (AT-03) and for a medical director without requalification', () => {
    const refusal = {
      ok: false,
      refusal: { code: 'automated_tti_requires_requalification', requiredRole: 'medical_director' },
    };
    expect(changeDeferral(tti, { id: 's', role: 'supervisor' }, { kind: 'void', reason: 'x' }, at)).toEqual(
      refusal,
    );
    expect(
      changeDeferral(
        tti,
        { id: 'md', role: 'medical_director' },
        { kind: 'end_early', on: '2025-04-01', reason: 'x' },
        at,
      ),
    ).toEqual(refusal);
    expect(
      changeDeferral(tti, { id: 'md', role: 'medical_director' }, { kind: 'void', reason: 'x' }, at, {
        id: 'rq',
        approvedBy: 'other',
      }),
    ).toEqual(refusal);
  });

  it('automated TTI: a medical director may end it through requalification', () => {
    const result = changeDeferral(
      tti,
      { id: 'md', role: 'medical_director' },
      { kind: 'end_early', on: '2025-09-01', reason: 'requalified' },
      at,
      { id: 'rq', approvedBy: 'md' },
    );
    expect(result.ok).toBe(true);
  });

  it('other deferrals: void and change_end with reasons; typed refusals otherwise', () => {
    const staff = { id: 't', role: 'staff' as const };
    const voided = changeDeferral(temporary, staff, { kind: 'void', reason: 'wrong donor' }, at);
    expect(voided.ok && voided.deferral.voided).toEqual({ at, by: 't', reason: 'wrong donor' });
    expect(changeDeferral(temporary, staff, { kind: 'void', reason: ' ' }, at)).toEqual({
      ok: false,
      refusal: { code: 'reason_required' },
    });
    if (voided.ok)
      expect(changeDeferral(voided.deferral, staff, { kind: 'void', reason: 'again' }, at)).toEqual({
        ok: false,
        refusal: { code: 'deferral_voided' },
      });
    expect(
      changeDeferral(
        { ...temporary, kind: 'permanent', endsOn: null },
        staff,
        { kind: 'change_end', endsOn: '2025-04-01', reason: 'r' },
        at,
      ),
    ).toEqual({ ok: false, refusal: { code: 'end_only_for_temporary' } });
    expect(
      changeDeferral(temporary, staff, { kind: 'change_end', endsOn: '2025-03-01', reason: 'r' }, at),
    ).toEqual({ ok: false, refusal: { code: 'end_before_start' } });
    const moved = changeDeferral(
      temporary,
      staff,
      { kind: 'change_end', endsOn: '2025-05-01', reason: 'r' },
      at,
    );
    expect(moved.ok && moved.deferral.endsOn).toBe('2025-05-01');
  });
});

describe('catalogue', () => {
  it('carries the BSIS seeds', () => {
    const days = Object.fromEntries(DEFERRAL_CATALOGUE.map((r) => [r.code, r.defaultDays]));
    expect(days).toEqual({
      high_risk_behaviour: 365,
      low_weight: 90,
      low_hb: 90,
      travel: 90,
      other_medical: 180,
      other: 90,
      automated_tti_unsafe: null,
    });
  });

  it('picks the row in force on the date and proposes first eligible day = start + days', () => {
    const newer: DeferralReason = {
      ...(deferralReasonOn(DEFERRAL_CATALOGUE, 'travel', '2025-01-01') as DeferralReason),
      defaultDays: 28,
      validFrom: '2025-06-01',
    };
    const catalogue = [...DEFERRAL_CATALOGUE, newer];
    expect(deferralReasonOn(catalogue, 'travel', '2025-05-31')?.defaultDays).toBe(90);
    expect(deferralReasonOn(catalogue, 'travel', '2025-06-01')?.defaultDays).toBe(28);
    expect(deferralReasonOn(catalogue, 'travel', '2019-01-01')).toBeNull();
    expect(deferralReasonOn(catalogue, 'automated_tti_unsafe', '2025-01-01', 'UK')).toBeNull();
    expect(proposeDeferral(newer, '2025-06-10', 'manual')).toEqual({
      reasonCode: 'travel',
      kind: 'temporary',
      startsOn: '2025-06-10',
      endsOn: '2025-07-08',
      source: 'manual',
    });
  });
});
