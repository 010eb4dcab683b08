import { randomUUID } from 'node:crypto';
import { expect, test } from '../support/fixtures.ts';
import { demoAccount, signIn } from '../support/session.ts';
import {
  actAs,
  DEMO_PATIENT,
  fillQuestionnaireWith,
  HEAVY_SMOKER_ANSWERS,
  openChartOf,
  openPatientPage,
  symptomsQuestionnaire,
} from './record-steps.ts';

test('the patient answers the symptoms questionnaire, and the doctor reads it under Patient-reported', async ({
  page,
  a11y,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoAccount('patient'), { reuse: true });
  await openPatientPage(page, 'Symptoms & history');
  const definition = await symptomsQuestionnaire(page);
  await expect(
    page.getByRole('heading', { level: 2, name: definition.sections[0]?.title ?? '' }),
  ).toBeVisible();

  // Sending it empty first: the form says what needs an answer instead of sending.
  await page.getByRole('button', { name: 'Send my answers' }).click();
  if (definition.sections.some((section) => section.questions.some((question) => question.required))) {
    await expect(
      page.getByRole('alert').filter({ hasText: 'Some answers need your attention' }),
    ).toBeVisible();
    await a11y.check('questionnaire with validation messages');
  }

  const marker = `E2E check ${randomUUID().slice(0, 8)}`;
  await fillQuestionnaireWith(page, definition, {
    ...HEAVY_SMOKER_ANSWERS,
    'medicines.current': marker,
  });
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your answers have been sent' })).toBeVisible();
  const sentBefore = page.getByRole('list', { name: 'Questionnaires answered, newest first' });
  await expect(sentBefore.getByRole('listitem').first()).toBeVisible();

  await actAs(page, demoAccount('doctor'));
  await openChartOf(page, DEMO_PATIENT);
  await page.getByRole('tab', { name: 'Patient-reported' }).click();
  const responses = page.getByRole('list', { name: 'Questionnaires answered, newest first' });
  await expect(responses.getByRole('listitem').first()).toBeVisible();
  // Other runs may have answered too: open every response, then look for this one's answer.
  // Each click turns its button into "Hide answers", so take the first one left each time.
  const show = responses.getByRole('button', { name: 'Show answers' });
  while ((await show.count()) > 0) await show.first().click();
  await expect(responses.getByText(marker)).toBeVisible();
});
