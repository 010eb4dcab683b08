import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createMembersRepo } from './members.repo.ts';
import { membersRoutes } from './members.routes.ts';
import { createMembersService } from './members.service.ts';

/** Organisation member administration: roles, disabling and re-enabling accounts. */
export function createMembersModule(deps: {
  db: Executor;
  clock: Clock;
  log: Logger;
  audit: AuditRecorder;
  /** Drops the user's cached sessions (identity's forgetUserSessions), so changes apply at once. */
  onAccountChanged: (userId: string) => void;
}) {
  const service = createMembersService({ ...deps, repo: createMembersRepo() });
  return { service, routes: membersRoutes({ members: service }) };
}
export type MembersModule = ReturnType<typeof createMembersModule>;
