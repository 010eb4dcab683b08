import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rbcAboCompatible } from './abo-compatibility.ts';
import { ALL_ABO_RH } from './blood-group.types.ts';
import { buildPatient, buildUnit } from './compatibility.fixtures.ts';
import { compatibilityPolicy } from './compatibility-policy.table.ts';
import type { Authorisation, CandidateUnit } from './unit-decision.types.ts';
import { type SelectionContext, type SelectionRequest, selectUnits } from './unit-selection.ts';

const D0 = new Date('2025-03-10T09:00:00Z');
const day = (n: number) => new Date(D0.getTime() + n * 86_400_000);
const policy = compatibilityPolicy();
const ctx: SelectionContext = { now: D0, oNegativeStockCritical: false, rhdPositiveAuthorisation: null };
const request = (over: Partial<SelectionRequest> = {}): SelectionRequest => ({
  category: 'rbc',
  count: 2,
  priority: 'routine',
  neededBy: D0,
  ...over,
});

// AT-11 stock.
const stock: CandidateUnit[] = [
  buildUnit({ id: 'a+3', din: 'D001', group: 'A+', expiresAt: day(3) }),
  buildUnit({ id: 'a+10', din: 'D002', group: 'A+', expiresAt: day(10) }),
  buildUnit({ id: 'a-2', din: 'D003', group: 'A-', expiresAt: day(2) }),
  buildUnit({ id: 'o+1', din: 'D004', group: 'O+', expiresAt: day(1) }),
  buildUnit({ id: 'o-5', din: 'D005', group: 'O-', expiresAt: day(5) }),
];
const ids = (r: ReturnType<typeof selectUnits>) => r.proposed.map((p) => p.unit.id);

describe('FEFO within tiers (AT-11)', () => {
  const male = buildPatient({ group: 'A+' });

  it('proposes the same-group units first, earliest expiry first', () => {
    expect(ids(selectUnits(stock, male, request(), ctx, policy))).toEqual(['a+3', 'a+10']);
  });

  it('then O+ (tier 3) before A−, and the full order for A+', () => {
    expect(ids(selectUnits(stock, male, request({ count: 3 }), ctx, policy))).toEqual(['a+3', 'a+10', 'o+1']);
    expect(ids(selectUnits(stock, male, request({ count: 9 }), ctx, policy))).toEqual([
      'a+3',
      'a+10',
      'o+1',
      'a-2',
      'o-5',
    ]);
  });

  it('never proposes a unit expiring within the routine margin after neededBy', () => {
    const result = selectUnits(stock, male, request({ count: 9, neededBy: day(4) }), ctx, policy);
    expect(ids(result)).toEqual(['a+10', 'o-5']);
    expect(result.excluded.find((e) => e.unitId === 'a+3')?.reasons).toEqual(['expires_before_needed']);
  });

  it('breaks expiry ties by DIN and is independent of input order', () => {
    const twins = [
      buildUnit({ id: 'x', din: 'D009', group: 'A+', expiresAt: day(3) }),
      buildUnit({ id: 'y', din: 'D008', group: 'A+', expiresAt: day(3) }),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray([...stock, ...twins], { minLength: 7, maxLength: 7 }), (units) => {
        expect(ids(selectUnits(units, male, request({ count: 9 }), ctx, policy))).toEqual([
          'a+3',
          'y',
          'x',
          'a+10',
          'o+1',
          'a-2',
          'o-5',
        ]);
      }),
    );
  });

  it('optionally lets a lower-tier unit about to outdate jump ahead', () => {
    const jump = compatibilityPolicy({ fefoAcrossTiersWithinHours: 36 });
    expect(ids(selectUnits(stock, male, request({ count: 2, priority: 'stat' }), ctx, jump))).toEqual([
      'o+1',
      'a+3',
    ]);
  });

  it('AB+ gets A and B before O (UK)', () => {
    const units = [
      buildUnit({ id: 'o', din: 'D1', group: 'O+' }),
      buildUnit({ id: 'b', din: 'D2', group: 'B+' }),
      buildUnit({ id: 'ab', din: 'D3', group: 'AB+' }),
    ];
    expect(
      ids(selectUnits(units, buildPatient({ group: 'AB+' }), request({ count: 3 }), ctx, policy)),
    ).toEqual(['ab', 'b', 'o']);
  });

  it('plasma: identical, compatible non-AB, AB last', () => {
    const plasma = ['AB+', 'A+', 'O+'].map((g, i) =>
      buildUnit({ id: g, din: `P${i}`, group: g, category: 'plasma' }),
    );
    const result = selectUnits(
      plasma,
      buildPatient({ group: 'O+' }),
      request({ category: 'plasma', count: 3 }),
      ctx,
      policy,
    );
    expect(ids(result)).toEqual(['O+', 'A+', 'AB+']);
  });
});

describe('RhD shortage (AT-12)', () => {
  const onlyPositive = [
    buildUnit({ id: 'o+', din: 'D1', group: 'O+' }),
    buildUnit({ id: 'a+', din: 'D2', group: 'A+' }),
  ];

  it('RhD-negative female of 30: no candidates, shortfall reported', () => {
    const result = selectUnits(
      onlyPositive,
      buildPatient({ group: 'A-', sex: 'female', ageYears: 30 }),
      request(),
      ctx,
      policy,
    );
    expect(result.proposed).toEqual([]);
    expect(result.shortfall).toBe(2);
    expect(result.awaitingAuthorisation).toEqual([]);
  });

  it('RhD-negative male of 60: RhD-positive proposed only once a supervisor authorises', () => {
    const male = buildPatient({ group: 'A-' });
    const before = selectUnits(onlyPositive, male, request(), ctx, policy);
    expect(before.proposed).toEqual([]);
    expect(before.awaitingAuthorisation.map((a) => a.unit.id)).toEqual(['o+', 'a+']);
    const auth: Authorisation = {
      covers: 'rhd_positive_to_rhd_negative',
      role: 'supervisor',
      actorId: 's',
      reason: 'shortage',
    };
    const after = selectUnits(
      onlyPositive,
      male,
      request(),
      { ...ctx, rhdPositiveAuthorisation: auth },
      policy,
    );
    expect(ids(after)).toEqual(['a+', 'o+']);
    expect(after.proposed[0]?.authorisedBy).toEqual([auth]);
  });

  it('never proposes a unit lacking a special requirement', () => {
    const patient = buildPatient({ group: 'O+', specialRequirements: [{ kind: 'cmv_negative' }] });
    const result = selectUnits(onlyPositive, patient, request(), ctx, policy);
    expect(result.proposed).toEqual([]);
    expect(result.excluded.map((e) => e.reasons)).toEqual([
      ['missing_cmv_negative'],
      ['abo_incompatible', 'missing_cmv_negative'],
    ]);
  });
});

describe('unknown group (AT-13, AT-16)', () => {
  const mixed = ['A+', 'O+', 'O-'].map((g, i) => buildUnit({ id: g, din: `D${i}`, group: g }));

  it('discrepant group: only group O red cells', () => {
    const patient = buildPatient({ group: 'A+', groupStatus: 'discrepant' });
    expect(ids(selectUnits(mixed, patient, request({ count: 3 }), ctx, policy))).toEqual(['O-']);
  });

  it('unidentified male, O− critical: O+ first; unidentified female stays O−', () => {
    const critical = { ...ctx, oNegativeStockCritical: true };
    const male = buildPatient({ aboRh: null, groupStatus: 'unknown', ageYears: 30 });
    expect(ids(selectUnits(mixed, male, request({ count: 2, priority: 'stat' }), critical, policy))).toEqual([
      'O+',
      'O-',
    ]);
    const female = buildPatient({ aboRh: null, groupStatus: 'unknown', sex: 'female', ageYears: null });
    expect(
      ids(selectUnits(mixed, female, request({ count: 2, priority: 'stat' }), critical, policy)),
    ).toEqual(['O-']);
  });
});

describe('safety property: never an ABO-incompatible red cell', () => {
  it('holds for random stock and patients', () => {
    const unitArb = fc.record({
      g: fc.constantFrom(...ALL_ABO_RH),
      days: fc.integer({ min: -2, max: 40 }),
      held: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(unitArb, { maxLength: 20 }),
        fc.constantFrom(...ALL_ABO_RH),
        fc.boolean(),
        (spec, g, critical) => {
          const units = spec.map((s, i) =>
            buildUnit({
              id: `u${i}`,
              din: `D${i}`,
              aboRh: s.g,
              expiresAt: day(s.days),
              holds: s.held ? ['recall'] : [],
            }),
          );
          const result = selectUnits(
            units,
            buildPatient({ aboRh: g }),
            request({ count: 20 }),
            { ...ctx, oNegativeStockCritical: critical },
            policy,
          );
          for (const p of result.proposed) {
            expect(rbcAboCompatible(p.unit.aboRh.abo, g.abo)).toBe(true);
            expect(p.unit.holds).toEqual([]);
            expect(p.unit.expiresAt.getTime()).toBeGreaterThan(D0.getTime());
            if (g.rhd === 'NEG') expect(p.unit.aboRh.rhd).toBe('NEG');
          }
        },
      ),
    );
  });
});
