import { AuditVerification, Problem } from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AuditRecorder, VerifyReport } from './audit.service.ts';

/** The audit log's verification for platform administrators (the same check as `npm run audit:verify`). */
export function auditRoutes(deps: {
  verify: () => Promise<VerifyReport>;
  audit: AuditRecorder;
  clock: Clock;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/admin/audit/verification',
      {
        config: { access: { kind: 'platform', action: 'platform.verify-audit' } },
        schema: {
          tags: ['admin'],
          summary: "Verify the audit log's hash chain and signed checkpoints now",
          description:
            'Recomputes every entry’s hash and checks every signed checkpoint. Answers whether the log is intact or, if not, the first entry that was altered or removed.',
          response: { 200: AuditVerification, 401: Problem, 403: Problem },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const report = await deps.verify();
        const verifiedAt = deps.clock.now().toISOString();
        // The check itself is a security event: who looked, and what they found.
        await deps.audit.record({
          actorUserId: actor.userId,
          action: 'audit.verified',
          outcome: report.isIntact ? 'success' : 'failure',
          details: { entries: report.entries, brokenAt: report.isIntact ? null : report.problem.seq },
          origin: { sourceIp: request.ip, requestId: request.id },
        });
        return {
          isIntact: report.isIntact,
          entries: report.entries,
          checkpoints: report.checkpoints,
          problem: report.isIntact ? null : report.problem,
          verifiedAt,
        };
      },
    );
  };
}
