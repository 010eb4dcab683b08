import { z } from 'zod';

/**
 * The life of one scheduled dose:
 *
 *   scheduled → reminded → (snoozed)* → taken | taken-late | skipped | missed
 *                                       missed → taken | taken-late | skipped (recorded late)
 *
 * Each state carries only what is true in it (a snooze count only while snoozed, a taken time only once
 * taken), and the one way to move is `transitionDose`, which refuses an illegal step with a typed
 * error instead of producing a state that cannot be. The server keeps the events; the state is their
 * fold (`replayDose`).
 */

/** Snooze lengths a patient can choose, in minutes. */
export const SNOOZE_MINUTES = [5, 10, 15, 30, 60] as const;
export type SnoozeMinutes = (typeof SNOOZE_MINUTES)[number];

export const DOSE_RULES = {
  /** Minutes after the due time before an untaken dose counts as missed. */
  defaultGraceMinutes: 60,
  /** More snoozes than this and a reminder becomes easy to ignore. */
  maxSnoozes: 3,
  /**
   * How long after the due time a patient may still record taking or skipping the dose: long enough for
   * "I took it this morning" in the evening, short enough that the record is remembered, not guessed.
   */
  lateRecordingHours: 12,
  /** How early a dose may be taken and still count as this dose rather than another. */
  earlyTakingMinutes: 60,
} as const;

/**
 * A grace period of a quarter of an hour to six hours: shorter leaves no time to act on a reminder;
 * longer would run into the late-recording limit and, for most schedules, the next dose.
 */
export const GraceMinutes = z.number().int().min(15).max(360);

/** What a dose's rules depend on: when it is due and how long the patient has to take it. */
export type DoseContext = { dueAt: Date; graceMinutes: number };

export type DoseState =
  | { status: 'scheduled' }
  | { status: 'reminded'; remindedAt: Date }
  | { status: 'snoozed'; remindedAt: Date; snoozeCount: number; snoozedUntil: Date }
  | { status: 'taken'; takenAt: Date; recordedAt: Date }
  | { status: 'taken-late'; takenAt: Date; recordedAt: Date }
  | { status: 'skipped'; recordedAt: Date }
  | { status: 'missed'; missedAt: Date };
export type DoseStatus = DoseState['status'];

/** Statuses that still wait for the patient: a reminder, a snooze or a record may follow. */
export const OPEN_DOSE_STATUSES = [
  'scheduled',
  'reminded',
  'snoozed',
] as const satisfies readonly DoseStatus[];
export type OpenDoseStatus = (typeof OPEN_DOSE_STATUSES)[number];

export function isOpenStatus(status: DoseStatus): status is OpenDoseStatus {
  return (OPEN_DOSE_STATUSES as readonly DoseStatus[]).includes(status);
}

export function isOpenDose(state: DoseState): state is Extract<DoseState, { status: OpenDoseStatus }> {
  return isOpenStatus(state.status);
}

export type DoseEvent =
  | { type: 'remind'; at: Date }
  | { type: 'snooze'; at: Date; minutes: SnoozeMinutes }
  /** `takenAt` is when the patient says they took it; `recordedAt` when they told us. */
  | { type: 'take'; takenAt: Date; recordedAt: Date }
  | { type: 'skip'; recordedAt: Date }
  /** The server's own step when the grace period has run out. */
  | { type: 'mark-missed'; at: Date };

export type DoseTransitionRefusal =
  | 'dose-closed'
  | 'already-reminded'
  | 'not-reminded'
  | 'snooze-limit'
  | 'snooze-past-grace'
  | 'past-grace'
  | 'not-yet-missed'
  | 'recorded-too-late'
  | 'taken-too-early'
  | 'taken-after-recording';

export class IllegalDoseTransitionError extends Error {
  readonly code = 'illegal_dose_transition';
  constructor(
    readonly from: DoseStatus,
    readonly event: DoseEvent['type'],
    readonly reason: DoseTransitionRefusal,
  ) {
    super(`a ${from} dose cannot take the ${event} event: ${reason}`);
  }
}

export type DoseTransition =
  | { ok: true; state: DoseState }
  | { ok: false; error: IllegalDoseTransitionError };

const MINUTE_MS = 60_000;

/** When the dose becomes missed if nothing is recorded: due + grace. */
export function graceEndsAt(context: DoseContext): Date {
  return new Date(context.dueAt.getTime() + context.graceMinutes * MINUTE_MS);
}

/** The snooze lengths still open to the patient now: none once snoozed too often or near the grace end. */
export function snoozeOptions(input: { context: DoseContext; state: DoseState; now: Date }): SnoozeMinutes[] {
  return SNOOZE_MINUTES.filter((minutes) => snoozeUntil({ ...input, minutes }).ok);
}

/**
 * When a snoozed reminder rings again. A snooze never reaches past the grace period: the dose would be
 * missed before the reminder came back.
 */
export function snoozeUntil(input: {
  context: DoseContext;
  state: DoseState;
  now: Date;
  minutes: SnoozeMinutes;
}): { ok: true; until: Date } | { ok: false; error: IllegalDoseTransitionError } {
  const { context, state, now, minutes } = input;
  const refuse = (reason: DoseTransitionRefusal) => ({
    ok: false as const,
    error: new IllegalDoseTransitionError(state.status, 'snooze', reason),
  });
  if (state.status === 'scheduled') return refuse('not-reminded');
  if (!isOpenDose(state)) return refuse('dose-closed');
  if (state.status === 'snoozed' && state.snoozeCount >= DOSE_RULES.maxSnoozes) return refuse('snooze-limit');
  const until = new Date(now.getTime() + minutes * MINUTE_MS);
  if (until.getTime() > graceEndsAt(context).getTime()) return refuse('snooze-past-grace');
  return { ok: true, until };
}

/**
 * The next state after an event, or why the event cannot happen now. Taken counts as on time when the
 * patient took it within the grace period, even if they record it later (after it was marked missed);
 * taken after the grace period is `taken-late`.
 */
export function transitionDose(context: DoseContext, state: DoseState, event: DoseEvent): DoseTransition {
  const refuse = (reason: DoseTransitionRefusal): DoseTransition => ({
    ok: false,
    error: new IllegalDoseTransitionError(state.status, event.type, reason),
  });
  const graceEndMs = graceEndsAt(context).getTime();
  const recordingEndMs = context.dueAt.getTime() + DOSE_RULES.lateRecordingHours * 60 * MINUTE_MS;
  switch (event.type) {
    case 'remind':
      if (state.status !== 'scheduled') return refuse(isOpenDose(state) ? 'already-reminded' : 'dose-closed');
      if (event.at.getTime() >= graceEndMs) return refuse('past-grace');
      return { ok: true, state: { status: 'reminded', remindedAt: event.at } };
    case 'snooze': {
      const snoozed = snoozeUntil({ context, state, now: event.at, minutes: event.minutes });
      if (!snoozed.ok) return snoozed;
      if (state.status !== 'reminded' && state.status !== 'snoozed') return refuse('not-reminded');
      const snoozeCount = state.status === 'snoozed' ? state.snoozeCount + 1 : 1;
      return {
        ok: true,
        state: { status: 'snoozed', remindedAt: state.remindedAt, snoozeCount, snoozedUntil: snoozed.until },
      };
    }
    case 'take': {
      if (!isOpenDose(state) && state.status !== 'missed') return refuse('dose-closed');
      if (event.recordedAt.getTime() > recordingEndMs) return refuse('recorded-too-late');
      if (event.takenAt.getTime() > event.recordedAt.getTime()) return refuse('taken-after-recording');
      if (event.takenAt.getTime() < context.dueAt.getTime() - DOSE_RULES.earlyTakingMinutes * MINUTE_MS)
        return refuse('taken-too-early');
      const status = event.takenAt.getTime() < graceEndMs ? 'taken' : 'taken-late';
      return { ok: true, state: { status, takenAt: event.takenAt, recordedAt: event.recordedAt } };
    }
    case 'skip':
      if (!isOpenDose(state) && state.status !== 'missed') return refuse('dose-closed');
      if (event.recordedAt.getTime() > recordingEndMs) return refuse('recorded-too-late');
      return { ok: true, state: { status: 'skipped', recordedAt: event.recordedAt } };
    case 'mark-missed':
      if (!isOpenDose(state)) return refuse('dose-closed');
      if (event.at.getTime() < graceEndMs) return refuse('not-yet-missed');
      return { ok: true, state: { status: 'missed', missedAt: event.at } };
  }
}

/** The state a dose's recorded events lead to, from `scheduled`; the first illegal event stops it. */
export function replayDose(context: DoseContext, events: readonly DoseEvent[]): DoseTransition {
  let result: DoseTransition = { ok: true, state: { status: 'scheduled' } };
  for (const event of events) {
    if (!result.ok) break;
    result = transitionDose(context, result.state, event);
  }
  return result;
}
