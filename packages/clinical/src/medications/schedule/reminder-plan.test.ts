import { describe, expect, it } from 'vitest';
import {
  isWithinQuietHours,
  planReminder,
  QuietHours,
  type ReminderPlan,
  type ReminderPreferences,
} from './reminder-plan.ts';

const preferences: ReminderPreferences = {
  zone: 'Europe/London',
  channels: { push: true, email: false, sms: true },
  quietHours: { start: '22:00', end: '07:00' },
};
const at = (iso: string) => new Date(iso);
const summary = (plan: ReminderPlan) => ({
  deliveries: plan.deliveries.map(
    (d) => `${d.channel} ${d.sendAt.toISOString().slice(0, 16)}${d.isHeldForQuietHours ? ' held' : ''}`,
  ),
  withheld: plan.withheld.map((w) => `${w.channel} ${w.reason}`),
});
const plan = (dueAt: string, options: Partial<Parameters<typeof planReminder>[0]> = {}) =>
  summary(planReminder({ dueAt: at(dueAt), now: at(dueAt), preferences, ...options }));

describe('reminder channels and times', () => {
  it('sends on every enabled channel at the due time outside quiet hours', () => {
    expect(plan('2026-01-10T08:00Z')).toEqual({
      deliveries: ['in-app 2026-01-10T08:00', 'push 2026-01-10T08:00', 'sms 2026-01-10T08:00'],
      withheld: ['email disabled'],
    });
  });

  it('holds push and text until quiet hours end, in the patient’s zone (GMT and BST)', () => {
    expect(plan('2026-01-10T06:30Z').deliveries).toEqual([
      'in-app 2026-01-10T06:30',
      'push 2026-01-10T07:00 held',
      'sms 2026-01-10T07:00 held',
    ]);
    // 06:30 BST is 05:30Z; quiet hours end at 07:00 BST, 06:00Z.
    expect(plan('2026-07-10T05:30Z').deliveries).toContain('push 2026-07-10T06:00 held');
    // The night the clocks go forward: quiet from 22:00 GMT, over by 07:00 BST (06:00Z).
    expect(plan('2026-03-29T05:30Z').deliveries).toContain('push 2026-03-29T06:00 held');
  });

  it('sends nothing intrusive when the quiet hours outlast the grace period, unless time-critical', () => {
    expect(plan('2026-01-10T23:00Z')).toEqual({
      deliveries: ['in-app 2026-01-10T23:00'],
      withheld: ['push quiet-hours-outlast-grace', 'email disabled', 'sms quiet-hours-outlast-grace'],
    });
    expect(plan('2026-01-10T23:00Z', { isTimeCritical: true }).deliveries).toEqual([
      'in-app 2026-01-10T23:00',
      'push 2026-01-10T23:00',
      'sms 2026-01-10T23:00',
    ]);
  });

  it('handles quiet hours within one day', () => {
    const nap = { ...preferences, quietHours: { start: '13:00', end: '15:00' } };
    expect(plan('2026-01-10T14:30Z', { preferences: nap }).deliveries).toContain(
      'push 2026-01-10T15:00 held',
    );
    expect(plan('2026-01-10T15:00Z', { preferences: nap }).deliveries).toContain('push 2026-01-10T15:00');
  });

  it('sends the follow-up at its own time and a late plan at once, but not past the grace period', () => {
    expect(plan('2026-01-10T08:00Z', { remindAt: at('2026-01-10T08:30Z') }).deliveries).toContain(
      'push 2026-01-10T08:30',
    );
    expect(plan('2026-01-10T08:00Z', { now: at('2026-01-10T08:20Z') }).deliveries).toContain(
      'push 2026-01-10T08:20',
    );
    expect(plan('2026-01-10T08:00Z', { now: at('2026-01-10T09:00Z') })).toEqual({
      deliveries: ['in-app 2026-01-10T09:00'],
      withheld: ['push past-grace', 'email disabled', 'sms past-grace'],
    });
  });
});

describe('quiet hours', () => {
  it('start inclusive and end exclusive, across midnight', () => {
    const quiet = { start: '22:00', end: '07:00' };
    expect(isWithinQuietHours(at('2026-01-10T21:59Z'), quiet, 'Europe/London')).toBe(false);
    expect(isWithinQuietHours(at('2026-01-10T22:00Z'), quiet, 'Europe/London')).toBe(true);
    expect(isWithinQuietHours(at('2026-01-11T06:59Z'), quiet, 'Europe/London')).toBe(true);
    expect(isWithinQuietHours(at('2026-01-11T07:00Z'), quiet, 'Europe/London')).toBe(false);
    // 03:00Z is 22:00 in New York.
    expect(isWithinQuietHours(at('2026-01-11T03:00Z'), quiet, 'America/New_York')).toBe(true);
  });

  it('refuses quiet hours that start when they end', () => {
    expect(QuietHours.safeParse({ start: '22:00', end: '22:00' }).success).toBe(false);
  });
});
