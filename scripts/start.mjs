// `npm start`, `npm run worker`, `npm run db:migrate`, `npm run audit:verify`, `npm run keys:generate`, `npm run keys:rotate`, `npm run import:fhir`, `npm run cds`: run a role of the built server, building first if needed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const role = process.argv.find((arg) => arg.startsWith('--role='))?.slice('--role='.length) ?? 'server';
const entries = {
  server: 'main.js',
  worker: 'worker.js',
  migrate: 'migrate.js',
  'audit-verify': 'audit-verify.js',
  keys: 'keys.js',
  'rotate-keys': 'rotate-keys.js',
  'import-fhir': 'import-fhir.js',
  cds: 'cds.js',
};
const entry = entries[role];
if (!entry) {
  console.error(`unknown role ${role}; expected one of ${Object.keys(entries).join(', ')}`);
  process.exit(2);
}

const bundle = join(root, 'apps/server/dist', entry);
const webIndex = join(root, 'apps/web/dist/index.html');
if (!existsSync(bundle) || (role === 'server' && !existsSync(webIndex))) {
  console.error('first start: building the server and web app…');
  const { buildServer, buildWeb } = await import('./build.mjs');
  await buildServer();
  if (role === 'server') await buildWeb();
}
// The server role runs in this same process, so signals (SIGTERM from an orchestrator) reach it directly.
await import(pathToFileURL(bundle).href);
