import { describe, expect, it } from 'vitest';
import {
  type DoseContext,
  type DoseEvent,
  type DoseState,
  IllegalDoseTransitionError,
  replayDose,
  snoozeOptions,
  transitionDose,
} from './dose-state.ts';

// A dose due at 08:00Z with the default hour of grace: missed from 09:00Z, recordable until 20:00Z.
const context: DoseContext = { dueAt: new Date('2026-01-10T08:00Z'), graceMinutes: 60 };
const t = (hhmm: string) => new Date(`2026-01-10T${hhmm}Z`);
const remind: DoseEvent = { type: 'remind', at: t('08:00') };
const snooze = (hhmm: string, minutes: 5 | 10 | 15 | 30 | 60 = 10): DoseEvent => ({
  type: 'snooze',
  at: t(hhmm),
  minutes,
});
const take = (takenAt: string, recordedAt = takenAt): DoseEvent => ({
  type: 'take',
  takenAt: t(takenAt),
  recordedAt: t(recordedAt),
});
const missed: DoseEvent = { type: 'mark-missed', at: t('09:00') };

function stateAfter(...events: DoseEvent[]): DoseState {
  const result = replayDose(context, events);
  if (!result.ok) throw result.error;
  return result.state;
}
function refusal(events: DoseEvent[]) {
  const result = replayDose(context, events);
  return result.ok ? null : result.error.reason;
}

describe('a dose from reminder to record', () => {
  it('goes scheduled → reminded → snoozed → taken', () => {
    expect(stateAfter(remind)).toEqual({ status: 'reminded', remindedAt: t('08:00') });
    expect(stateAfter(remind, snooze('08:05'))).toEqual({
      status: 'snoozed',
      remindedAt: t('08:00'),
      snoozeCount: 1,
      snoozedUntil: t('08:15'),
    });
    expect(stateAfter(remind, snooze('08:05'), take('08:20'))).toEqual({
      status: 'taken',
      takenAt: t('08:20'),
      recordedAt: t('08:20'),
    });
  });

  it('is missed from the end of the grace period, not before', () => {
    expect(refusal([remind, { type: 'mark-missed', at: t('08:59') }])).toBe('not-yet-missed');
    expect(stateAfter(remind, missed)).toEqual({ status: 'missed', missedAt: t('09:00') });
  });

  it('records a dose taken after the grace period as taken-late, one taken in time as taken', () => {
    expect(stateAfter(remind, missed, take('14:00')).status).toBe('taken-late');
    // "I took it at 08:30" told at 14:00: taken on time, recorded late.
    expect(stateAfter(remind, missed, take('08:30', '14:00')).status).toBe('taken');
    // The server had not yet marked it missed: the time taken decides all the same.
    expect(stateAfter(remind, take('09:30')).status).toBe('taken-late');
  });

  it('accepts records up to 12 hours after the due time, and a dose taken at most an hour early', () => {
    expect(stateAfter(remind, missed, take('19:59')).status).toBe('taken-late');
    expect(refusal([remind, missed, take('20:01')])).toBe('recorded-too-late');
    expect(refusal([remind, missed, { type: 'skip', recordedAt: t('20:01') }])).toBe('recorded-too-late');
    expect(stateAfter(take('07:00')).status).toBe('taken');
    expect(refusal([take('06:59')])).toBe('taken-too-early');
    expect(refusal([take('08:30', '08:10')])).toBe('taken-after-recording');
  });

  it('lets the patient skip before, during or after the reminder, even once missed', () => {
    expect(stateAfter({ type: 'skip', recordedAt: t('06:00') })).toEqual({
      status: 'skipped',
      recordedAt: t('06:00'),
    });
    expect(stateAfter(remind, missed, { type: 'skip', recordedAt: t('12:00') }).status).toBe('skipped');
  });
});

describe('illegal steps', () => {
  it('refuses anything after taken, taken-late or skipped', () => {
    expect(refusal([take('08:10'), take('08:20')])).toBe('dose-closed');
    expect(refusal([take('08:10'), { type: 'skip', recordedAt: t('08:20') }])).toBe('dose-closed');
    expect(refusal([{ type: 'skip', recordedAt: t('07:00') }, remind])).toBe('dose-closed');
    expect(refusal([remind, missed, take('10:00'), missed])).toBe('dose-closed');
  });

  it('refuses a second reminder, a snooze before any reminder and a reminder once missed', () => {
    expect(refusal([remind, remind])).toBe('already-reminded');
    expect(refusal([remind, snooze('08:05'), remind])).toBe('already-reminded');
    expect(refusal([snooze('08:05')])).toBe('not-reminded');
    expect(refusal([{ type: 'remind', at: t('09:00') }])).toBe('past-grace');
    expect(refusal([remind, missed, snooze('09:05')])).toBe('dose-closed');
  });

  it('says what was refused with a typed error the server can throw', () => {
    const result = transitionDose(context, { status: 'skipped', recordedAt: t('07:00') }, remind);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(IllegalDoseTransitionError);
    expect(result.error).toMatchObject({
      code: 'illegal_dose_transition',
      from: 'skipped',
      event: 'remind',
      reason: 'dose-closed',
    });
  });

  it('stops a replay at the first illegal event', () => {
    expect(refusal([remind, remind, take('08:10')])).toBe('already-reminded');
  });
});

describe('snoozing', () => {
  it('allows three snoozes, then refuses', () => {
    const thrice = [remind, snooze('08:01', 5), snooze('08:06', 5), snooze('08:11', 5)];
    expect(stateAfter(...thrice)).toMatchObject({
      status: 'snoozed',
      snoozeCount: 3,
      snoozedUntil: t('08:16'),
    });
    expect(refusal([...thrice, snooze('08:16', 5)])).toBe('snooze-limit');
  });

  it('never snoozes past the grace period, and offers only the lengths that fit', () => {
    expect(refusal([remind, snooze('08:40', 30)])).toBe('snooze-past-grace');
    expect(stateAfter(remind, snooze('08:30', 30))).toMatchObject({ snoozedUntil: t('09:00') });
    const reminded = stateAfter(remind);
    expect(snoozeOptions({ context, state: reminded, now: t('08:00') })).toEqual([5, 10, 15, 30, 60]);
    expect(snoozeOptions({ context, state: reminded, now: t('08:40') })).toEqual([5, 10, 15]);
    expect(snoozeOptions({ context, state: reminded, now: t('08:58') })).toEqual([]);
    expect(snoozeOptions({ context, state: { status: 'scheduled' }, now: t('08:00') })).toEqual([]);
  });
});
