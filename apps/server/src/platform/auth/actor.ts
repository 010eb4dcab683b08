import type { Role } from '@nexus/contracts';

/** Who is asking: the signed-in user and the roles they hold in each organisation. */
export type Actor = {
  userId: string;
  memberships: ReadonlyArray<{ organisationId: string; role: Role }>;
};

export const hasRole = (actor: Actor, role: Role): boolean => actor.memberships.some((m) => m.role === role);
