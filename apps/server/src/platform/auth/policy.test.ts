import type { Membership, Role } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import type { Action, Resource } from './access-rule.ts';
import { type CareFacts, can, type PolicyActor } from './policy.ts';

const NOW = new Date('2026-03-01T09:00:00Z');
const CLINIC = '00000000-0000-4000-8000-0000000000c1';
const OTHER_CLINIC = '00000000-0000-4000-8000-0000000000c2';
const OWN_PATIENT = '00000000-0000-4000-8000-0000000000a1';
const OTHER_PATIENT = '00000000-0000-4000-8000-0000000000a2';

function actor(
  roles: Role[],
  options: { patientId?: string | null; organisationId?: string } = {},
): PolicyActor {
  const memberships: Membership[] = roles.map((role) => ({
    organisationId: options.organisationId ?? CLINIC,
    organisationName: 'Clinic',
    organisationKind: 'clinic',
    role,
  }));
  return {
    userId: '00000000-0000-4000-8000-0000000000u1',
    patientId: options.patientId ?? null,
    memberships,
  };
}

/** Facts that answer from fixed sets, and record what they were asked. */
function facts(options: { careOf?: string[]; breakGlassOf?: string[] } = {}) {
  const asked: { method: string; memberships?: ReadonlyArray<Membership>; now: Date }[] = [];
  const port: CareFacts = {
    async hasCareRelationship(_userId, patientId, memberships, now) {
      asked.push({ method: 'care', memberships, now });
      return (options.careOf ?? []).includes(patientId);
    },
    async activeBreakGlass(_userId, patientId, now) {
      asked.push({ method: 'break-glass', now });
      return (options.breakGlassOf ?? []).includes(patientId);
    },
  };
  return Object.assign(port, { asked });
}

const patient = (patientId: string): Resource => ({ type: 'patient', patientId });
const organisation = (organisationId: string): Resource => ({ type: 'organisation', organisationId });
const platform: Resource = { type: 'platform' };

describe('can: a patient and their own record', () => {
  const me = actor(['patient'], { patientId: OWN_PATIENT });

  it.each(['patient.read', 'patient.write', 'patient.share', 'patient.read-access-log'] as const)(
    'allows %s on their own record, on the basis "self"',
    async (action) => {
      expect(await can(me, action, patient(OWN_PATIENT), facts(), NOW)).toEqual({
        allowed: true,
        basis: 'self',
      });
    },
  );

  it.each([
    'patient.read',
    'patient.write',
    'patient.share',
    'patient.read-access-log',
    'patient.break-glass',
  ] as const)("denies %s on another patient's record", async (action) => {
    expect(await can(me, action, patient(OTHER_PATIENT), facts(), NOW)).toEqual({ allowed: false });
  });

  it('denies break-glass on their own record', async () => {
    expect(await can(me, 'patient.break-glass', patient(OWN_PATIENT), facts(), NOW)).toEqual({
      allowed: false,
    });
  });

  it('does not consult care facts for a patient without a clinical role', async () => {
    const port = facts({ careOf: [OTHER_PATIENT], breakGlassOf: [OTHER_PATIENT] });
    expect(await can(me, 'patient.read', patient(OTHER_PATIENT), port, NOW)).toEqual({ allowed: false });
    expect(port.asked).toEqual([]);
  });
});

describe('can: clinicians and patient records', () => {
  it.each(['doctor', 'nurse', 'pharmacist', 'dietitian'] as const)(
    'a %s reads and writes through a care relationship only',
    async (role) => {
      const clinician = actor([role]);
      for (const action of ['patient.read', 'patient.write'] as const) {
        expect(await can(clinician, action, patient(OTHER_PATIENT), facts(), NOW)).toEqual({
          allowed: false,
        });
        expect(
          await can(clinician, action, patient(OTHER_PATIENT), facts({ careOf: [OTHER_PATIENT] }), NOW),
        ).toEqual({ allowed: true, basis: 'care_relationship' });
      }
    },
  );

  it('passes only the clinical memberships and the time to the care facts', async () => {
    const port = facts({ careOf: [OTHER_PATIENT] });
    const clinician: PolicyActor = {
      ...actor(['doctor']),
      memberships: [
        { organisationId: CLINIC, organisationName: 'Clinic', organisationKind: 'clinic', role: 'doctor' },
        {
          organisationId: OTHER_CLINIC,
          organisationName: 'Other',
          organisationKind: 'clinic',
          role: 'org_admin',
        },
      ],
    };
    await can(clinician, 'patient.read', patient(OTHER_PATIENT), port, NOW);
    expect(port.asked).toHaveLength(1);
    expect(port.asked[0]?.memberships?.map((m) => m.role)).toEqual(['doctor']);
    expect(port.asked[0]?.now).toBe(NOW);
  });

  it.each(['doctor', 'nurse'] as const)('a %s reads through an open break-glass grant', async (role) => {
    expect(
      await can(
        actor([role]),
        'patient.read',
        patient(OTHER_PATIENT),
        facts({ breakGlassOf: [OTHER_PATIENT] }),
        NOW,
      ),
    ).toEqual({ allowed: true, basis: 'break_glass' });
  });

  it.each(['pharmacist', 'dietitian'] as const)('a %s cannot use a break-glass grant', async (role) => {
    expect(
      await can(
        actor([role]),
        'patient.read',
        patient(OTHER_PATIENT),
        facts({ breakGlassOf: [OTHER_PATIENT] }),
        NOW,
      ),
    ).toEqual({ allowed: false });
  });

  it('prefers the care relationship over break-glass as the basis', async () => {
    const port = facts({ careOf: [OTHER_PATIENT], breakGlassOf: [OTHER_PATIENT] });
    expect(await can(actor(['doctor']), 'patient.write', patient(OTHER_PATIENT), port, NOW)).toEqual({
      allowed: true,
      basis: 'care_relationship',
    });
  });

  it.each(['patient.share', 'patient.read-access-log'] as const)(
    'never lets a clinician %s, even with a care relationship',
    async (action) => {
      const port = facts({ careOf: [OTHER_PATIENT], breakGlassOf: [OTHER_PATIENT] });
      expect(await can(actor(['doctor']), action, patient(OTHER_PATIENT), port, NOW)).toEqual({
        allowed: false,
      });
    },
  );

  it.each([
    ['doctor', true],
    ['nurse', true],
    ['pharmacist', false],
    ['dietitian', false],
    ['blood_bank_staff', false],
    ['donor', false],
    ['org_admin', false],
    ['platform_admin', false],
    ['patient', false],
  ] as const)('break-glass by a %s: %s', async (role, isAllowed) => {
    const decision = await can(actor([role]), 'patient.break-glass', patient(OTHER_PATIENT), facts(), NOW);
    expect(decision).toEqual(isAllowed ? { allowed: true, basis: 'break_glass' } : { allowed: false });
  });

  it.each(['blood_bank_staff', 'donor', 'org_admin', 'platform_admin'] as const)(
    'a %s never reads a record, whatever the facts say',
    async (role) => {
      const port = facts({ careOf: [OTHER_PATIENT], breakGlassOf: [OTHER_PATIENT] });
      expect(await can(actor([role]), 'patient.read', patient(OTHER_PATIENT), port, NOW)).toEqual({
        allowed: false,
      });
    },
  );

  it('a doctor who is also a patient reads their own record as "self"', async () => {
    const both = actor(['doctor', 'patient'], { patientId: OWN_PATIENT });
    expect(await can(both, 'patient.read', patient(OWN_PATIENT), facts(), NOW)).toEqual({
      allowed: true,
      basis: 'self',
    });
    expect(await can(both, 'patient.break-glass', patient(OWN_PATIENT), facts(), NOW)).toEqual({
      allowed: false,
    });
  });
});

describe('can: organisations', () => {
  const cases: [Role, Action, boolean, string?][] = [
    ['org_admin', 'organisation.manage-members', true, 'organisation_admin'],
    ['platform_admin', 'organisation.manage-members', true, 'platform_admin'],
    ['doctor', 'organisation.manage-members', false],
    ['org_admin', 'organisation.admit-patient', true, 'organisation_admin'],
    ['doctor', 'organisation.admit-patient', true, 'organisation_staff'],
    ['nurse', 'organisation.admit-patient', true, 'organisation_staff'],
    ['pharmacist', 'organisation.admit-patient', false],
    ['dietitian', 'organisation.admit-patient', false],
    ['platform_admin', 'organisation.admit-patient', false],
    ['patient', 'organisation.admit-patient', false],
    ['org_admin', 'organisation.read-alerts', true, 'organisation_admin'],
    ['platform_admin', 'organisation.read-alerts', false],
    ['doctor', 'organisation.read-alerts', false],
  ];

  it.each(cases)('a %s in the organisation, %s: %s', async (role, action, isAllowed, basis) => {
    const decision = await can(actor([role]), action, organisation(CLINIC), facts(), NOW);
    expect(decision).toEqual(isAllowed ? { allowed: true, basis } : { allowed: false });
  });

  it.each(['organisation.admit-patient', 'organisation.read-alerts'] as const)(
    'roles in another organisation do not count for %s',
    async (action) => {
      const elsewhere = actor(['org_admin', 'doctor', 'nurse'], { organisationId: OTHER_CLINIC });
      expect(await can(elsewhere, action, organisation(CLINIC), facts(), NOW)).toEqual({ allowed: false });
    },
  );

  it("an org admin of another organisation cannot manage this one's members", async () => {
    const elsewhere = actor(['org_admin'], { organisationId: OTHER_CLINIC });
    expect(await can(elsewhere, 'organisation.manage-members', organisation(CLINIC), facts(), NOW)).toEqual({
      allowed: false,
    });
  });
});

describe('can: the platform and unknown actions', () => {
  it.each(['platform.read-outbox', 'platform.verify-audit'] as const)(
    '%s is for platform admins',
    async (action) => {
      expect(await can(actor(['platform_admin']), action, platform, facts(), NOW)).toEqual({
        allowed: true,
        basis: 'platform_admin',
      });
      for (const role of ['org_admin', 'doctor', 'patient'] as const) {
        expect(await can(actor([role]), action, platform, facts(), NOW)).toEqual({ allowed: false });
      }
    },
  );

  it('denies an action that does not fit the resource, and an action it does not know', async () => {
    const admin = actor(['platform_admin', 'org_admin', 'doctor'], { patientId: OWN_PATIENT });
    expect(await can(admin, 'platform.verify-audit', patient(OWN_PATIENT), facts(), NOW)).toEqual({
      allowed: false,
    });
    expect(await can(admin, 'patient.read', organisation(CLINIC), facts(), NOW)).toEqual({ allowed: false });
    expect(await can(admin, 'patient.read', platform, facts(), NOW)).toEqual({ allowed: false });
    expect(await can(admin, 'patient.delete' as Action, patient(OWN_PATIENT), facts(), NOW)).toEqual({
      allowed: false,
    });
    expect(await can(admin, 'organisation.delete' as Action, organisation(CLINIC), facts(), NOW)).toEqual({
      allowed: false,
    });
  });

  it('denies an actor with no memberships everything but their own record', async () => {
    const nobody: PolicyActor = { userId: 'u', patientId: null, memberships: [] };
    for (const action of ['patient.read', 'patient.break-glass'] as const) {
      expect(await can(nobody, action, patient(OTHER_PATIENT), facts(), NOW)).toEqual({ allowed: false });
    }
    expect(await can(nobody, 'organisation.admit-patient', organisation(CLINIC), facts(), NOW)).toEqual({
      allowed: false,
    });
  });
});

describe('can: risk assessment and its review', () => {
  it('lets a patient run the models on their own record but never review a result', async () => {
    const me = actor(['patient'], { patientId: OWN_PATIENT });
    expect(await can(me, 'patient.assess-risk', patient(OWN_PATIENT), facts(), NOW)).toEqual({
      allowed: true,
      basis: 'self',
    });
    expect(await can(me, 'patient.assess-risk', patient(OTHER_PATIENT), facts(), NOW)).toEqual({
      allowed: false,
    });
    expect(await can(me, 'patient.review-risk', patient(OWN_PATIENT), facts(), NOW)).toEqual({
      allowed: false,
    });
  });

  it('lets doctors and nurses in a care relationship run the models, and only doctors review', async () => {
    const care = facts({ careOf: [OWN_PATIENT] });
    for (const role of ['doctor', 'nurse'] as const) {
      expect(await can(actor([role]), 'patient.assess-risk', patient(OWN_PATIENT), care, NOW)).toEqual({
        allowed: true,
        basis: 'care_relationship',
      });
      expect(await can(actor([role]), 'patient.assess-risk', patient(OTHER_PATIENT), care, NOW)).toEqual({
        allowed: false,
      });
    }
    expect(await can(actor(['doctor']), 'patient.review-risk', patient(OWN_PATIENT), care, NOW)).toEqual({
      allowed: true,
      basis: 'care_relationship',
    });
    for (const role of ['nurse', 'pharmacist', 'dietitian', 'org_admin'] as const) {
      expect(await can(actor([role]), 'patient.review-risk', patient(OWN_PATIENT), care, NOW)).toEqual({
        allowed: false,
      });
    }
    expect(
      await can(
        actor(['doctor']),
        'patient.review-risk',
        patient(OTHER_PATIENT),
        facts({ breakGlassOf: [OTHER_PATIENT] }),
        NOW,
      ),
    ).toEqual({ allowed: true, basis: 'break_glass' });
  });

  it('lets the platform’s own nightly job assess any record, and nothing else', async () => {
    const job: PolicyActor = { ...actor([]), credential: { kind: 'system', job: 'nightly-risk-assessment' } };
    expect(await can(job, 'patient.assess-risk', patient(OTHER_PATIENT), facts(), NOW)).toEqual({
      allowed: true,
      basis: 'system',
    });
    for (const action of [
      'patient.read',
      'patient.write',
      'patient.record-clinical',
      'patient.review-risk',
    ] as const) {
      expect(await can(job, action, patient(OTHER_PATIENT), facts(), NOW)).toEqual({ allowed: false });
    }
  });
});

describe('can: sharing a triage summary', () => {
  it('lets only the patient send their own summary, never a clinician, not even in their care', async () => {
    const me = actor(['patient'], { patientId: OWN_PATIENT });
    expect(await can(me, 'patient.share-triage', patient(OWN_PATIENT), facts(), NOW)).toEqual({
      allowed: true,
      basis: 'self',
    });
    expect(await can(me, 'patient.share-triage', patient(OTHER_PATIENT), facts(), NOW)).toEqual({
      allowed: false,
    });
    const care = facts({ careOf: [OWN_PATIENT] });
    expect(await can(actor(['doctor']), 'patient.share-triage', patient(OWN_PATIENT), care, NOW)).toEqual({
      allowed: false,
    });
  });
});

describe('can: prescribing and dispensing', () => {
  it('lets only doctors in a care relationship (or with break-glass) prescribe, never the patient', async () => {
    const care = facts({ careOf: [OWN_PATIENT] });
    expect(await can(actor(['doctor']), 'patient.prescribe', patient(OWN_PATIENT), care, NOW)).toEqual({
      allowed: true,
      basis: 'care_relationship',
    });
    expect(await can(actor(['doctor']), 'patient.prescribe', patient(OTHER_PATIENT), care, NOW)).toEqual({
      allowed: false,
    });
    for (const role of ['nurse', 'pharmacist', 'dietitian', 'org_admin'] as const) {
      expect(await can(actor([role]), 'patient.prescribe', patient(OWN_PATIENT), care, NOW)).toEqual({
        allowed: false,
      });
    }
    const me = actor(['patient'], { patientId: OWN_PATIENT });
    expect(await can(me, 'patient.prescribe', patient(OWN_PATIENT), facts(), NOW)).toEqual({
      allowed: false,
    });
  });

  it("lets a pharmacy's own pharmacists dispense there, and nobody else", async () => {
    expect(
      await can(actor(['pharmacist']), 'organisation.dispense', organisation(CLINIC), facts(), NOW),
    ).toEqual({ allowed: true, basis: 'organisation_staff' });
    expect(
      await can(actor(['pharmacist']), 'organisation.dispense', organisation(OTHER_CLINIC), facts(), NOW),
    ).toEqual({ allowed: false });
    for (const role of ['doctor', 'nurse', 'org_admin', 'platform_admin'] as const) {
      expect(await can(actor([role]), 'organisation.dispense', organisation(CLINIC), facts(), NOW)).toEqual({
        allowed: false,
      });
    }
  });
});

describe('can: the blood bank', () => {
  it("lets that organisation's blood bank staff and admins manage its blood bank, nobody else", async () => {
    const manage = (roles: Role[], org: string) =>
      can(actor(roles), 'organisation.manage-blood-bank', organisation(org), facts(), NOW);
    expect(await manage(['blood_bank_staff'], CLINIC)).toEqual({
      allowed: true,
      basis: 'organisation_staff',
    });
    expect(await manage(['org_admin'], CLINIC)).toEqual({ allowed: true, basis: 'organisation_admin' });
    expect(await manage(['blood_bank_staff'], OTHER_CLINIC)).toEqual({ allowed: false });
    for (const role of ['doctor', 'nurse', 'pharmacist', 'donor', 'platform_admin'] as const)
      expect(await manage([role], CLINIC)).toEqual({ allowed: false });
  });
});
