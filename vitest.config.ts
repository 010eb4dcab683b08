import { defineConfig } from 'vitest/config';

/** One test run over every workspace; each project has its own config beside its code. */
export default defineConfig({
  test: {
    projects: [
      'packages/clinical/vitest.config.ts',
      'apps/server/vitest.config.ts',
      'apps/web/vitest.config.ts',
      'ml/vitest.config.ts',
    ],
  },
});
