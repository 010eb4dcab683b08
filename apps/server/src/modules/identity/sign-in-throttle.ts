/**
 * When may someone try to sign in again? Pure rules over a counter of consecutive failures, kept per
 * e-mail address and per source address.
 *
 * - Per address (e-mail): the first 5 failures cost nothing; then each failure makes the next attempt
 *   wait 1 s, 2 s, 4 s … up to 60 s; the 20th failure locks the address for 15 minutes. A success
 *   clears the counter. Unknown addresses are counted the same way, so the answers (including
 *   "locked") never tell whether an account exists.
 * - Per source address: up to 100 failures in 15 minutes, across all e-mail addresses, then 15
 *   minutes' pause: one machine cannot walk a password list over many accounts.
 */
export type ThrottleState = {
  failures: number;
  firstFailureAt: Date;
  nextAttemptAt: Date;
  lockedUntil: Date | null;
};

export type ThrottlePolicy = {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  lockAfterFailures: number;
  lockMs: number;
  sourceWindowMs: number;
  sourceMaxFailures: number;
};

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  lockAfterFailures: 20,
  lockMs: 15 * 60_000,
  sourceWindowMs: 15 * 60_000,
  sourceMaxFailures: 100,
};

export type AttemptVerdict =
  | { kind: 'allowed' }
  | { kind: 'locked'; until: Date }
  | { kind: 'wait'; retryAfterMs: number };

export function verdictFor(state: ThrottleState | undefined, now: Date): AttemptVerdict {
  if (!state) return { kind: 'allowed' };
  if (state.lockedUntil && state.lockedUntil > now) return { kind: 'locked', until: state.lockedUntil };
  if (state.nextAttemptAt > now)
    return { kind: 'wait', retryAfterMs: state.nextAttemptAt.getTime() - now.getTime() };
  return { kind: 'allowed' };
}

/** The state after one more failed attempt on an e-mail address. */
export function afterAccountFailure(
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): ThrottleState {
  // A lock that has run out starts a fresh count.
  const isExpiredLock =
    state?.lockedUntil !== null && state?.lockedUntil !== undefined && state.lockedUntil <= now;
  const failures = (state && !isExpiredLock ? state.failures : 0) + 1;
  const firstFailureAt = state && !isExpiredLock ? state.firstFailureAt : now;
  if (failures >= policy.lockAfterFailures) {
    const lockedUntil = new Date(now.getTime() + policy.lockMs);
    return { failures, firstFailureAt, nextAttemptAt: lockedUntil, lockedUntil };
  }
  const excess = failures - policy.freeFailures;
  const delayMs = excess <= 0 ? 0 : Math.min(policy.baseDelayMs * 2 ** (excess - 1), policy.maxDelayMs);
  return { failures, firstFailureAt, nextAttemptAt: new Date(now.getTime() + delayMs), lockedUntil: null };
}

/** The state after one more failed attempt from a source address (a fixed window). */
export function afterSourceFailure(
  state: ThrottleState | undefined,
  now: Date,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): ThrottleState {
  const isNewWindow = !state || now.getTime() - state.firstFailureAt.getTime() >= policy.sourceWindowMs;
  const failures = (isNewWindow ? 0 : state.failures) + 1;
  const firstFailureAt = isNewWindow ? now : state.firstFailureAt;
  if (failures >= policy.sourceMaxFailures) {
    const pausedUntil = new Date(now.getTime() + policy.lockMs);
    return { failures, firstFailureAt, nextAttemptAt: pausedUntil, lockedUntil: null };
  }
  return { failures, firstFailureAt, nextAttemptAt: now, lockedUntil: null };
}

export const accountThrottleKey = (normalisedEmail: string) => `email:${normalisedEmail}`;
export const sourceThrottleKey = (ip: string) => `ip:${ip}`;
