import type { Logger } from 'pino';
import type { SessionCookieOptions } from '../../platform/auth/session-cookie.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createIdentityRepo } from './identity.repo.ts';
import { identityRoutes } from './identity.routes.ts';
import { createIdentityService, type SessionPolicy } from './identity.service.ts';

export type { IdentityService } from './identity.service.ts';

/** Accounts, organisations, roles and sign-in sessions. */
export function createIdentityModule(deps: {
  db: Executor;
  clock: Clock;
  log: Logger;
  sessionPolicy: SessionPolicy;
  cookie: SessionCookieOptions;
  audit: AuditRecorder;
}) {
  const service = createIdentityService({
    db: deps.db,
    repo: createIdentityRepo(),
    clock: deps.clock,
    log: deps.log,
    sessionPolicy: deps.sessionPolicy,
    audit: deps.audit,
  });
  return { service, routes: identityRoutes({ service, cookie: deps.cookie }) };
}
export type IdentityModule = ReturnType<typeof createIdentityModule>;
