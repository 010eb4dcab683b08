import { afterEach, beforeEach } from 'vitest';
import { type Child, spawnTsChild } from './child-process.ts';
import { createDatabaseForChildProcess } from './test-database.ts';

/**
 * For crash tests: each test gets a fresh database for child processes of one fixture, and every
 * child still running at its end is killed. `start(mode)` runs the fixture with CHILD_MODE set.
 */
export function useCrashHarness<Mode extends string>(fixture: string) {
  let env: Record<string, string> = {};
  let cleanup: () => Promise<void> = async () => {};
  const children: Child[] = [];

  beforeEach(async () => {
    const database = await createDatabaseForChildProcess();
    env = database.env;
    cleanup = database.remove;
  });

  afterEach(async () => {
    for (const child of children.splice(0)) child.process.kill('SIGKILL');
    await cleanup();
  });

  return {
    start(mode: Mode, extra: Record<string, string> = {}): Child {
      const child = spawnTsChild(fixture, { ...env, CHILD_MODE: mode, ...extra });
      children.push(child);
      return child;
    },
  };
}
