import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import type { AuditLogRow, AuditRepo, LogPage } from './audit.repo.ts';
import type { AuditDetails, AuditOutcome, ChainBreak, StoredAuditEntry } from './audit-chain.ts';
import { createChainChecker } from './audit-chain.ts';
import { type AuditSigner, checkpointMessage } from './audit-signer.ts';

/** Where a request came from, for the "from where" of an audit entry. */
export type RequestOrigin = { sourceIp: string | null; requestId: string | null };

/** What happened: who did what to which patient's data, and how it ended. Never health data itself. */
export type AuditEvent = {
  actorUserId: string | null;
  action: string;
  outcome: AuditOutcome;
  patientId?: string | null;
  resourceType?: string | null;
  resourceId?: string | null;
  details?: AuditDetails;
  origin?: RequestOrigin;
};

/** The port other modules use: record an event, inside their own transaction when they pass one. */
export type AuditRecorder = { record(event: AuditEvent, executor?: Executor): Promise<void> };

export type VerifyReport =
  | { isIntact: true; entries: number; checkpoints: number }
  | { isIntact: false; entries: number; checkpoints: number; problem: ChainBreak };

const PAGE_SIZE = 1_000;

export function createAuditService(deps: {
  db: Executor;
  repo: AuditRepo;
  clock: Clock;
  signer: AuditSigner;
  log: Logger;
}) {
  const { db, repo, clock, signer, log } = deps;

  async function* readChain(): AsyncGenerator<StoredAuditEntry> {
    let after = 0;
    for (;;) {
      const page = await repo.entriesAfter(db, after, PAGE_SIZE);
      yield* page;
      const last = page.at(-1);
      if (!last || page.length < PAGE_SIZE) return;
      after = last.seq;
    }
  }

  return {
    async record(event: AuditEvent, executor: Executor = db): Promise<void> {
      await withTransaction(executor, (trx) =>
        repo.append(trx, {
          occurredAt: clock.now(),
          actorUserId: event.actorUserId,
          action: event.action,
          outcome: event.outcome,
          patientId: event.patientId ?? null,
          resourceType: event.resourceType ?? null,
          resourceId: event.resourceId ?? null,
          sourceIp: event.origin?.sourceIp ?? null,
          requestId: event.origin?.requestId ?? null,
          details: event.details ?? {},
        }),
      );
    },

    /** Who did what to a patient's record, newest first, leaving out the patient's own actions. */
    patientLog: (
      patientId: string,
      excludeActorUserId: string | null,
      page: LogPage,
    ): Promise<AuditLogRow[]> => repo.patientLog(db, patientId, excludeActorUserId, page),

    /** A user's own security events (and administrators' actions on their account), newest first. */
    securityLog: (userId: string, page: LogPage): Promise<AuditLogRow[]> =>
      repo.securityLog(db, userId, page),

    /** Signs the chain's current head, unless it is already signed. */
    async checkpoint(): Promise<void> {
      const head = await repo.head(db);
      if (head.seq === 0) return;
      await repo.insertCheckpoint(db, {
        seq: head.seq,
        hash: head.hash,
        signedAt: clock.now(),
        keyId: signer.keyId,
        signature: signer.sign(checkpointMessage(head.seq, head.hash)),
      });
      log.info({ seq: head.seq }, 'audit checkpoint signed');
    },

    /**
     * Recomputes the whole chain and checks every signed checkpoint against it. Names the first entry
     * that was altered, removed or relinked; removal of the newest entries is caught by the chain head
     * and by checkpoints beyond the chain's end; a recomputed (forged) chain, by the signatures.
     */
    async verify(): Promise<VerifyReport> {
      const checkpoints = await repo.checkpoints(db);
      const signedSeqs = new Set(checkpoints.map((c) => c.seq));
      const hashAt = new Map<number, string>();
      const checker = createChainChecker();
      let entries = 0;
      let lastHash: string | undefined;
      const fail = (problem: ChainBreak): VerifyReport => ({
        isIntact: false,
        entries,
        checkpoints: checkpoints.length,
        problem,
      });

      for await (const entry of readChain()) {
        const problem = checker.check(entry);
        if (problem) return fail(problem);
        entries += 1;
        lastHash = entry.hash;
        if (signedSeqs.has(entry.seq)) hashAt.set(entry.seq, entry.hash);
      }

      const head = await repo.head(db);
      if (head.seq !== entries || (entries > 0 && head.hash !== lastHash)) {
        return fail({
          seq: Math.min(head.seq, entries) + 1,
          problem: 'missing',
          detail: `the log ends at entry #${entries} but had reached #${head.seq}: newer entries were removed`,
        });
      }
      for (const checkpoint of checkpoints) {
        const isSigned = signer.verify(
          checkpointMessage(checkpoint.seq, checkpoint.hash),
          checkpoint.signature,
          checkpoint.keyId,
        );
        if (!isSigned) {
          return fail({
            seq: checkpoint.seq,
            problem: 'altered',
            detail: `checkpoint at entry #${checkpoint.seq} does not carry a valid signature of this server`,
          });
        }
        const actual = hashAt.get(checkpoint.seq);
        if (actual === undefined) {
          return fail({
            seq: checkpoint.seq,
            problem: 'missing',
            detail: `entry #${checkpoint.seq}, signed in a checkpoint, is no longer in the log`,
          });
        }
        if (actual !== checkpoint.hash) {
          return fail({
            seq: checkpoint.seq,
            problem: 'altered',
            detail: `the chain up to entry #${checkpoint.seq} differs from what was signed: it was rewritten`,
          });
        }
      }
      return { isIntact: true, entries, checkpoints: checkpoints.length };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
