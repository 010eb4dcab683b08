import { type AccessLog, type LogPageQuery, Role, type SecurityLog } from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { AuditLogRow, LogPage } from '../audit/index.ts';
import type { AccessRepo } from './access.repo.ts';

/** The audit log's read side, as the access and security logs need it. */
export type AuditLogReader = {
  patientLog(patientId: string, excludeActorUserId: string | null, page: LogPage): Promise<AuditLogRow[]>;
  securityLog(userId: string, page: LogPage): Promise<AuditLogRow[]>;
};

const pageOf = (query: LogPageQuery): LogPage => ({
  limit: query.limit,
  ...(query.before === undefined ? {} : { beforeSeq: Number(query.before) }),
});

/** The next page starts before the last entry shown, if this page was full. */
const nextBefore = (rows: readonly AuditLogRow[], limit: number) =>
  rows.length === limit ? String(rows.at(-1)?.seq) : null;

const roleOf = (value: unknown) => {
  const parsed = Role.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** "Who looked at my record" for patients, and "what happened to my account" for everyone. */
export function createAccessLogService(deps: {
  db: Executor;
  repo: Pick<AccessRepo, 'findPatient'>;
  auditLog: AuditLogReader;
}) {
  const { db, repo, auditLog } = deps;
  return {
    async accessLog(patientId: string, query: LogPageQuery): Promise<AccessLog> {
      const patient = await repo.findPatient(db, patientId);
      if (!patient) throw notFound('patient_not_found', 'There is no patient with this id.');
      const rows = await auditLog.patientLog(patientId, patient.userId, pageOf(query));
      return {
        entries: rows.map((row) => ({
          id: String(row.seq),
          occurredAt: row.occurredAt.toISOString(),
          actor: { displayName: row.actorName, role: roleOf(row.details.role) },
          action: row.action,
          outcome: row.outcome,
          isBreakGlass: row.action === 'access.break_glass' || row.details.basis === 'break_glass',
        })),
        nextBefore: nextBefore(rows, query.limit),
      };
    },

    async securityLog(actor: Actor, query: LogPageQuery): Promise<SecurityLog> {
      const rows = await auditLog.securityLog(actor.userId, pageOf(query));
      return {
        entries: rows.map((row) => ({
          id: String(row.seq),
          occurredAt: row.occurredAt.toISOString(),
          action: row.action,
          outcome: row.outcome,
          sourceIp: row.sourceIp,
          byOther: row.actorUserId !== actor.userId,
        })),
        nextBefore: nextBefore(rows, query.limit),
      };
    },
  };
}
export type AccessLogService = ReturnType<typeof createAccessLogService>;
