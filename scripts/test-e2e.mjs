// `npm run test:e2e`: the end-to-end tests in Chromium against the built server.
// Needs a Chromium binary (CHROMIUM_PATH, default /usr/bin/chromium; Debian: `apt-get install chromium`);
// without one the run is skipped, except under CI=true where that is a failure. Builds the app first
// when there is no build, or always with --build. Other arguments go to `playwright test`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isCi = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (!isExecutable(chromium)) {
  const reason = `no Chromium at ${chromium} (set CHROMIUM_PATH, or on Debian: apt-get install -y chromium)`;
  if (isCi) {
    console.error(`end-to-end tests cannot run: ${reason}`);
    process.exit(1);
  }
  console.log(`end-to-end tests skipped: ${reason}`);
  process.exit(0);
}

const args = process.argv.slice(2);
const forceBuild = args.includes('--build');
const playwrightArgs = args.filter((arg) => arg !== '--build');
const isBuilt =
  existsSync(join(root, 'apps/server/dist/main.js')) && existsSync(join(root, 'apps/web/dist/index.html'));

if (forceBuild || !isBuilt) {
  console.log('building the server and web app…');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const result = spawnSync('npx', ['playwright', 'test', ...playwrightArgs], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
if (result.error) console.error(result.error.message);
process.exit(result.status ?? 1);
