import { expect, type Page } from '@playwright/test';
import { type Question, QuestionnaireDefinition } from '../../packages/contracts/src/questionnaire.ts';
import { openNavigation, signIn } from '../support/session.ts';

export { HEAVY_SMOKER_ANSWERS } from '../../apps/server/test/fixtures/heavy-smoker.answers.ts';

/** The demo clinic's patient, admitted to it by the seed, whose record the clinicians look after. */
export const DEMO_PATIENT = 'Alex Morgan';

/**
 * Becomes another demo user in the same page: the session cookie is swapped for the one the setup
 * project stored, so the browser checks (console, accessibility) keep watching the same page.
 */
export async function actAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email, { reuse: true });
}

/** A clinician opens a patient's chart from My patients, as they would: the navigation, then the name. */
export async function openChartOf(page: Page, name: string) {
  const nav = await openNavigation(page);
  await nav.getByRole('link', { name: 'My patients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My patients' })).toBeVisible();
  await page.getByRole('region', { name: 'Your patients' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** A page of the patient's own portal, from the navigation. */
export async function openPatientPage(page: Page, label: string, heading = label) {
  const nav = await openNavigation(page);
  await nav.getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** The questionnaire the server serves, read with the signed-in patient's session. */
export async function symptomsQuestionnaire(page: Page): Promise<QuestionnaireDefinition> {
  const response = await page.request.get('/api/v1/questionnaires/symptoms-and-history');
  expect(response.ok(), 'the questionnaire is served').toBe(true);
  return QuestionnaireDefinition.parse(await response.json());
}

/** The label the form gives a question (its text, with the unit in brackets). */
const labelOf = (question: Question) =>
  question.unit ? `${question.text} (${question.unit})` : question.text;

/** Gives one question a chosen answer through its label: Yes/No, an option by its display, or a typed value. */
async function answerWith(page: Page, question: Question, value: boolean | number | string) {
  const label = labelOf(question);
  if (question.type === 'boolean' || question.type === 'choice') {
    const option =
      typeof value === 'boolean'
        ? value
          ? 'Yes'
          : 'No'
        : (question.options.find((candidate) => candidate.code === value)?.display ?? String(value));
    const group = page.getByRole('radiogroup', { name: label, exact: true });
    if ((await group.count()) > 0) {
      await group.getByRole('radio', { name: option, exact: true }).check();
      return;
    }
    await page.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
    return;
  }
  await page.getByRole('textbox', { name: label, exact: true }).fill(String(value));
}

/**
 * Fills in the questionnaire with the given answers (by question linkId), in the form's order, so that
 * each answer brings its follow-up questions into view before they are reached.
 */
export async function fillQuestionnaireWith(
  page: Page,
  definition: QuestionnaireDefinition,
  answers: Readonly<Record<string, boolean | number | string>>,
) {
  const questions = definition.sections.flatMap((section) => section.questions);
  const unknown = Object.keys(answers).filter((linkId) => !questions.some((q) => q.linkId === linkId));
  expect(unknown, 'every answer has its question in the form').toEqual([]);
  for (const question of questions) {
    const value = answers[question.linkId];
    if (value !== undefined) await answerWith(page, question, value);
  }
}
