import type { Me } from '@nexus/contracts';
import type { MembershipRow, UserRow } from './identity.repo.ts';

export function toMe(user: UserRow, memberships: MembershipRow[], patientId: string | null): Me {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    patientId,
    memberships: memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      organisationKind: m.organisationKind,
      role: m.role,
    })),
  };
}
