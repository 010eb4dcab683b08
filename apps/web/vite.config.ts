import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The server replaces this placeholder in index.html with each response's CSP nonce. */
const CSP_NONCE_PLACEHOLDER = '__NEXUS_CSP_NONCE__';

const apiTarget = process.env.NEXUS_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Builds the single-page app into apps/web/dist, which the server serves. Also used by
 * scripts/build.mjs through Vite's JS API with `root: apps/web`, so every path here is relative to
 * this folder. `vite` (dev server) proxies the API to a running server at NEXUS_API_URL; the Host
 * header is passed on unchanged (no changeOrigin), as the server's same-origin check compares it with
 * the browser's Origin.
 */
export default defineConfig({
  plugins: [react()],
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      output: {
        // Zod and the module that turns its JIT off share a chunk, so the setting is made before any
        // other chunk (the contracts) builds a schema: building one with JIT on probes `new Function`,
        // which the Content-Security-Policy reports as a violation.
        manualChunks: (id) =>
          /[\\/]node_modules[\\/]zod[\\/]|[\\/]app[\\/]zod-config\.ts$/.test(id) ? 'zod' : undefined,
      },
    },
  },
  server: {
    proxy: {
      ...Object.fromEntries(
        ['/api', '/fhir', '/healthz', '/readyz'].map((path) => [path, { target: apiTarget }]),
      ),
      '/ws': { target: apiTarget, ws: true },
    },
  },
});
