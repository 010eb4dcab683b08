import { describe, expect, it } from 'vitest';
import {
  type AuditEntryContent,
  findChainBreak,
  GENESIS_HASH,
  hashEntry,
  type StoredAuditEntry,
} from './audit-chain.ts';

const base: AuditEntryContent = {
  seq: 1,
  occurredAt: new Date('2026-03-01T09:00:00.000Z'),
  actorUserId: '00000000-0000-4000-8000-000000000102',
  action: 'record.read',
  outcome: 'success',
  patientId: '00000000-0000-4000-8000-000000000101',
  resourceType: 'Observation',
  resourceId: 'obs-1',
  sourceIp: '10.1.2.3',
  requestId: 'req-1',
  details: { count: 3, reason: 'follow-up' },
};

function chain(length: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const content = { ...base, seq, resourceId: `obs-${seq}` };
    const hash = hashEntry(prevHash, content);
    entries.push({ ...content, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

describe('the audit hash chain', () => {
  it('hashes an entry deterministically, independent of the order of its details', () => {
    const hash = hashEntry(GENESIS_HASH, base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEntry(GENESIS_HASH, { ...base, details: { reason: 'follow-up', count: 3 } })).toBe(hash);
  });

  it('changes the hash when any field, or the previous hash, changes', () => {
    const hash = hashEntry(GENESIS_HASH, base);
    const variants: Partial<AuditEntryContent>[] = [
      { seq: 2 },
      { occurredAt: new Date('2026-03-01T09:00:00.001Z') },
      { actorUserId: null },
      { action: 'record.write' },
      { outcome: 'denied' },
      { patientId: '00000000-0000-4000-8000-000000000109' },
      { resourceType: 'Condition' },
      { resourceId: 'obs-2' },
      { sourceIp: '10.1.2.4' },
      { requestId: 'req-2' },
      { details: { count: 4, reason: 'follow-up' } },
    ];
    for (const variant of variants) expect(hashEntry(GENESIS_HASH, { ...base, ...variant })).not.toBe(hash);
    expect(hashEntry('f'.repeat(64), base)).not.toBe(hash);
  });

  it('accepts an intact chain', () => {
    expect(findChainBreak(chain(50))).toBeUndefined();
  });

  it('names an altered entry', () => {
    const entries = chain(10);
    const victim = entries[6];
    if (!victim) throw new Error('no entry');
    entries[6] = { ...victim, outcome: 'denied' };
    expect(findChainBreak(entries)).toMatchObject({ seq: 7, problem: 'altered' });
  });

  it('names a deleted entry', () => {
    const entries = chain(10);
    entries.splice(3, 1);
    expect(findChainBreak(entries)).toMatchObject({ seq: 4, problem: 'missing' });
  });

  it('names an entry re-hashed to hide an edit, because its successor no longer links to it', () => {
    const entries = chain(10);
    const victim = entries[2];
    if (!victim) throw new Error('no entry');
    const edited = { ...victim, actorUserId: null };
    entries[2] = { ...edited, hash: hashEntry(edited.prevHash, edited) };
    expect(findChainBreak(entries)).toMatchObject({ seq: 4, problem: 'relinked' });
  });
});
