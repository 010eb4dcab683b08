import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { SessionCookieOptions } from '../../platform/auth/session-cookie.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { apiTokenRoutes } from './api-tokens/api-tokens.routes.ts';
import { createApiTokenService } from './api-tokens/api-tokens.service.ts';
import { createIdentityRepo } from './identity.repo.ts';
import { identityRoutes } from './identity.routes.ts';
import { createIdentityService, type IdentityServiceDeps, type SessionPolicy } from './identity.service.ts';
import { accountSecurityRoutes } from './second-factor/account-security.routes.ts';
import { createPasskeyCeremony, relyingPartyFor } from './second-factor/passkey-ceremony.ts';
import { createSecondFactorRepo } from './second-factor/second-factor.repo.ts';
import { createSecondFactorService } from './second-factor/second-factor.service.ts';
import { signInStepRoutes } from './second-factor/sign-in-step.routes.ts';
import { createSessionCache } from './session-cache.ts';
import { createSessionManagementService } from './session-management.service.ts';
import { sessionsRoutes } from './sessions.routes.ts';

export type { IdentityService } from './identity.service.ts';
export type { SecondFactorService } from './second-factor/second-factor.service.ts';

/** Accounts, organisations, roles, two-factor sign-in, sessions and personal API tokens. */
export function createIdentityModule(deps: {
  db: Executor;
  clock: Clock;
  log: Logger;
  sessionPolicy: SessionPolicy;
  cookie: SessionCookieOptions;
  audit: AuditRecorder;
  cipher: EnvelopeCipher;
  /** The platform's public address: the WebAuthn relying party. */
  publicUrl: string;
  /** How long a checked session is trusted without asking the database again (default 2 s; 0: never). */
  sessionCacheMs?: number;
  /** Tells the owner of an account that repeated failures have locked it. */
  onAccountLocked?: IdentityServiceDeps['onAccountLocked'];
  /** Gives a new patient record its FHIR Patient resource (the FHIR module). */
  onPatientRecordCreated?: IdentityServiceDeps['onPatientRecordCreated'];
}) {
  const repo = createIdentityRepo();
  const cache = createSessionCache({ ttlMs: deps.sessionCacheMs ?? 2000, maxEntries: 10_000 });
  const factors = createSecondFactorService({
    db: deps.db,
    repo: createSecondFactorRepo(),
    identityRepo: repo,
    cipher: deps.cipher,
    clock: deps.clock,
    audit: deps.audit,
    ceremony: createPasskeyCeremony(relyingPartyFor(deps.publicUrl)),
    onSessionEnded: cache.forgetSession,
  });
  const service = createIdentityService({
    db: deps.db,
    repo,
    clock: deps.clock,
    log: deps.log,
    sessionPolicy: deps.sessionPolicy,
    audit: deps.audit,
    factorsOf: factors.methodsOf,
    cache,
    ...(deps.onAccountLocked ? { onAccountLocked: deps.onAccountLocked } : {}),
    ...(deps.onPatientRecordCreated ? { onPatientRecordCreated: deps.onPatientRecordCreated } : {}),
  });
  const sessions = createSessionManagementService({
    db: deps.db,
    repo,
    clock: deps.clock,
    audit: deps.audit,
    sessionPolicy: deps.sessionPolicy,
    cache,
  });
  const apiTokens = createApiTokenService({ db: deps.db, clock: deps.clock, audit: deps.audit });
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(identityRoutes({ service, cookie: deps.cookie }));
    await app.register(signInStepRoutes({ identity: service, factors, cookie: deps.cookie }));
    await app.register(accountSecurityRoutes({ factors }));
    await app.register(apiTokenRoutes({ tokens: apiTokens }));
    await app.register(sessionsRoutes({ sessions }));
  };
  /**
   * For other modules that end sessions or change accounts (password reset, disabling, roles): drop
   * the user's cached sessions so the change takes effect on the next request.
   */
  const forgetUserSessions = (userId: string) => cache.forgetUser(userId);
  return { service, factors, sessions, apiTokens, routes, forgetUserSessions };
}
export type IdentityModule = ReturnType<typeof createIdentityModule>;
