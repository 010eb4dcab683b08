import type { GuidelineFinding, InputOrigin, RiskCategory } from '@nexus/contracts';
import {
  IconAlertTriangle,
  IconArrowUp,
  IconCalculator,
  IconCircleCheck,
  IconCircleX,
  IconDatabase,
  IconMinus,
  IconPencil,
  type TablerIcon,
} from '@tabler/icons-react';
import { riskStrings as s } from '../risk.strings.ts';
import classes from './Risk.module.css';

/** The badge levels, whose colours keep at least 4.5:1 contrast in both schemes. */
export type BadgeLevel = 'low' | 'middle' | 'high' | 'very-high' | 'neutral';

const CATEGORY_LEVEL: Record<RiskCategory, BadgeLevel> = {
  low: 'low',
  borderline: 'middle',
  intermediate: 'middle',
  high: 'high',
  'very-high': 'very-high',
};
const CATEGORY_ICON: Record<RiskCategory, TablerIcon> = {
  low: IconCircleCheck,
  borderline: IconMinus,
  intermediate: IconMinus,
  high: IconArrowUp,
  'very-high': IconAlertTriangle,
};

/** A status in words with an icon and a colour, so the meaning never rests on colour alone (WCAG 1.4.1). */
export function Badge({ level, icon: Icon, label }: { level: BadgeLevel; icon: TablerIcon; label: string }) {
  return (
    <span className={classes.badge} data-level={level}>
      <Icon size={14} stroke={2} aria-hidden />
      {label}
    </span>
  );
}

/** A risk category in words, with an icon and a colour; a result without one "does not apply". */
export function CategoryBadge({ category }: { category: RiskCategory | null }) {
  if (!category) return <Badge level="neutral" icon={IconMinus} label={s.notApplicable} />;
  return (
    <Badge level={CATEGORY_LEVEL[category]} icon={CATEGORY_ICON[category]} label={s.categories[category]} />
  );
}

const ORIGIN_ICON: Record<InputOrigin['kind'], TablerIcon> = {
  entered: IconPencil,
  record: IconDatabase,
  calculated: IconCalculator,
};

/** Where an input's value came from: entered, the record, or calculated. */
export function OriginBadge({ kind }: { kind: InputOrigin['kind'] }) {
  return <Badge level="neutral" icon={ORIGIN_ICON[kind]} label={s.origins[kind]} />;
}

/** Whether the patient meets a guideline's criteria. */
export function VerdictBadge({ verdict }: { verdict: GuidelineFinding['verdict'] }) {
  return verdict === 'meets' ? (
    <Badge level="middle" icon={IconCircleCheck} label={s.verdicts.meets} />
  ) : (
    <Badge level="neutral" icon={IconCircleX} label={s.verdicts['does-not-meet']} />
  );
}

/**
 * Mantine's light orange alert title falls short of 4.5:1 contrast; warnings keep the orange frame and
 * icon, with the title in the text colour.
 */
export const warningAlertStyles = { title: { color: 'var(--mantine-color-text)' } } as const;
