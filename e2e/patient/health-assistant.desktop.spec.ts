import type { Page } from '@playwright/test';
import { actAs, DEMO_PATIENT, openChartOf, openPatientPage } from '../records/record-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { shoot } from '../support/screenshots.ts';
import { demoAccount, signIn } from '../support/session.ts';

/** Sends a message from the composer and waits for the assistant's reply to finish writing. */
async function send(page: Page, text: string) {
  const log = page.getByRole('log', { name: 'Messages' });
  const before = await log.getByText('Assistant said:').count();
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(log.getByText('Assistant said:')).toHaveCount(before + 1);
  await expect(log).not.toHaveAttribute('aria-busy', 'true');
}

/** Starts a conversation and waits for the assistant's greeting, the only message in it. */
async function newConversation(page: Page) {
  await page.getByRole('button', { name: 'New conversation' }).click();
  await expect(page.getByRole('log', { name: 'Messages' }).getByText('Assistant said:')).toHaveCount(1);
  await expect(
    page.getByRole('log', { name: 'Messages' }).getByText(/I’m the health assistant/),
  ).toBeVisible();
}

/** Taps a suggested reply under the assistant's last message and waits for the next reply to finish. */
async function reply(page: Page, suggestion: string) {
  const log = page.getByRole('log', { name: 'Messages' });
  const before = await log.getByText('Assistant said:').count();
  await page
    .getByRole('group', { name: 'Suggested replies' })
    .last()
    .getByRole('button', { name: suggestion, exact: true })
    .click();
  await expect(log.getByText('Assistant said:')).toHaveCount(before + 1);
  await expect(log).not.toHaveAttribute('aria-busy', 'true');
}

/**
 * The health assistant end to end: the patient describes symptoms in her own words, answers the
 * follow-up questions with the suggested replies, gets a triage result with its reasons and possible
 * causes, and shares it with her doctor asking for an appointment; the doctor finds it in her chart.
 * An emergency in another conversation is answered at once with the number to call.
 */
test('a patient is triaged and the doctor sees the shared summary', async ({ page, a11y }) => {
  test.setTimeout(180_000);
  await signIn(page, demoAccount('patient'), { reuse: true });
  await openPatientPage(page, 'Assistant', 'Health assistant');
  await page.getByRole('button', { name: 'New conversation' }).click();
  await expect(
    page.getByRole('log', { name: 'Messages' }).getByText(/I’m the health assistant/),
  ).toBeVisible();
  await a11y.check('assistant, a new conversation');

  await send(page, 'I have had a sore throat and a high temperature for 2 days, no cough');
  await expect(page.getByRole('log', { name: 'Messages' })).toContainText(
    'How old is the person with the symptoms?',
  );
  await send(page, '34');
  const triage = page.getByRole('region', { name: 'Triage result' });
  for (let i = 0; i < 6 && !(await triage.isVisible()); i++) {
    const suggestions = page.getByRole('group', { name: 'Suggested replies' }).last();
    // The result's own suggestions ("Start again") mean the triage is over.
    if ((await suggestions.getByRole('button', { name: 'Start again', exact: true }).count()) > 0) break;
    const answer =
      (await suggestions.getByRole('button', { name: 'No', exact: true }).count()) > 0
        ? 'No'
        : 'I don’t know';
    await reply(page, answer);
  }
  await expect(triage).toBeVisible();
  await expect(triage).toContainText(/look after this at home|Book an appointment with a doctor/);
  await expect(triage.getByRole('heading', { name: 'Possible causes' })).toBeVisible();
  await expect(triage).toContainText(/tonsillitis|pharyngitis|strep/i);
  await expect(triage.getByRole('link', { name: /Source/ }).first()).toHaveAttribute('href', /^https:\/\//);
  await a11y.check('assistant, a triage result');
  await shoot(page, 'assistant-triage-result', async () => {
    await expect(triage).toBeVisible();
  });

  await triage.getByRole('button', { name: 'Share with my doctor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this result with your doctor' });
  await dialog.getByLabel('Ask for an appointment').check();
  await dialog.getByLabel('Note for your doctor (optional)').fill('Swallowing hurts most in the morning.');
  await a11y.check('share dialog');
  await dialog.getByRole('button', { name: 'Share' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Shared with your doctor on/)).toBeVisible();

  // An emergency, in a new conversation, is answered with the number to call before anything else.
  await newConversation(page);
  await send(page, 'My husband’s face is drooping and he can’t talk properly');
  const alert = page.getByRole('alert').filter({ hasText: 'stroke' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('link', { name: /^Call 112/ })).toHaveAttribute('href', 'tel:112');
  await a11y.check('assistant, an emergency');
  await shoot(page, 'assistant-emergency', async () => {
    await expect(alert).toBeVisible();
  });

  await actAs(page, demoAccount('doctor'));
  await openChartOf(page, DEMO_PATIENT);
  await page.getByRole('tab', { name: 'Assistant' }).click();
  const summaries = page.getByRole('region', { name: 'Summaries from the health assistant' });
  const summary = summaries.getByRole('article').filter({ hasText: 'Swallowing hurts most in the morning.' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Appointment requested');
  await expect(summary).toContainText(/sore throat/i);
  await a11y.check('chart, assistant summaries');

  await shoot(page, 'chart-assistant-summaries', async () => {
    await expect(summary).toBeVisible();
  });

  // Every role has the help assistant in the header; it answers from the platform's own help pages.
  await page.getByRole('button', { name: 'Help assistant' }).click();
  const drawer = page.getByRole('dialog', { name: 'Help assistant' });
  await drawer.getByRole('textbox', { name: 'Message' }).fill('How do I prescribe a medicine?');
  await drawer.getByRole('button', { name: 'Send' }).click();
  const helpCard = drawer
    .getByRole('region')
    .filter({ hasText: /prescri/i })
    .last();
  await expect(helpCard).toBeVisible();
  await a11y.check('help assistant answering a doctor');
  await shoot(page, 'help-assistant-doctor', async () => {
    if (!(await drawer.isVisible())) await page.getByRole('button', { name: 'Help assistant' }).click();
    await expect(
      drawer
        .getByRole('region')
        .filter({ hasText: /prescri/i })
        .last(),
    ).toBeVisible();
  });
});
