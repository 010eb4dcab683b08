import { AxeBuilder } from '@axe-core/playwright';
import { test as base, type ConsoleMessage, expect, type Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The only errors a browser may log: the 401s the app expects and handles for a wrong password or a
 * wrong (or already used) second factor, which Chromium reports as "Failed to load resource".
 */
const EXPECTED_401_PATHS = new Set([
  '/api/v1/auth/sign-in',
  '/api/v1/auth/second-factor/totp',
  '/api/v1/auth/second-factor/recovery-code',
  '/api/v1/auth/second-factor/passkey',
]);

function isExpected401(message: ConsoleMessage): boolean {
  if (!message.text().includes('status of 401')) return false;
  const { url } = message.location();
  return url !== '' && EXPECTED_401_PATHS.has(new URL(url).pathname);
}

export type A11y = {
  /** Scans the page as it is now (an error shown, a menu open), on top of the automatic scans. */
  check(label?: string): Promise<void>;
};

/** Which page and colour scheme the browser shows: each combination is scanned once. */
const viewState = (page: Page) =>
  page.evaluate(() => `${location.pathname} [${document.documentElement.dataset.mantineColorScheme ?? '?'}]`);

/** A page counts as shown once it has its heading and nothing is still loading. */
const isSettled = (page: Page) =>
  page.evaluate(
    () =>
      document.readyState === 'complete' &&
      document.querySelector('h1') !== null &&
      document.querySelector('[role="status"]') === null,
  );

export const test = base.extend<{ browserProblems: string[]; a11y: A11y }>({
  /** Fails the test on any console error or warning, uncaught exception, CSP violation or 5xx. */
  browserProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (!['error', 'warning'].includes(message.type()) || isExpected401(message)) return;
        problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 500) problems.push(`HTTP ${response.status()} from ${response.url()}`);
      });
      // Chromium logs CSP violations itself; this makes sure none goes unreported.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
          );
        });
      });
      await use(problems);
      expect(problems, 'the browser reported problems').toEqual([]);
    },
    { auto: true },
  ],

  /**
   * Runs axe (WCAG 2.1 A and AA) on every page a test visits: before each action or assertion the
   * test makes on a page (and colour scheme) not scanned yet, and on the page the test ends on.
   */
  a11y: [
    async ({ page }, use, testInfo) => {
      const scanned = new Set<string>();
      const violations: string[] = [];

      const scan = async (label: string) => {
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const violation of results.violations) {
          const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
          violations.push(`${label}: ${violation.id} (${violation.impact}) ${violation.help} → ${targets}`);
        }
      };

      const scanIfNew = async () => {
        const state = await viewState(page).catch(() => undefined);
        if (!state || scanned.has(state) || !(await isSettled(page).catch(() => false))) return;
        scanned.add(state);
        await scan(state);
      };

      await page.addLocatorHandler(page.locator('body'), scanIfNew, { noWaitAfter: true });
      await use({ check: async (label) => scan(label ?? (await viewState(page))) });

      if (page.url().startsWith('http')) {
        await page
          .waitForFunction(() => document.querySelector('h1') !== null, undefined, { timeout: 5_000 })
          .catch(() => {});
        await scanIfNew();
      }
      testInfo.annotations.push({ type: 'axe scanned', description: [...scanned].join(', ') || 'nothing' });
      if (violations.length > 0) {
        await testInfo.attach('axe-violations.txt', {
          body: violations.join('\n'),
          contentType: 'text/plain',
        });
      }
      expect(violations, 'accessibility violations (axe, WCAG 2.1 AA)').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
