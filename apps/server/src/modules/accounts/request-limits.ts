import { hashToken } from '../../platform/auth/tokens.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import { tooManyRequests } from '../../platform/http/errors.ts';
import type { AccountsRepo } from './accounts.repo.ts';

export type LimitedRequest = 'sign-up' | 'password-reset';

/**
 * How many requests that e-mail a typed-in address are allowed per hour: per source address (enough
 * for a clinic's waiting room behind one NAT) and per e-mail address (a few tries and typos, but no
 * flooding of anyone's mailbox). Counted for any address, with or without an account, so a 429 says
 * nothing about accounts.
 */
export const REQUEST_LIMITS = {
  windowMinutes: 60,
  perSource: 30,
  perAddress: 5,
} as const;

export function createRequestLimits(deps: {
  db: Executor;
  repo: Pick<AccountsRepo, 'countRequest'>;
  clock: Clock;
  limits?: typeof REQUEST_LIMITS;
}) {
  const limits = deps.limits ?? REQUEST_LIMITS;
  const windowMs = limits.windowMinutes * 60_000;

  async function count(key: string, max: number, message: string): Promise<void> {
    const now = deps.clock.now();
    const { requests, windowStartedAt } = await deps.repo.countRequest(
      deps.db,
      key,
      now,
      new Date(now.getTime() - windowMs),
    );
    if (requests > max) {
      const retryAfterSeconds = (windowStartedAt.getTime() + windowMs - now.getTime()) / 1000;
      throw tooManyRequests('too_many_requests', message, retryAfterSeconds);
    }
  }

  return {
    /** Counts a request from a source address; 429 once it has sent too many this hour. */
    async countSource(kind: LimitedRequest, sourceIp: string | null): Promise<void> {
      if (!sourceIp) return;
      await count(
        `${kind}:ip:${sourceIp}`,
        limits.perSource,
        'Too many requests from your network. Wait a while and try again.',
      );
    },

    /** Counts a request that mails an address (stored as its SHA-256); 429 once it had too many this hour. */
    async countAddress(kind: LimitedRequest, email: string): Promise<void> {
      await count(
        `${kind}:email:${hashToken(email)}`,
        limits.perAddress,
        'Too many e-mails have been requested for this address. Check your inbox, or wait a while and try again.',
      );
    },
  };
}
export type RequestLimits = ReturnType<typeof createRequestLimits>;
