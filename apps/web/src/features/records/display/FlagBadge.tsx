import type { ResultFlag } from '@nexus/contracts';
import {
  IconAlertTriangle,
  IconArrowBigDownLines,
  IconArrowBigUpLines,
  IconArrowDown,
  IconArrowUp,
  IconCircleCheck,
  type TablerIcon,
} from '@tabler/icons-react';
import { recordsStrings as s } from '../records.strings.ts';
import classes from './FlagBadge.module.css';

const LEVELS: Record<ResultFlag, 'normal' | 'out' | 'critical'> = {
  normal: 'normal',
  low: 'out',
  high: 'out',
  abnormal: 'out',
  'critical-low': 'critical',
  'critical-high': 'critical',
};

const ICONS: Record<ResultFlag, TablerIcon> = {
  normal: IconCircleCheck,
  low: IconArrowDown,
  high: IconArrowUp,
  abnormal: IconAlertTriangle,
  'critical-low': IconArrowBigDownLines,
  'critical-high': IconArrowBigUpLines,
};

/**
 * How a result compares with its reference range: the word ("High"), an arrow and a colour, so the
 * meaning never rests on colour alone. Without a flag it says there was no range to compare with.
 */
export function FlagBadge({ flag }: { flag: ResultFlag | null }) {
  if (!flag) return <span className={classes.none}>{s.noFlag}</span>;
  const Icon = ICONS[flag];
  return (
    <span className={classes.flag} data-level={LEVELS[flag]}>
      <Icon size={14} stroke={2} aria-hidden />
      {s.flags[flag]}
    </span>
  );
}
