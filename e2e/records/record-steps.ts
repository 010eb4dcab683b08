import { expect, type Page } from '@playwright/test';
import { type Question, QuestionnaireDefinition } from '../../packages/contracts/src/questionnaire.ts';
import { openNavigation, signIn } from '../support/session.ts';

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

/** A number the question accepts: its lower bound, else 1 (or its upper bound when that is lower). */
const numberFor = (question: Question) => {
  const value = question.min ?? Math.min(1, question.max ?? 1);
  return String(question.type === 'integer' ? Math.ceil(value) : value);
};

/** Answers one question the way a patient would, through its label; false if it is not shown. */
async function answer(page: Page, question: Question, text: string): Promise<boolean> {
  const label = labelOf(question);
  switch (question.type) {
    case 'boolean': {
      const group = page.getByRole('radiogroup', { name: label, exact: true });
      if ((await group.count()) === 0) return false;
      // "No" keeps the follow-up questions that only a "yes" opens out of the way.
      await group.getByRole('radio', { name: 'No', exact: true }).check();
      return true;
    }
    case 'choice': {
      const group = page.getByRole('radiogroup', { name: label, exact: true });
      if ((await group.count()) > 0) {
        await group.getByRole('radio').first().check();
        return true;
      }
      const select = page.getByRole('combobox', { name: label, exact: true });
      if ((await select.count()) === 0) return false;
      await select.selectOption({ index: 1 });
      return true;
    }
    case 'multi-choice': {
      const group = page.getByRole('group', { name: label, exact: true });
      if ((await group.count()) === 0) return false;
      await group.getByRole('checkbox').first().check();
      return true;
    }
    case 'date': {
      const field = page.getByLabel(label, { exact: true });
      if ((await field.count()) === 0) return false;
      await field.fill('2026-01-15');
      return true;
    }
    default: {
      const field = page.getByRole('textbox', { name: label, exact: true });
      if ((await field.count()) === 0) return false;
      const isNumber = question.type === 'integer' || question.type === 'decimal';
      await field.fill(isNumber ? numberFor(question) : text);
      return true;
    }
  }
}

/**
 * Fills in the questionnaire whatever its questions: every required question that is shown, in order
 * (an answer may bring follow-ups into view, so shown-ness is checked as each is reached), and the
 * first free-text question with `marker`, so the answers can be recognised in the clinician's view.
 * Returns whether the marker found a place.
 */
export async function fillQuestionnaire(page: Page, definition: QuestionnaireDefinition, marker: string) {
  let isMarked = false;
  for (const section of definition.sections) {
    for (const question of section.questions) {
      const takesMarker = !isMarked && (question.type === 'text' || question.type === 'string');
      if (!question.required && !takesMarker) continue;
      const isAnswered = await answer(page, question, takesMarker ? marker : 'None');
      if (isAnswered && takesMarker) isMarked = true;
    }
  }
  return isMarked;
}
