import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createAccessRepo } from './access.repo.ts';
import { createAccessService } from './access.service.ts';
import { type AuditLogReader, createAccessLogService } from './access-log.service.ts';
import { type BreakGlassNotifier, createBreakGlassService } from './break-glass.service.ts';
import { careRoutes } from './care.routes.ts';
import { createCareFacts, createReadablePatients } from './care-facts.ts';
import { emergencyAndLogRoutes } from './emergency-and-logs.routes.ts';

export type { AuditLogReader } from './access-log.service.ts';
export type { BreakGlassEvent, BreakGlassNotifier } from './break-glass.service.ts';
export { BREAK_GLASS_HOURS } from './break-glass.service.ts';
export type { ReadablePatients } from './care-facts.ts';

/**
 * Who may see a patient besides the patient: care relationships (the patient's grants, admissions),
 * break-glass access, and the logs that show who looked. `facts` is what the authorisation policy
 * asks of the database (see platform/auth/policy.ts).
 */
export function createAccessModule(deps: {
  db: Executor;
  clock: Clock;
  log: Logger;
  audit: AuditRecorder;
  auditLog: AuditLogReader;
  /** Told of every break-glass access (e-mail to the patient and the organisation's admins). */
  notifier?: BreakGlassNotifier;
}) {
  const repo = createAccessRepo();
  const facts = createCareFacts({ db: deps.db, repo });
  const readablePatients = createReadablePatients({ db: deps.db, repo });
  const service = createAccessService({
    db: deps.db,
    repo,
    clock: deps.clock,
    audit: deps.audit,
    log: deps.log,
  });
  const breakGlass = createBreakGlassService({
    db: deps.db,
    repo,
    clock: deps.clock,
    audit: deps.audit,
    log: deps.log,
    ...(deps.notifier ? { notifier: deps.notifier } : {}),
  });
  const logs = createAccessLogService({ db: deps.db, repo, auditLog: deps.auditLog });
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(careRoutes({ access: service }));
    await app.register(emergencyAndLogRoutes({ breakGlass, logs }));
  };
  return { facts, readablePatients, service, breakGlass, logs, routes };
}
export type AccessModule = ReturnType<typeof createAccessModule>;
