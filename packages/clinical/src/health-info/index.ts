/**
 * The curated health-information library the assistant answers general questions from: short
 * plain-language articles (conditions, tests, medicines, prevention, symptoms), each with its source,
 * and the search that picks the article and section that answer a question, or says it does not know.
 */
export { findHealthArticle, HEALTH_ARTICLES } from './health-articles.ts';
export type {
  HealthAnswer,
  HealthArticle,
  HealthArticleKind,
  HealthMatch,
  HealthSection,
  HealthSource,
} from './health-info.types.ts';
export {
  createHealthLibrary,
  type HealthLibrary,
  type HealthLibraryOptions,
  MIN_ANSWER_SCORE,
} from './health-library.ts';
