import { type DoseContext, type DoseState, graceEndsAt, isOpenDose } from './dose-state.ts';

/**
 * What happens after the reminder when nothing is recorded. Within the grace period the patient gets
 * one follow-up, halfway through, and only if they have not answered the first reminder at all: a
 * patient who snoozed has chosen when to hear again, and the snooze is their follow-up. When the grace
 * period ends the dose is missed, and, if the patient asked for it, a caregiver or their clinician is
 * told then, once. A dose the patient skipped is their decision and tells nobody.
 */

export type DoseTimeline = {
  dueAt: Date;
  followUpAt: Date;
  missedAt: Date;
  /** Null unless the patient opted in to tell a caregiver or clinician about missed doses. */
  careTeamNoticeAt: Date | null;
};

export function doseTimeline(context: DoseContext, options: { notifiesCareTeam: boolean }): DoseTimeline {
  const missedAt = graceEndsAt(context);
  return {
    dueAt: context.dueAt,
    followUpAt: new Date(context.dueAt.getTime() + (context.graceMinutes * 60_000) / 2),
    missedAt,
    careTeamNoticeAt: options.notifiesCareTeam ? missedAt : null,
  };
}

/** What the server should do for a dose now; each job checks this when it runs, so a stale job does nothing. */
export type DoseActionsDue = { sendFollowUp: boolean; markMissed: boolean; notifyCareTeam: boolean };

export function doseActionsDue(input: {
  context: DoseContext;
  state: DoseState;
  now: Date;
  notifiesCareTeam: boolean;
}): DoseActionsDue {
  const { state, now } = input;
  const timeline = doseTimeline(input.context, { notifiesCareTeam: input.notifiesCareTeam });
  const nowMs = now.getTime();
  const isPastGrace = nowMs >= timeline.missedAt.getTime();
  const markMissed = isOpenDose(state) && isPastGrace;
  return {
    sendFollowUp: state.status === 'reminded' && nowMs >= timeline.followUpAt.getTime() && !isPastGrace,
    markMissed,
    notifyCareTeam:
      timeline.careTeamNoticeAt !== null && isPastGrace && (markMissed || state.status === 'missed'),
  };
}
