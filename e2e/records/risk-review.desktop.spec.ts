import { expect, test } from '../support/fixtures.ts';
import { shoot } from '../support/screenshots.ts';
import { demoAccount, openNavigation, signIn } from '../support/session.ts';
import {
  actAs,
  DEMO_PATIENT,
  fillQuestionnaireWith,
  HEAVY_SMOKER_ANSWERS,
  openPatientPage,
  symptomsQuestionnaire,
} from './record-steps.ts';

/**
 * The seed's data flow end to end: the demo patient, a heavy smoker, sends the symptoms-and-history
 * answers; the lung cancer model finds a high risk; the doctor reviews it from the queue, confirms it
 * with a low-dose CT referral and a treatment plan; the patient sees the plan on My risks. Desktop
 * only: a second run at phone size on the same server would send the same answers, which store no new
 * result, so there would be nothing left to review.
 */
test("a heavy smoker's questionnaire reaches the doctor's review queue, and the plan reaches the patient", async ({
  page,
  a11y,
}) => {
  test.setTimeout(240_000);
  await signIn(page, demoAccount('patient'), { reuse: true });
  await openPatientPage(page, 'Symptoms & history');
  await fillQuestionnaireWith(page, await symptomsQuestionnaire(page), HEAVY_SMOKER_ANSWERS);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your answers have been sent' })).toBeVisible();
  await openPatientPage(page, 'My risks');
  await expect(page.getByRole('article', { name: 'Lung cancer', exact: true })).toContainText(
    'Waiting for your doctor',
  );
  await a11y.check('my risks, waiting for review');
  await shoot(page, 'my-risks', () =>
    expect(page.getByRole('heading', { level: 1, name: 'My risks' })).toBeVisible(),
  );

  await actAs(page, demoAccount('doctor'));
  const nav = await openNavigation(page);
  await nav.getByRole('link', { name: 'Reviews' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Reviews \(\d+ pending\)$/ })).toBeVisible();
  await a11y.check('review queue');
  await shoot(page, 'review-queue', () =>
    expect(page.getByRole('heading', { level: 1, name: /^Reviews \(\d+ pending\)$/ })).toBeVisible(),
  );
  await page
    .getByRole('link', { name: `Open review: ${DEMO_PATIENT}, Lung cancer` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lung cancer risk review' })).toBeVisible();
  await shoot(page, 'risk-review', () =>
    expect(page.getByRole('heading', { level: 1, name: 'Lung cancer risk review' })).toBeVisible(),
  );
  await page.getByRole('radio', { name: 'Confirm' }).check();
  await expect(page.getByRole('checkbox', { name: 'Low dose computed tomography of thorax' })).toBeChecked();
  await page
    .getByRole('textbox', { name: 'Note for the record' })
    .fill('Discussed screening; agrees to annual LDCT.');
  await page.getByRole('button', { name: 'Add a goal' }).click();
  const goal = page.getByRole('group', { name: 'Goal 1' });
  await goal.getByRole('textbox', { name: 'Goal' }).fill('Stop smoking');
  await goal.getByLabel('Target date').fill('2026-10-01');
  await a11y.check('review with the decision form filled in');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByText('The decision is saved.')).toBeVisible();

  await actAs(page, demoAccount('patient'));
  await openPatientPage(page, 'My risks');
  const plan = page.getByRole('region', { name: 'Your treatment plan' });
  await expect(plan).toContainText('Stop smoking');
  await expect(plan).toContainText('Low dose computed tomography of thorax');
  await a11y.check('my risks with the treatment plan');
  await shoot(page, 'my-risks-with-plan', () => expect(plan).toContainText('Stop smoking'));
});
