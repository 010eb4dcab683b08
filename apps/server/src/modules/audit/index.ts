import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { QueueDefinition } from '../../platform/jobs/job-queue.ts';
import { createAuditRepo } from './audit.repo.ts';
import { createAuditService } from './audit.service.ts';
import { type AuditSigner, signerFromConfig, signerFromFile } from './audit-signer.ts';

export type { AuditLogRow, LogPage } from './audit.repo.ts';
export type { AuditEvent, AuditRecorder, RequestOrigin, VerifyReport } from './audit.service.ts';

/** The configured checkpoint signer: AUDIT_SIGNING_KEY, or outside production a key file under DATA_DIR. */
export function auditSignerFor(config: Pick<Config, 'auditSigningKey' | 'dataDir'>): AuditSigner {
  return config.auditSigningKey
    ? signerFromConfig(config.auditSigningKey)
    : signerFromFile(join(config.dataDir, 'keys', 'audit-signing-key.pem'));
}

/** The tamper-evident audit log: recording, signed checkpoints, verification. */
export function createAuditModule(deps: { db: Executor; clock: Clock; log: Logger; signer: AuditSigner }) {
  const service = createAuditService({ ...deps, repo: createAuditRepo() });
  const jobs: QueueDefinition<Record<string, never>>[] = [
    { name: 'audit.checkpoint', cron: '*/5 * * * *', handler: () => service.checkpoint() },
  ];
  return { service, jobs };
}
export type AuditModule = ReturnType<typeof createAuditModule>;
