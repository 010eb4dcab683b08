import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  plasmaAboCompatible,
  plateletAboMatch,
  rbcAboCompatible,
  wholeBloodAboCompatible,
} from './abo-compatibility.ts';
import { ABO_GROUPS, ALL_ABO_RH, aboAntigens, formatAboRh, parseAboRh } from './blood-group.types.ts';
import { buildPatient, buildUnit, group } from './compatibility.fixtures.ts';
import { compatibilityPolicy } from './compatibility-policy.table.ts';
import { evaluateUnit } from './unit-decision.ts';

// §4.7, written out by hand: recipient → acceptable red-cell donors under the default policy.
const RBC_TABLE: Record<string, readonly string[]> = {
  'O−': ['O−'],
  'O+': ['O+', 'O−'],
  'A−': ['A−', 'O−'],
  'A+': ['A+', 'A−', 'O+', 'O−'],
  'B−': ['B−', 'O−'],
  'B+': ['B+', 'B−', 'O+', 'O−'],
  'AB−': ['AB−', 'A−', 'B−', 'O−'],
  'AB+': ['AB+', 'AB−', 'A+', 'A−', 'B+', 'B−', 'O+', 'O−'],
};

const PLASMA_TABLE: Record<string, readonly string[]> = {
  O: ['O', 'A', 'B', 'AB'],
  A: ['A', 'AB'],
  B: ['B', 'AB'],
  AB: ['AB'],
};

const policy = compatibilityPolicy();
const ctx = {
  now: new Date('2025-03-10T12:00:00Z'),
  category: 'rbc' as const,
  oNegativeStockCritical: false,
  authorisations: [],
};

describe('red-cell compatibility table (§4.7)', () => {
  const pairs = ALL_ABO_RH.flatMap((recipient) => ALL_ABO_RH.map((donor) => [recipient, donor] as const));
  it('covers all 64 pairs', () => expect(pairs).toHaveLength(64));

  it.each(pairs.map(([r, d]) => [formatAboRh(r), formatAboRh(d)]))('recipient %s, donor %s', (r, d) => {
    const expected = RBC_TABLE[r]?.includes(d) ?? false;
    const decision = evaluateUnit(buildUnit({ group: d }), buildPatient({ group: r }), ctx, policy);
    // "Acceptable by default" = compatible without any authorisation.
    expect(decision.kind === 'compatible').toBe(expected);
  });

  it('ABO part is the antigen subset rule', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ABO_GROUPS), fc.constantFrom(...ABO_GROUPS), (donor, recipient) => {
        const subset = [...aboAntigens(donor)].every((a) => aboAntigens(recipient).has(a));
        expect(rbcAboCompatible(donor, recipient)).toBe(subset);
        expect(plasmaAboCompatible(recipient, donor)).toBe(subset);
      }),
    );
  });
});

describe('plasma compatibility table (§4.7)', () => {
  const pairs = ABO_GROUPS.flatMap((recipient) => ABO_GROUPS.map((donor) => [recipient, donor] as const));
  it.each(pairs)('recipient %s, donor %s', (recipient, donor) => {
    expect(plasmaAboCompatible(donor, recipient)).toBe(PLASMA_TABLE[recipient]?.includes(donor) ?? false);
  });

  it('ignores RhD for plasma and cryo', () => {
    for (const category of ['plasma', 'cryo'] as const) {
      const decision = evaluateUnit(
        buildUnit({ group: 'A+', category }),
        buildPatient({ group: 'A-', sex: 'female', ageYears: 25 }),
        { ...ctx, category },
        policy,
      );
      expect(decision.kind).toBe('compatible');
    }
  });

  it('never gives plasma-incompatible plasma to a known group (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_ABO_RH), fc.constantFrom(...ALL_ABO_RH), (d, r) => {
        const decision = evaluateUnit(
          buildUnit({ aboRh: d, category: 'plasma' }),
          buildPatient({ aboRh: r }),
          { ...ctx, category: 'plasma' },
          policy,
        );
        expect(decision.kind === 'compatible').toBe(plasmaAboCompatible(d.abo, r.abo));
      }),
    );
  });
});

describe('whole blood and platelets', () => {
  it('whole blood is ABO-identical only', () => {
    for (const d of ABO_GROUPS) {
      for (const r of ABO_GROUPS) expect(wholeBloodAboCompatible(d, r)).toBe(d === r);
    }
    const o = evaluateUnit(
      buildUnit({ group: 'O+', category: 'whole_blood' }),
      buildPatient({ group: 'A+' }),
      { ...ctx, category: 'whole_blood' },
      policy,
    );
    expect(o.kind).toBe('refused');
  });

  it('ranks platelets identical > plasma-compatible > out-of-group', () => {
    expect(plateletAboMatch('A', 'A')).toBe('identical');
    expect(plateletAboMatch('AB', 'A')).toBe('plasma_compatible');
    expect(plateletAboMatch('O', 'A')).toBe('out_of_group');
  });

  it('out-of-group platelets need an override unless high-titre-negative (AT-10)', () => {
    const pctx = { ...ctx, category: 'platelets' as const };
    const patient = buildPatient({ group: 'A+' });
    const plain = evaluateUnit(buildUnit({ group: 'O+', category: 'platelets' }), patient, pctx, policy);
    expect(plain).toMatchObject({
      kind: 'needs_authorisation',
      blockers: [{ code: 'platelet_out_of_group_unprotected', overridableBy: 'medical_director' }],
    });
    const htn = evaluateUnit(
      buildUnit({ group: 'O+', category: 'platelets', attributes: ['high_titre_negative'] }),
      patient,
      pctx,
      policy,
    );
    expect(htn).toMatchObject({ kind: 'compatible', warnings: ['platelet_out_of_group'] });
    const vr = evaluateUnit(
      buildUnit({ group: 'O+', category: 'platelets', attributes: ['volume_reduced'] }),
      patient,
      pctx,
      policy,
    );
    expect(vr.kind).toBe('compatible');
  });
});

describe('group parsing', () => {
  it('round-trips all eight groups', () => {
    for (const g of ALL_ABO_RH) expect(parseAboRh(formatAboRh(g))).toEqual(g);
    expect(parseAboRh('AB pos')).toEqual(group('AB+'));
    expect(parseAboRh('C+')).toBeNull();
  });
});
