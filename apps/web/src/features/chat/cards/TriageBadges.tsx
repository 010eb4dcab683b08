import type { TriageConditionView, TriageLevelView } from '@nexus/contracts';
import {
  IconAlertTriangle,
  IconCalendarEvent,
  IconClockExclamation,
  IconHeart,
  IconStethoscope,
  type TablerIcon,
} from '@tabler/icons-react';
import classes from '../Chat.module.css';
import { chatStrings as s } from '../chat.strings.ts';

const LEVEL_ICON: Record<TriageLevelView, TablerIcon> = {
  emergency: IconAlertTriangle,
  urgent: IconClockExclamation,
  doctor: IconStethoscope,
  'self-care': IconHeart,
};

/** A triage level in words (the card's own label, or the level's name), with an icon and its colour. */
export function TriageLevelBadge({ level, label }: { level: TriageLevelView; label?: string }) {
  const Icon = LEVEL_ICON[level];
  return (
    <span className={classes.level} data-level={level}>
      <Icon size={14} stroke={2} aria-hidden />
      {label ?? s.triageLevels[level]}
    </span>
  );
}

/** The patient asked for an appointment along with the summary. */
export function AppointmentBadge() {
  return (
    <span className={classes.level} data-level="neutral">
      <IconCalendarEvent size={14} stroke={2} aria-hidden />
      {s.appointmentRequested}
    </span>
  );
}

/** How likely a condition is: words on a neutral badge (the order of the list says the rest). */
export function LikelihoodBadge({ likelihood }: { likelihood: TriageConditionView['likelihood'] }) {
  return (
    <span className={classes.level} data-level="neutral">
      {s.likelihoods[likelihood]}
    </span>
  );
}
