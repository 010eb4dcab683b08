import type { Membership, Role } from '@nexus/contracts';

/** Who is asking: the signed-in user and the roles they hold in each organisation. */
export type Actor = {
  /** The public id of the session this request came with. */
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  memberships: ReadonlyArray<Membership>;
};

export const hasRole = (actor: Actor, role: Role): boolean => actor.memberships.some((m) => m.role === role);
