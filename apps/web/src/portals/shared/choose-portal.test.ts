import { describe, expect, it } from 'vitest';
import { buildMe, buildMembership } from '../../test/fixtures.ts';
import { choosePortal } from './choose-portal.ts';

const doctorAndDonor = buildMe({
  memberships: [buildMembership({ role: 'doctor' }), buildMembership({ role: 'donor' })],
});

describe('choosePortal', () => {
  it('opens the only portal straight away', () => {
    const choice = choosePortal(buildMe({ memberships: [buildMembership({ role: 'nurse' })] }), 'doctor');
    expect(choice.kind === 'open' && choice.portal.id).toBe('nurse');
  });

  it('lets someone with several roles choose', () => {
    const choice = choosePortal(doctorAndDonor, null);
    expect(choice.kind === 'choose' && choice.portals.map((portal) => portal.id)).toEqual([
      'doctor',
      'donor',
    ]);
  });

  it('reopens the portal they used last', () => {
    const choice = choosePortal(doctorAndDonor, 'donor');
    expect(choice.kind === 'open' && choice.portal.id).toBe('donor');
  });

  it('ignores a remembered portal that is not theirs (another user on this device)', () => {
    expect(choosePortal(doctorAndDonor, 'admin').kind).toBe('choose');
  });

  it('has nothing to open without a membership', () => {
    expect(choosePortal(buildMe({ memberships: [] }), null)).toEqual({ kind: 'none' });
  });
});
