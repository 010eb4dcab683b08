import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const mlDir = fileURLToPath(new URL('.', import.meta.url));

/** Unit tests of the training library and data loaders (ml/**\/*.test.ts); they never read the data sets. */
export default defineConfig({
  root: mlDir,
  // Keep Vite's cache in the repository's node_modules rather than creating ml/node_modules.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite/ml', import.meta.url)),
  test: { name: 'ml', include: ['**/*.test.ts'], exclude: ['**/node_modules/**'], environment: 'node' },
});
