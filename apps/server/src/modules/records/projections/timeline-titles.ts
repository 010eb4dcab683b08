import { SYMPTOMS_AND_HISTORY } from '../questionnaire/symptoms-and-history.questionnaire.ts';

const KNOWN = [SYMPTOMS_AND_HISTORY];

/**
 * The title of the questionnaire a response answers, from its canonical URL (`url|version`) or
 * its `Questionnaire/id` reference; a generic title for questionnaires the platform does not define.
 */
export function questionnaireTitle(canonical: string | undefined): string {
  if (!canonical) return 'Questionnaire';
  const url = canonical.split('|')[0];
  const found = KNOWN.find((def) => def.url === url || canonical === `Questionnaire/${def.id}`);
  return found?.title ?? 'Questionnaire';
}
