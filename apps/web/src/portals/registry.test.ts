import { Role } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import { buildMe, buildMembership } from '../test/fixtures.ts';
import { PORTALS, portalsFor } from './registry.ts';

const titlesFor = (...roles: Role[]) =>
  portalsFor(buildMe({ memberships: roles.map((role) => buildMembership({ role })) })).map(
    (portal) => portal.title,
  );

describe('portal registry', () => {
  it('gives every role exactly one portal', () => {
    for (const role of Role.options) {
      expect(
        PORTALS.filter((portal) => portal.roles.includes(role)),
        role,
      ).toHaveLength(1);
    }
  });

  it.each([
    ['patient', 'Patient portal'],
    ['doctor', 'Doctor portal'],
    ['nurse', 'Nurse portal'],
    ['pharmacist', 'Pharmacy portal'],
    ['dietitian', 'Nutrition portal'],
    ['blood_bank_staff', 'Blood bank portal'],
    ['donor', 'Donor portal'],
    ['org_admin', 'Administration portal'],
    ['platform_admin', 'Administration portal'],
  ] as const)('a %s uses the %s', (role, title) => {
    expect(titlesFor(role)).toEqual([title]);
  });

  it('offers each portal once, in registry order, to someone with several roles', () => {
    expect(titlesFor('org_admin', 'doctor', 'platform_admin')).toEqual([
      'Doctor portal',
      'Administration portal',
    ]);
  });

  it('offers nothing to someone without a membership', () => {
    expect(titlesFor()).toEqual([]);
  });

  it('gives every portal a unique path, a home page and an account page', () => {
    expect(new Set(PORTALS.map((portal) => portal.path)).size).toBe(PORTALS.length);
    for (const portal of PORTALS) {
      const pages = portal.navigation.filter((entry) => entry.kind === 'page');
      expect(
        pages.map((entry) => entry.path),
        portal.id,
      ).toEqual(expect.arrayContaining(['', 'account']));
      expect(new Set(portal.navigation.map((entry) => entry.id)).size, portal.id).toBe(
        portal.navigation.length,
      );
    }
  });
});
