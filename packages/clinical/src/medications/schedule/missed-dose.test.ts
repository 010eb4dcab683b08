import { describe, expect, it } from 'vitest';
import type { DoseContext, DoseState } from './dose-state.ts';
import { doseActionsDue, doseTimeline } from './missed-dose.ts';

const context: DoseContext = { dueAt: new Date('2026-01-10T08:00Z'), graceMinutes: 60 };
const t = (hhmm: string) => new Date(`2026-01-10T${hhmm}Z`);
const reminded: DoseState = { status: 'reminded', remindedAt: t('08:00') };
const actions = (state: DoseState, now: string, notifiesCareTeam = true) =>
  doseActionsDue({ context, state, now: t(now), notifiesCareTeam });
const nothing = { sendFollowUp: false, markMissed: false, notifyCareTeam: false };

describe('missed doses', () => {
  it('sets the follow-up halfway through the grace period and the miss and notice at its end', () => {
    expect(doseTimeline(context, { notifiesCareTeam: true })).toEqual({
      dueAt: t('08:00'),
      followUpAt: t('08:30'),
      missedAt: t('09:00'),
      careTeamNoticeAt: t('09:00'),
    });
    expect(doseTimeline({ ...context, graceMinutes: 90 }, { notifiesCareTeam: false })).toMatchObject({
      followUpAt: t('08:45'),
      careTeamNoticeAt: null,
    });
  });

  it('sends the one follow-up only to an unanswered reminder, within the grace period', () => {
    expect(actions(reminded, '08:29')).toEqual(nothing);
    expect(actions(reminded, '08:30')).toEqual({ ...nothing, sendFollowUp: true });
    const snoozed: DoseState = { ...reminded, status: 'snoozed', snoozeCount: 1, snoozedUntil: t('08:40') };
    expect(actions(snoozed, '08:30')).toEqual(nothing);
  });

  it('marks an open dose missed at the end of the grace period and tells the care team if asked', () => {
    expect(actions(reminded, '09:00')).toEqual({
      sendFollowUp: false,
      markMissed: true,
      notifyCareTeam: true,
    });
    expect(actions(reminded, '09:00', false)).toEqual({ ...nothing, markMissed: true });
    expect(actions({ status: 'missed', missedAt: t('09:00') }, '09:01')).toEqual({
      ...nothing,
      notifyCareTeam: true,
    });
  });

  it('does nothing for a dose taken or skipped', () => {
    expect(actions({ status: 'taken', takenAt: t('08:10'), recordedAt: t('08:10') }, '09:00')).toEqual(
      nothing,
    );
    expect(actions({ status: 'skipped', recordedAt: t('07:00') }, '09:00')).toEqual(nothing);
  });
});
