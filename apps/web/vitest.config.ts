import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const webDir = fileURLToPath(new URL('.', import.meta.url));

/** Component and unit tests of the web app (*.test.ts[x] next to the code), in happy-dom. */
export default defineConfig({
  root: webDir,
  plugins: [react()],
  test: {
    name: 'web',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // Room for findBy* (5 s, see src/test/setup.ts) on a busy machine.
    testTimeout: 20_000,
  },
});
