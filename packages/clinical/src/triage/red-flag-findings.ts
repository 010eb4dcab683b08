import type { SymptomConcept } from './knowledge.types.ts';
import { NERVOUS_SYSTEM_RED_FLAGS } from './red-flag-findings-brain.table.ts';
import { HEART_AND_LUNG_RED_FLAGS } from './red-flag-findings-heart-lungs.table.ts';
import { OTHER_RED_FLAGS } from './red-flag-findings-other.table.ts';

/**
 * The findings the emergency rules read. They live beside the rules, not in the symptom tables, so
 * that whoever tunes the knowledge base cannot weaken an emergency by editing a synonym list.
 * Phrases follow the normalisation in knowledge.types.ts (lower case, no apostrophes).
 */
export const RED_FLAG_FINDINGS: readonly SymptomConcept[] = [
  ...HEART_AND_LUNG_RED_FLAGS,
  ...NERVOUS_SYSTEM_RED_FLAGS,
  ...OTHER_RED_FLAGS,
];
