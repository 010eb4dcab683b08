import { describe, expect, it } from 'vitest';
import { buildPatient, buildUnit } from './compatibility.fixtures.ts';
import { compatibilityPolicy } from './compatibility-policy.table.ts';
import { evaluateUnit, type UnitDecisionContext } from './unit-decision.ts';
import type { Authorisation } from './unit-decision.types.ts';

const policy = compatibilityPolicy();
const ctx: UnitDecisionContext = {
  now: new Date('2025-03-10T12:00:00Z'),
  category: 'rbc',
  oNegativeStockCritical: false,
  authorisations: [],
};
const codes = (d: ReturnType<typeof evaluateUnit>) =>
  d.kind === 'compatible' ? [] : d.blockers.map((b) => b.code);
const supervisorRhd: Authorisation = {
  covers: 'rhd_positive_to_rhd_negative',
  role: 'supervisor',
  actorId: 's1',
  reason: 'O− shortage',
};

describe('RhD policy (§4.7)', () => {
  const rhPos = buildUnit({ group: 'O+' });

  it.each([
    ['female 30', { sex: 'female' as const, ageYears: 30 }, 'childbearing_potential'],
    ['boy 12', { ageYears: 12 }, 'child'],
    ['chronically transfused man', { isChronicallyTransfused: true }, 'chronically_transfused'],
  ])('RhD-negative %s must have RhD-negative red cells', (_name, over, reason) => {
    const decision = evaluateUnit(rhPos, buildPatient({ group: 'O-', ...over }), ctx, policy);
    expect(decision).toMatchObject({
      kind: 'refused',
      blockers: [{ code: 'rhd_negative_required', overridableBy: null }],
    });
    expect(decision.kind === 'refused' && decision.blockers[0]?.detail).toContain(reason);
  });

  it('childbearing age is configurable and a recorded value wins', () => {
    const female48 = buildPatient({ group: 'O-', sex: 'female', ageYears: 48 });
    expect(
      evaluateUnit(rhPos, female48, ctx, compatibilityPolicy({ childbearingPotentialMaxAgeYears: 45 })).kind,
    ).toBe('needs_authorisation');
    expect(evaluateUnit(rhPos, { ...female48, childbearingPotential: false }, ctx, policy).kind).toBe(
      'needs_authorisation',
    );
  });

  it('female of 50 and male of 60 may have RhD-positive only with supervisor authorisation', () => {
    for (const over of [{ sex: 'female' as const, ageYears: 50 }, { ageYears: 60 }]) {
      const patient = buildPatient({ group: 'O-', ...over });
      expect(evaluateUnit(rhPos, patient, ctx, policy)).toMatchObject({
        kind: 'needs_authorisation',
        blockers: [{ code: 'rhd_positive_to_rhd_negative', overridableBy: 'supervisor' }],
      });
      const authorised = evaluateUnit(rhPos, patient, { ...ctx, authorisations: [supervisorRhd] }, policy);
      expect(authorised).toMatchObject({
        kind: 'compatible',
        warnings: ['rhd_positive_to_rhd_negative', 'override_applied'],
      });
    }
  });

  it('an authorisation without a reason or for another blocker does not count', () => {
    const patient = buildPatient({ group: 'O-' });
    const blank = { ...supervisorRhd, reason: '  ' };
    expect(evaluateUnit(rhPos, patient, { ...ctx, authorisations: [blank] }, policy).kind).toBe(
      'needs_authorisation',
    );
    const other: Authorisation = { ...supervisorRhd, covers: 'missing_irradiated' };
    expect(evaluateUnit(rhPos, patient, { ...ctx, authorisations: [other] }, policy).kind).toBe(
      'needs_authorisation',
    );
  });

  it('anti-D ever recorded: RhD-positive red cells never, not even with authorisation (AT-12)', () => {
    const patient = buildPatient({
      group: 'O-',
      antibodies: [{ specificity: 'D', clinicallySignificant: true }],
    });
    const md: Authorisation = {
      covers: 'rhd_negative_required',
      role: 'medical_director',
      actorId: 'md',
      reason: 'x',
    };
    const decision = evaluateUnit(
      rhPos,
      patient,
      { ...ctx, authorisations: [supervisorRhd, md] },
      compatibilityPolicy({ rhdMustOverrideBy: 'medical_director' }),
    );
    expect(codes(decision)).toEqual(['rhd_positive_with_anti_d']);
    expect(decision.kind).toBe('refused');
  });

  it('RhD-positive platelets to an RhD-negative girl raise the anti-D immunoglobulin task', () => {
    const decision = evaluateUnit(
      buildUnit({ group: 'A+', category: 'platelets' }),
      buildPatient({ group: 'A-', sex: 'female', ageYears: 9 }),
      { ...ctx, category: 'platelets' },
      policy,
    );
    expect(decision).toMatchObject({ kind: 'compatible', tasks: ['anti_d_immunoglobulin'] });
    const man = evaluateUnit(
      buildUnit({ group: 'A+', category: 'platelets' }),
      buildPatient({ group: 'A-' }),
      { ...ctx, category: 'platelets' },
      policy,
    );
    expect(man).toMatchObject({ kind: 'compatible', tasks: [] });
  });
});

describe('unknown, single or discrepant group (§4.7)', () => {
  const unknownMale = buildPatient({ group: 'A+', groupStatus: 'discrepant' });

  it('red cells: group O only; O− for a female of childbearing potential or unknown sex', () => {
    expect(codes(evaluateUnit(buildUnit({ group: 'A-' }), unknownMale, ctx, policy))).toEqual([
      'patient_group_unknown',
    ]);
    expect(evaluateUnit(buildUnit({ group: 'O-' }), unknownMale, ctx, policy).kind).toBe('compatible');
    const anon = buildPatient({ aboRh: null, groupStatus: 'unknown', sex: null, ageYears: null });
    const critical = { ...ctx, oNegativeStockCritical: true };
    expect(codes(evaluateUnit(buildUnit({ group: 'O+' }), anon, critical, policy))).toEqual([
      'rhd_negative_required',
    ]);
  });

  it('O+ for a male ≥ 18 only while O− is critical', () => {
    const single = buildPatient({ group: 'A+', groupStatus: 'single', ageYears: 18 });
    expect(evaluateUnit(buildUnit({ group: 'O+' }), single, ctx, policy).kind).toBe('needs_authorisation');
    const critical = evaluateUnit(
      buildUnit({ group: 'O+' }),
      single,
      { ...ctx, oNegativeStockCritical: true },
      policy,
    );
    expect(critical).toMatchObject({
      kind: 'compatible',
      tier: 0,
      warnings: ['unknown_group_emergency_o_positive'],
    });
  });

  it('plasma: AB, or A when the site allows', () => {
    const pctx = { ...ctx, category: 'plasma' as const };
    expect(
      evaluateUnit(buildUnit({ group: 'AB+', category: 'plasma' }), unknownMale, pctx, policy).kind,
    ).toBe('compatible');
    expect(
      codes(evaluateUnit(buildUnit({ group: 'A+', category: 'plasma' }), unknownMale, pctx, policy)),
    ).toEqual(['patient_group_unknown']);
    const allowA = compatibilityPolicy({ allowGroupAPlasmaForUnknownGroup: true });
    expect(
      evaluateUnit(buildUnit({ group: 'A+', category: 'plasma' }), unknownMale, pctx, allowA),
    ).toMatchObject({ kind: 'compatible', warnings: ['group_a_plasma_for_unknown_group'] });
  });
});

describe('special requirements and safety blockers', () => {
  const irradiatedPatient = buildPatient({
    specialRequirements: [{ kind: 'irradiated' }, { kind: 'antigen_negative', antigens: ['E'] }],
  });

  it('a unit lacking a requirement needs a medical-director override with reason', () => {
    const unit = buildUnit({ group: 'A+', antigenNegative: ['E'] });
    const decision = evaluateUnit(unit, irradiatedPatient, ctx, policy);
    expect(decision).toMatchObject({
      kind: 'needs_authorisation',
      blockers: [{ code: 'missing_irradiated', overridableBy: 'medical_director' }],
    });
    const supervisor: Authorisation = {
      covers: 'missing_irradiated',
      role: 'supervisor',
      actorId: 's',
      reason: 'bleeding',
    };
    expect(evaluateUnit(unit, irradiatedPatient, { ...ctx, authorisations: [supervisor] }, policy).kind).toBe(
      'needs_authorisation',
    );
    const md = { ...supervisor, role: 'medical_director' as const };
    expect(evaluateUnit(unit, irradiatedPatient, { ...ctx, authorisations: [md] }, policy).kind).toBe(
      'compatible',
    );
  });

  it('clinically significant antibodies require antigen-negative red cells (anti-K)', () => {
    const patient = buildPatient({ antibodies: [{ specificity: 'K', clinicallySignificant: true }] });
    const decision = evaluateUnit(buildUnit({ group: 'A+' }), patient, ctx, policy);
    expect(decision).toMatchObject({
      kind: 'needs_authorisation',
      blockers: [{ code: 'missing_antigen_negative', detail: ['K'] }],
    });
    expect(evaluateUnit(buildUnit({ group: 'A+', antigenNegative: ['K'] }), patient, ctx, policy).kind).toBe(
      'compatible',
    );
  });

  it('requirements outside their scope do not filter (irradiated plasma)', () => {
    const decision = evaluateUnit(
      buildUnit({ group: 'A+', category: 'plasma' }),
      irradiatedPatient,
      { ...ctx, category: 'plasma' },
      policy,
    );
    expect(decision.kind).toBe('compatible');
  });

  it('granulocytes are always irradiated', () => {
    const decision = evaluateUnit(
      buildUnit({ group: 'A+', category: 'granulocytes' }),
      buildPatient(),
      { ...ctx, category: 'granulocytes' },
      policy,
    );
    expect(codes(decision)).toEqual(['missing_irradiated']);
  });

  it.each([
    ['expired at the boundary instant', { expiresAt: ctx.now }, 'unit_expired'],
    ['TTI-reactive', { holds: ['tti_reactive' as const] }, 'tti_reactive'],
    ['held', { holds: ['cold_chain_excursion' as const] }, 'unit_on_hold'],
    ['issued', { status: 'issued' as const }, 'unit_not_issuable_status'],
    ['label not verified', { labelVerifiedAt: null }, 'label_not_verified'],
    ['group not confirmed', { aboRhConfirmed: false }, 'unit_group_unconfirmed'],
    ['ABO-incompatible', { group: 'B+' }, 'abo_incompatible'],
  ])('%s: refused with no override, whatever is authorised', (_name, over, code) => {
    const everything: Authorisation[] = (['missing_irradiated', 'missing_antigen_negative'] as const).map(
      (covers) => ({ covers, role: 'medical_director', actorId: 'md', reason: 'r' }),
    );
    const decision = evaluateUnit(
      buildUnit({ group: 'A+', ...over }),
      irradiatedPatient,
      { ...ctx, authorisations: everything },
      policy,
    );
    expect(decision.kind).toBe('refused');
    expect(codes(decision)).toContain(code);
  });

  it('a unit one millisecond before expiry is in date', () => {
    const unit = buildUnit({ group: 'A+', expiresAt: new Date(ctx.now.getTime() + 1) });
    expect(evaluateUnit(unit, buildPatient(), ctx, policy).kind).toBe('compatible');
  });
});
