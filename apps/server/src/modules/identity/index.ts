import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { SessionCookieOptions } from '../../platform/auth/session-cookie.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createIdentityRepo } from './identity.repo.ts';
import { identityRoutes } from './identity.routes.ts';
import { createIdentityService, type SessionPolicy } from './identity.service.ts';
import { createSessionManagementService } from './session-management.service.ts';
import { sessionsRoutes } from './sessions.routes.ts';

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
  const repo = createIdentityRepo();
  const service = createIdentityService({
    db: deps.db,
    repo,
    clock: deps.clock,
    log: deps.log,
    sessionPolicy: deps.sessionPolicy,
    audit: deps.audit,
  });
  const sessions = createSessionManagementService({
    db: deps.db,
    repo,
    clock: deps.clock,
    audit: deps.audit,
    sessionPolicy: deps.sessionPolicy,
  });
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(identityRoutes({ service, cookie: deps.cookie }));
    await app.register(sessionsRoutes({ sessions }));
  };
  return { service, sessions, routes };
}
export type IdentityModule = ReturnType<typeof createIdentityModule>;
