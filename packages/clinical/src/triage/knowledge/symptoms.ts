import type { SymptomConcept } from '../knowledge.types.ts';
import { BOWEL_SYMPTOMS } from './symptoms-bowel.table.ts';
import { CARDIOVASCULAR_SYMPTOMS } from './symptoms-cardiovascular.table.ts';
import { CONTEXT_FINDINGS } from './symptoms-context.table.ts';
import { DIGESTIVE_SYMPTOMS } from './symptoms-digestive.table.ts';
import { ENDOCRINE_SYMPTOMS } from './symptoms-endocrine.table.ts';
import { ENT_SYMPTOMS } from './symptoms-ent.table.ts';
import { EYE_SYMPTOMS } from './symptoms-eye.table.ts';
import { GENERAL_SYMPTOMS } from './symptoms-general.table.ts';
import { INJURY_SYMPTOMS } from './symptoms-injury.table.ts';
import { MENTAL_HEALTH_SYMPTOMS } from './symptoms-mental-health.table.ts';
import { MOUTH_THROAT_SYMPTOMS } from './symptoms-mouth-throat.table.ts';
import { MUSCULOSKELETAL_SYMPTOMS } from './symptoms-musculoskeletal.table.ts';
import { NEUROLOGICAL_SYMPTOMS } from './symptoms-neurological.table.ts';
import { RASH_PATTERN_SYMPTOMS } from './symptoms-rash-patterns.table.ts';
import { REPRODUCTIVE_SYMPTOMS } from './symptoms-reproductive.table.ts';
import { RESPIRATORY_SYMPTOMS } from './symptoms-respiratory.table.ts';
import { SKIN_SYMPTOMS } from './symptoms-skin.table.ts';
import { URINARY_SYMPTOMS } from './symptoms-urinary.table.ts';

/**
 * Every symptom and finding the triage knowledge base names, apart from the red-flag findings the
 * engine defines itself (chest pain, shortness of breath, stroke signs and the like).
 */
export const SYMPTOMS: readonly SymptomConcept[] = [
  ...GENERAL_SYMPTOMS,
  ...ENDOCRINE_SYMPTOMS,
  ...CARDIOVASCULAR_SYMPTOMS,
  ...RESPIRATORY_SYMPTOMS,
  ...ENT_SYMPTOMS,
  ...MOUTH_THROAT_SYMPTOMS,
  ...EYE_SYMPTOMS,
  ...DIGESTIVE_SYMPTOMS,
  ...BOWEL_SYMPTOMS,
  ...URINARY_SYMPTOMS,
  ...REPRODUCTIVE_SYMPTOMS,
  ...MUSCULOSKELETAL_SYMPTOMS,
  ...INJURY_SYMPTOMS,
  ...NEUROLOGICAL_SYMPTOMS,
  ...MENTAL_HEALTH_SYMPTOMS,
  ...SKIN_SYMPTOMS,
  ...RASH_PATTERN_SYMPTOMS,
  ...CONTEXT_FINDINGS,
];
