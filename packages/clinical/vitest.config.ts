import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const clinicalDir = fileURLToPath(new URL('.', import.meta.url));

/** Unit tests of the pure clinical package (*.test.ts next to the code); no database, no I/O. */
export default defineConfig({
  root: clinicalDir,
  test: { name: 'clinical', include: ['src/**/*.test.ts'], environment: 'node' },
});
