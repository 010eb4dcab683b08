import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Child, spawnTsChild } from './child-process.ts';
import { createDatabaseForChildProcess } from './test-database.ts';

let env: Record<string, string>;
let cleanup: () => Promise<void>;
let child: Child | undefined;

beforeEach(async () => {
  const database = await createDatabaseForChildProcess();
  env = database.env;
  cleanup = database.remove;
});

const startServerChild = (slowMs: number) =>
  spawnTsChild('./fixtures/server-child.ts', {
    ...env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NEXUS_DEMO: '0',
    SLOW_MS: String(slowMs),
  });

afterEach(async () => {
  child?.process.kill('SIGKILL');
  await cleanup();
});

it('finishes an in-flight request on SIGTERM, refuses new ones, and exits 0', async () => {
  child = startServerChild(1500);
  const port = Number((await child.waitForLine('listening ')).split(' ')[1]);
  const base = `http://127.0.0.1:${port}`;
  expect((await fetch(`${base}/healthz`)).status).toBe(200);

  const slow = fetch(`${base}/test/slow`).then(async (response) => ({
    status: response.status,
    body: await response.json(),
  }));
  await child.waitForLine('slow-started');
  child.process.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));

  await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  expect(await slow).toEqual({ status: 200, body: { finished: true } });
  const exit = await child.exited;
  expect(exit).toEqual({ code: 0, signal: null });
  expect(child.output()).not.toMatch(/"level":(50|60)/);
}, 60_000);

it('lets a running job finish on SIGTERM before it exits 0', async () => {
  child = startServerChild(2000);
  const port = Number((await child.waitForLine('listening ')).split(' ')[1]);
  expect((await fetch(`http://127.0.0.1:${port}/test/slow-job`)).status).toBe(200);
  await child.waitForLine('job-started');
  child.process.kill('SIGTERM');
  await child.waitForLine('job-finished');
  expect(await child.exited).toEqual({ code: 0, signal: null });
}, 60_000);
