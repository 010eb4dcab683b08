import { describe, expect, it } from 'vitest';
import {
  afterAccountFailure,
  afterSourceFailure,
  type ThrottleState,
  verdictFor,
} from './sign-in-throttle.ts';

const t0 = new Date('2026-03-01T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

function failRepeatedly(count: number, spacingMs = 0): ThrottleState | undefined {
  let state: ThrottleState | undefined;
  let now = t0;
  for (let i = 0; i < count; i++) {
    // Each attempt comes as soon as it is allowed (plus spacing).
    const verdict = verdictFor(state, now);
    if (verdict.kind === 'wait') now = new Date(now.getTime() + verdict.retryAfterMs);
    state = afterAccountFailure(state, now);
    now = new Date(now.getTime() + spacingMs);
  }
  return state;
}

describe('sign-in throttling per e-mail address', () => {
  it('lets the first five failures through without delay', () => {
    const state = failRepeatedly(5);
    expect(verdictFor(state, t0)).toEqual({ kind: 'allowed' });
  });

  it('doubles the wait from the sixth failure, capped at a minute', () => {
    const delays = [6, 7, 8, 9].map((n) => {
      const state = failRepeatedly(n);
      if (!state) throw new Error('no state');
      return state.nextAttemptAt.getTime() - state.firstFailureAt.getTime();
    });
    // Cumulative waits: 1 s; 1 + 2; 1 + 2 + 4; 1 + 2 + 4 + 8.
    expect(delays).toEqual([1_000, 3_000, 7_000, 15_000]);
    const late = failRepeatedly(19);
    const before = failRepeatedly(18);
    if (!late || !before) throw new Error('no state');
    expect(late.nextAttemptAt.getTime() - before.nextAttemptAt.getTime()).toBe(60_000);
  });

  it('locks the address for 15 minutes at the 20th failure, then starts afresh', () => {
    const state = failRepeatedly(20);
    if (!state?.lockedUntil) throw new Error('not locked');
    const lockedAt = state.lockedUntil.getTime() - 15 * 60_000;
    expect(verdictFor(state, new Date(lockedAt + 14 * 60_000))).toMatchObject({ kind: 'locked' });
    expect(verdictFor(state, new Date(lockedAt + 15 * 60_000))).toEqual({ kind: 'allowed' });
    expect(afterAccountFailure(state, new Date(lockedAt + 15 * 60_000)).failures).toBe(1);
  });
});

describe('sign-in throttling per source address', () => {
  it('pauses a source after 100 failures within 15 minutes, and forgets an old window', () => {
    let state: ThrottleState | undefined;
    for (let i = 0; i < 99; i++) state = afterSourceFailure(state, at(i * 1_000));
    expect(verdictFor(state, at(99_000))).toEqual({ kind: 'allowed' });
    state = afterSourceFailure(state, at(99_000));
    expect(verdictFor(state, at(100_000))).toMatchObject({ kind: 'wait' });
    expect(afterSourceFailure(state, at(16 * 60_000)).failures).toBe(1);
  });
});
