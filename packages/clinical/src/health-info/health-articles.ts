import { CANCER_CONDITION_ARTICLES } from './articles-conditions-cancer.table.ts';
import { GENERAL_CONDITION_ARTICLES } from './articles-conditions-general.table.ts';
import { HEART_CONDITION_ARTICLES } from './articles-conditions-heart.table.ts';
import { METABOLIC_CONDITION_ARTICLES } from './articles-conditions-metabolic.table.ts';
import { RESPIRATORY_CONDITION_ARTICLES } from './articles-conditions-respiratory.table.ts';
import { GENERAL_MEDICINE_ARTICLES } from './articles-medicines-general.table.ts';
import { PAIN_AND_HEART_MEDICINE_ARTICLES } from './articles-medicines-heart.table.ts';
import { LIFESTYLE_PREVENTION_ARTICLES } from './articles-prevention-lifestyle.table.ts';
import { VACCINE_PREVENTION_ARTICLES } from './articles-prevention-vaccines.table.ts';
import { SYMPTOM_ARTICLES } from './articles-symptoms.table.ts';
import { BLOOD_TEST_ARTICLES } from './articles-tests-blood.table.ts';
import { HEART_TEST_ARTICLES } from './articles-tests-heart.table.ts';
import { SCREENING_TEST_ARTICLES } from './articles-tests-screening.table.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Every curated health article, written for this project in plain language, each citing its public source. */
export const HEALTH_ARTICLES: readonly HealthArticle[] = [
  ...HEART_CONDITION_ARTICLES,
  ...METABOLIC_CONDITION_ARTICLES,
  ...RESPIRATORY_CONDITION_ARTICLES,
  ...GENERAL_CONDITION_ARTICLES,
  ...CANCER_CONDITION_ARTICLES,
  ...BLOOD_TEST_ARTICLES,
  ...HEART_TEST_ARTICLES,
  ...SCREENING_TEST_ARTICLES,
  ...PAIN_AND_HEART_MEDICINE_ARTICLES,
  ...GENERAL_MEDICINE_ARTICLES,
  ...VACCINE_PREVENTION_ARTICLES,
  ...LIFESTYLE_PREVENTION_ARTICLES,
  ...SYMPTOM_ARTICLES,
];

/** The article with this id, if there is one. */
export function findHealthArticle(
  id: string,
  articles: readonly HealthArticle[] = HEALTH_ARTICLES,
): HealthArticle | undefined {
  return articles.find((article) => article.id === id);
}
