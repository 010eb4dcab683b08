import type { Actor } from '../../platform/auth/actor.ts';

/**
 * Finished sessions recently checked against the database, kept for a moment so that the requests
 * of one page (a burst of API calls) pay the session query once. An entry lives `ttlMs` at most and
 * is dropped at once when this process ends the session or any of its user's sessions, so sign-out and
 * "end session" take effect immediately here; a session ended by another process (or a change of
 * roles or a disabled account) takes effect within `ttlMs`. Only finished sessions are kept.
 */
export function createSessionCache(options: { ttlMs: number; maxEntries: number }) {
  const entries = new Map<string, { actor: Actor; until: number }>();

  return {
    get(tokenHash: string, nowMs: number): Actor | undefined {
      const entry = entries.get(tokenHash);
      if (!entry) return undefined;
      if (entry.until <= nowMs) {
        entries.delete(tokenHash);
        return undefined;
      }
      return entry.actor;
    },

    set(tokenHash: string, actor: Actor, nowMs: number): void {
      if (options.ttlMs <= 0) return;
      if (entries.size >= options.maxEntries) {
        // Maps iterate in insertion order: the first key is the oldest.
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(tokenHash, { actor, until: nowMs + options.ttlMs });
    },

    forgetToken(tokenHash: string): void {
      entries.delete(tokenHash);
    },

    /** Drops every session of a user (all of them were ended, or the account or its roles changed). */
    forgetUser(userId: string): void {
      for (const [key, entry] of entries) if (entry.actor.userId === userId) entries.delete(key);
    },

    /** Drops one session by its public id. */
    forgetSession(sessionId: string): void {
      for (const [key, entry] of entries) if (entry.actor.sessionId === sessionId) entries.delete(key);
    },

    get size() {
      return entries.size;
    },
  };
}
export type SessionCache = ReturnType<typeof createSessionCache>;
