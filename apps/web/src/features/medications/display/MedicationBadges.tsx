import type { DoseView, PrescriptionStatus, Severity } from '@nexus/contracts';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconBan,
  IconBell,
  IconCircleCheck,
  IconCircleX,
  IconClock,
  IconClockPause,
  IconHourglassEmpty,
  IconInfoCircle,
  IconPackage,
  IconPlayerSkipForward,
  type TablerIcon,
} from '@tabler/icons-react';
import { Badge, type BadgeLevel } from '../../risk/display/RiskBadges.tsx';
import { medicationStrings as s } from '../medications.strings.ts';

const SEVERITY: Record<Severity, [BadgeLevel, TablerIcon]> = {
  contraindicated: ['very-high', IconBan],
  major: ['high', IconAlertTriangle],
  moderate: ['middle', IconAlertCircle],
  minor: ['neutral', IconInfoCircle],
};

/** How serious a safety alert is, in the prescriber's words or the patient's. */
export function SeverityBadge({ severity, isPlain = false }: { severity: Severity; isPlain?: boolean }) {
  const [level, icon] = SEVERITY[severity];
  return <Badge level={level} icon={icon} label={(isPlain ? s.plainSeverities : s.severities)[severity]} />;
}

type DoseStatus = DoseView['status'];
const DOSE: Record<DoseStatus, [BadgeLevel, TablerIcon]> = {
  scheduled: ['neutral', IconClock],
  reminded: ['middle', IconBell],
  snoozed: ['neutral', IconClockPause],
  taken: ['low', IconCircleCheck],
  'taken-late': ['low', IconCircleCheck],
  skipped: ['neutral', IconPlayerSkipForward],
  missed: ['high', IconAlertTriangle],
};

export function DoseStatusBadge({ status }: { status: DoseStatus }) {
  const [level, icon] = DOSE[status];
  return <Badge level={level} icon={icon} label={s.doseStatuses[status]} />;
}

const PRESCRIPTION: Record<PrescriptionStatus, [BadgeLevel, TablerIcon]> = {
  active: ['low', IconCircleCheck],
  completed: ['neutral', IconPackage],
  cancelled: ['high', IconCircleX],
  expired: ['neutral', IconHourglassEmpty],
};

export function PrescriptionStatusBadge({ status }: { status: PrescriptionStatus }) {
  const [level, icon] = PRESCRIPTION[status];
  return <Badge level={level} icon={icon} label={s.prescriptionStatuses[status]} />;
}
