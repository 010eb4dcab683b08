import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/auth/actor.ts';
import { createSessionCache } from './session-cache.ts';

const actor = (userId: string, sessionId: string): Actor => ({
  sessionId,
  credential: { kind: 'session' },
  userId,
  email: `${userId}@example.org`,
  displayName: userId,
  patientId: null,
  memberships: [],
});

describe('the session cache', () => {
  it('answers within its time to live and not after', () => {
    const cache = createSessionCache({ ttlMs: 2000, maxEntries: 10 });
    cache.set('h1', actor('u1', 's1'), 1000);
    expect(cache.get('h1', 2999)?.userId).toBe('u1');
    expect(cache.get('h1', 3000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('forgets a token, a session, or every session of a user at once', () => {
    const cache = createSessionCache({ ttlMs: 2000, maxEntries: 10 });
    cache.set('a', actor('u1', 's1'), 0);
    cache.set('b', actor('u1', 's2'), 0);
    cache.set('c', actor('u2', 's3'), 0);
    cache.forgetToken('a');
    expect(cache.get('a', 1)).toBeUndefined();
    cache.forgetSession('s3');
    expect(cache.get('c', 1)).toBeUndefined();
    cache.set('c', actor('u2', 's3'), 0);
    cache.forgetUser('u1');
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('c', 1)?.userId).toBe('u2');
  });

  it('stays within its size by dropping the oldest entry, and can be turned off', () => {
    const cache = createSessionCache({ ttlMs: 2000, maxEntries: 2 });
    cache.set('a', actor('u1', 's1'), 0);
    cache.set('b', actor('u2', 's2'), 0);
    cache.set('c', actor('u3', 's3'), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.size).toBe(2);
    const off = createSessionCache({ ttlMs: 0, maxEntries: 2 });
    off.set('a', actor('u1', 's1'), 0);
    expect(off.get('a', 0)).toBeUndefined();
  });
});
