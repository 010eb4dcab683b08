import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const serverDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Unit tests (*.test.ts) and integration tests (*.int.test.ts) of the server. Integration tests get a
 * fresh database per file: a clone of a migrated PGlite by default, or with TEST_DB=postgres a new
 * database on the server at TEST_DATABASE_URL (see test/global-setup.ts).
 */
export default defineConfig({
  root: serverDir,
  test: {
    name: process.env.TEST_DB === 'postgres' ? 'server (postgresql)' : 'server',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
