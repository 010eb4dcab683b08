import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built server (scripts/e2e-server.mjs, fresh temporary database with the demo
 * clinic) driven by the system's Chromium, at desktop and phone sizes. Run with `npm run test:e2e`.
 * `*.phone.spec.ts` run only at phone size, `*.desktop.spec.ts` only at desktop size.
 */
const port = Number(process.env.E2E_PORT ?? 3310);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 30_000,
  // Generous: the first assertion on each new page waits for its accessibility scan (axe), slow on 2 busy cores.
  expect: { timeout: 12_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    // localhost rather than 127.0.0.1: browsers treat it as a secure context, so the Secure,
    // __Host- session cookie works over plain HTTP just as it does over HTTPS in production.
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/, use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'desktop',
      dependencies: ['setup'],
      testIgnore: /\.phone\.spec\.ts$/,
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      dependencies: ['setup'],
      testIgnore: /\.desktop\.spec\.ts$/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${port}/readyz`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
