// Builds what `npm start` runs: the server bundle (esbuild) and the web app (Vite).
// Runs as the root `prepare` script, so `npm install` leaves a runnable platform behind.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildServer() {
  const { build } = await import('esbuild');
  const serverDir = join(root, 'apps/server');
  const pkg = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8'));
  // npm packages stay external (native addons, wasm files); our workspace packages are bundled in.
  const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@nexus/'));
  // Each disease folder is its own entry (dist/diseases/<name>.js), found at run time like the sources.
  const diseasesDir = join(root, 'packages/clinical/src/cds/diseases');
  const diseases = readdirSync(diseasesDir)
    .filter((name) => statSync(join(diseasesDir, name)).isDirectory())
    .map((name) => ({ in: join(diseasesDir, name, 'index.ts'), out: `diseases/${name}` }));
  await build({
    entryPoints: [
      ...[
        'src/main.ts',
        'src/worker.ts',
        'src/migrate.ts',
        'src/audit-verify.ts',
        'src/keys.ts',
        'src/rotate-keys.ts',
        'src/import-fhir.ts',
        'src/cds.ts',
      ].map((file) => ({ in: join(serverDir, file), out: file.slice('src/'.length, -'.ts'.length) })),
      ...diseases,
    ],
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
