import type { InteractionRule } from './interaction.factory.ts';
import { BLEEDING_RULES } from './interaction-rules-bleeding.table.ts';
import { CARDIOVASCULAR_RULES } from './interaction-rules-cardiovascular.table.ts';
import { CNS_RULES } from './interaction-rules-cns.table.ts';
import { CYP3A4_INHIBITION_RULES } from './interaction-rules-cyp3a4-inhibition.table.ts';
import { CYP3A4_NARROW_MARGIN_RULES } from './interaction-rules-cyp3a4-narrow-margin.table.ts';
import { ENZYME_INDUCTION_RULES } from './interaction-rules-enzyme-induction.table.ts';
import { OTHER_RULES } from './interaction-rules-other.table.ts';
import { QT_RULES } from './interaction-rules-qt.table.ts';
import { SEROTONERGIC_RULES } from './interaction-rules-serotonergic.table.ts';

/** Every interaction rule, by topic. */
export const INTERACTION_RULES: readonly InteractionRule[] = [
  ...QT_RULES,
  ...SEROTONERGIC_RULES,
  ...CYP3A4_INHIBITION_RULES,
  ...CYP3A4_NARROW_MARGIN_RULES,
  ...ENZYME_INDUCTION_RULES,
  ...BLEEDING_RULES,
  ...CARDIOVASCULAR_RULES,
  ...CNS_RULES,
  ...OTHER_RULES,
];
