import { expect, test } from '../support/fixtures.ts';
import { demoAccount, signIn } from '../support/session.ts';

/**
 * The second browser, told apart in the list by its User-Agent. Each project has its own, because the
 * desktop and phone runs of this test may sign the nurse in at the same time. Other tests leave nurse
 * sessions open too (and run alongside; this page reuses the nurse's stored session), so the test looks
 * for its own two rather than counting all, and does not try "End all other sessions" (that would end
 * the stored session other tests share; the component and integration tests cover it).
 */
const OTHER_BROWSERS: Record<string, { userAgent: string; device: string }> = {
  desktop: {
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
    device: 'Firefox on Windows',
  },
  phone: {
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    device: 'Safari on iOS',
  },
};

test('ending the session of another browser signs that browser out', async ({
  page,
  browser,
  a11y,
}, testInfo) => {
  const other = OTHER_BROWSERS[testInfo.project.name];
  if (!other) throw new Error(`no second browser for the project ${testInfo.project.name}`);

  const otherContext = await browser.newContext({ userAgent: other.userAgent });
  try {
    const otherPage = await otherContext.newPage();
    await signIn(otherPage, demoAccount('nurse'));
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Welcome, Jonas Berg' })).toBeVisible();

    await signIn(page, demoAccount('nurse'), { path: '/nurse/account', reuse: true });
    const sessions = page.getByRole('region', { name: 'Your sessions' });
    const thisDevice = sessions.getByRole('listitem').filter({ hasText: 'This device' });
    const otherDevice = sessions.getByRole('listitem').filter({ hasText: other.device });
    await expect(thisDevice).toHaveCount(1);
    await expect(otherDevice).toHaveCount(1);
    await expect(thisDevice.getByRole('button')).toHaveCount(0);
    await expect(otherDevice).toContainText('Last active');
    await expect(otherDevice).toContainText(/Just now|minute/);

    const endOther = otherDevice.getByRole('button', { name: `End session on ${other.device}` });
    const dialog = page.getByRole('dialog', { name: 'End this session?' });
    await endOther.click();
    await expect(dialog).toContainText(`${other.device} will be signed out`);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await a11y.check('confirmation dialog [light]');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(endOther).toBeFocused();

    await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
    await expect(page.getByRole('button', { name: 'Switch to light colour scheme' })).toBeVisible();
    await endOther.click();
    await expect(dialog).toBeVisible();
    await a11y.check('confirmation dialog [dark]');
    await dialog.getByRole('button', { name: 'End session' }).click();

    await expect(dialog).toBeHidden();
    await expect(sessions).toContainText(`The session on ${other.device} has ended.`);
    await expect(otherDevice).toHaveCount(0);
    await expect(thisDevice).toHaveCount(1);
    await a11y.check('session ended [dark]');
    await page.getByRole('button', { name: 'Switch to light colour scheme' }).click();
    await a11y.check('session ended [light]');

    await otherPage.reload();
    await expect(otherPage).toHaveURL('/sign-in?next=%2Fnurse');
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  } finally {
    await otherContext.close();
  }
});
