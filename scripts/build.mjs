// Builds what `npm start` runs: the server bundle (esbuild) and the web app (Vite).
// Runs as the root `prepare` script, so `npm install` leaves a runnable platform behind.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildServer() {
  const { build } = await import('esbuild');
  const serverDir = join(root, 'apps/server');
  const pkg = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8'));
  // npm packages stay external (native addons, wasm files); our workspace packages are bundled in.
  const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@nexus/'));
  await build({
    entryPoints: [
      'src/main.ts',
      'src/worker.ts',
      'src/migrate.ts',
      'src/audit-verify.ts',
      'src/keys.ts',
      'src/rotate-keys.ts',
      'src/import-fhir.ts',
    ].map((file) => join(serverDir, file)),
    outdir: join(serverDir, 'dist'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    external,
    logLevel: 'warning',
  });
}

export async function buildWeb() {
  const { build } = await import('vite');
  await build({ root: join(root, 'apps/web'), logLevel: 'warn' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const startedAt = Date.now();
  await buildServer();
  await buildWeb();
  console.log(`built server and web app in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}
