import { createHash } from 'node:crypto';

/** The hash the first entry commits to. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditOutcome = 'success' | 'failure' | 'denied';

/** Plain values only: details are hashed through a canonical form, so their types must survive JSONB. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export type AuditEntryContent = {
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  outcome: AuditOutcome;
  patientId: string | null;
  resourceType: string | null;
  resourceId: string | null;
  sourceIp: string | null;
  requestId: string | null;
  details: AuditDetails;
};

function canonicalDetails(details: AuditDetails): [string, AuditDetails[string]][] {
  return Object.keys(details)
    .sort()
    .map((key) => [key, details[key] ?? null]);
}

/**
 * SHA-256 over the previous hash and a canonical serialisation of every field, in a fixed order,
 * so any change to any field of any entry, or to their order, changes every hash after it.
 */
export function hashEntry(prevHash: string, entry: AuditEntryContent): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.occurredAt.toISOString(),
    entry.actorUserId,
    entry.action,
    entry.outcome,
    entry.patientId,
    entry.resourceType,
    entry.resourceId,
    entry.sourceIp,
    entry.requestId,
    canonicalDetails(entry.details),
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export type StoredAuditEntry = AuditEntryContent & { prevHash: string; hash: string };

export type ChainBreak = {
  seq: number;
  problem: 'altered' | 'missing' | 'out_of_order' | 'relinked';
  detail: string;
};

/**
 * Checks entries one at a time, in sequence order, so a chain of any length is verified in constant
 * memory. `altered`: an entry's content no longer matches its hash; `missing`: a sequence number is
 * absent (an entry was deleted); `relinked`: an entry does not commit to its predecessor.
 */
export function createChainChecker(start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }) {
  let expectedSeq = start.seq + 1;
  let prevHash = start.hash;
  return {
    check(entry: StoredAuditEntry): ChainBreak | undefined {
      if (entry.seq < expectedSeq) {
        return {
          seq: entry.seq,
          problem: 'out_of_order',
          detail: `entry #${entry.seq} appears after #${expectedSeq - 1}`,
        };
      }
      if (entry.seq > expectedSeq) {
        return { seq: expectedSeq, problem: 'missing', detail: `entry #${expectedSeq} is missing (deleted)` };
      }
      if (entry.prevHash !== prevHash) {
        return {
          seq: entry.seq,
          problem: 'relinked',
          detail: `entry #${entry.seq} does not commit to entry #${entry.seq - 1}`,
        };
      }
      if (hashEntry(entry.prevHash, entry) !== entry.hash) {
        return {
          seq: entry.seq,
          problem: 'altered',
          detail: `entry #${entry.seq} was altered after it was written`,
        };
      }
      prevHash = entry.hash;
      expectedSeq += 1;
      return undefined;
    },
  };
}

/** The first place a sequence of entries does not form an intact chain, or undefined. */
export function findChainBreak(entries: Iterable<StoredAuditEntry>): ChainBreak | undefined {
  const checker = createChainChecker();
  for (const entry of entries) {
    const problem = checker.check(entry);
    if (problem) return problem;
  }
  return undefined;
}
