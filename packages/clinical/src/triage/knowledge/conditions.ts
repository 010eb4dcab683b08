import type { ConditionKnowledge } from '../knowledge.types.ts';
import { CARDIOVASCULAR_CONDITIONS } from './conditions-cardiovascular.table.ts';
import { CHILDHOOD_CONDITIONS } from './conditions-childhood.table.ts';
import { DIGESTIVE_ACUTE_CONDITIONS } from './conditions-digestive-acute.table.ts';
import { DIGESTIVE_CHRONIC_CONDITIONS } from './conditions-digestive-chronic.table.ts';
import { ENT_CONDITIONS } from './conditions-ent.table.ts';
import { EYE_DENTAL_CONDITIONS } from './conditions-eye-dental.table.ts';
import { HEADACHE_DIZZINESS_CONDITIONS } from './conditions-headache-dizziness.table.ts';
import { INFECTION_CONDITIONS } from './conditions-infections.table.ts';
import { MENTAL_HEALTH_CONDITIONS } from './conditions-mental-health.table.ts';
import { METABOLIC_CONDITIONS } from './conditions-metabolic.table.ts';
import { MUSCULOSKELETAL_CONDITIONS } from './conditions-musculoskeletal.table.ts';
import { NEUROLOGICAL_CONDITIONS } from './conditions-neurological.table.ts';
import { RESPIRATORY_CONDITIONS } from './conditions-respiratory.table.ts';
import { SKIN_CONDITIONS } from './conditions-skin.table.ts';
import { SKIN_ALLERGY_CONDITIONS } from './conditions-skin-allergy.table.ts';
import { UROGENITAL_CONDITIONS } from './conditions-urogenital.table.ts';
import { WOMENS_HEALTH_CONDITIONS } from './conditions-womens-health.table.ts';

/** Every condition the triage knowledge base weighs, grouped by area. */
export const CONDITIONS: readonly ConditionKnowledge[] = [
  ...CARDIOVASCULAR_CONDITIONS,
  ...NEUROLOGICAL_CONDITIONS,
  ...HEADACHE_DIZZINESS_CONDITIONS,
  ...RESPIRATORY_CONDITIONS,
  ...CHILDHOOD_CONDITIONS,
  ...INFECTION_CONDITIONS,
  ...ENT_CONDITIONS,
  ...EYE_DENTAL_CONDITIONS,
  ...DIGESTIVE_ACUTE_CONDITIONS,
  ...DIGESTIVE_CHRONIC_CONDITIONS,
  ...UROGENITAL_CONDITIONS,
  ...WOMENS_HEALTH_CONDITIONS,
  ...METABOLIC_CONDITIONS,
  ...MENTAL_HEALTH_CONDITIONS,
  ...MUSCULOSKELETAL_CONDITIONS,
  ...SKIN_ALLERGY_CONDITIONS,
  ...SKIN_CONDITIONS,
];
