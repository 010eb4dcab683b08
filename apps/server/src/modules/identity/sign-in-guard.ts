import type { Clock } from '../../platform/clock.ts';
import { type Executor, withTransaction } from '../../platform/db/database.ts';
import { tooManyRequests } from '../../platform/http/errors.ts';
import type { IdentityRepo } from './identity.repo.ts';
import {
  accountThrottleKey,
  afterAccountFailure,
  afterSourceFailure,
  sourceThrottleKey,
  verdictFor,
} from './sign-in-throttle.ts';

const LOCKED = (minutes: number) =>
  `Too many failed sign-ins for this e-mail address. It is locked for ${minutes} minutes; after that, sign in again or reset your password.`;
const WAIT = 'Too many failed sign-ins. Wait a moment before trying again.';

/** Applies the throttling rules (sign-in-throttle.ts) around a sign-in attempt. */
export function createSignInGuard(deps: { db: Executor; repo: IdentityRepo; clock: Clock }) {
  const { db, repo, clock } = deps;

  function refuseIfThrottled(verdict: ReturnType<typeof verdictFor>, now: Date): void {
    if (verdict.kind === 'locked') {
      const remainingMs = verdict.until.getTime() - now.getTime();
      throw tooManyRequests('account_locked', LOCKED(Math.ceil(remainingMs / 60_000)), remainingMs / 1000);
    }
    if (verdict.kind === 'wait')
      throw tooManyRequests('sign_in_throttled', WAIT, verdict.retryAfterMs / 1000);
  }

  return {
    /** Throws 429 before any password is checked when this address or source must wait or is locked. */
    async checkAllowed(email: string, sourceIp: string | null): Promise<void> {
      const now = clock.now();
      const keys = [accountThrottleKey(email), ...(sourceIp ? [sourceThrottleKey(sourceIp)] : [])];
      const states = await repo.findThrottles(db, keys);
      for (const key of keys) refuseIfThrottled(verdictFor(states.get(key), now), now);
    },

    /** Counts a failure; returns whether it has just locked the address. */
    async recordFailure(
      email: string,
      sourceIp: string | null,
    ): Promise<{ isNowLocked: boolean; lockMinutes: number }> {
      const now = clock.now();
      return withTransaction(db, async (trx) => {
        const account = await repo.updateThrottle(trx, accountThrottleKey(email), (state) =>
          afterAccountFailure(state, now),
        );
        if (sourceIp)
          await repo.updateThrottle(trx, sourceThrottleKey(sourceIp), (state) =>
            afterSourceFailure(state, now),
          );
        const lockMs = account.lockedUntil ? account.lockedUntil.getTime() - now.getTime() : 0;
        return { isNowLocked: account.lockedUntil !== null, lockMinutes: Math.ceil(lockMs / 60_000) };
      });
    },

    async recordSuccess(email: string): Promise<void> {
      await repo.clearThrottle(db, accountThrottleKey(email));
    },

    lockedError: (minutes: number) => tooManyRequests('account_locked', LOCKED(minutes), minutes * 60),
  };
}
