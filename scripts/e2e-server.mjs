// Starts the built server for the end-to-end tests: a fresh temporary data folder (so the demo clinic
// is seeded anew), loopback only, quiet logs. The folder is removed when the server stops.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'apps/server/dist/main.js');
if (!existsSync(entry)) {
  console.error(`e2e server: ${entry} is missing; run \`npm run build\` first`);
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'nexus-e2e-'));
const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });

const server = spawn(process.execPath, [entry], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: process.env.E2E_PORT ?? '3310',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NEXUS_DEMO: '1',
  },
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}

server.on('exit', (code, signal) => {
  removeDataDir();
  process.exit(code ?? (signal ? 0 : 1));
});
