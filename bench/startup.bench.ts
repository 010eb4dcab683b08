/**
 * `npm run bench:startup`: time from `npm start` to /readyz answering 200 on the embedded database,
 * first with an empty data directory (initialise, migrate, seed the demo clinic) and then warm (the
 * same directory again). Options: --runs=5
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, waitUntilReady } from './server-under-test.ts';

const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.split('=')[1] ?? '5');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function timeStart(dataDir: string): Promise<number> {
  const port = String(3900 + Math.floor(Math.random() * 90));
  const startedAt = performance.now();
  const child = spawn(npm, ['start', '--silent'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  await waitUntilReady(`http://127.0.0.1:${port}`, child);
  const elapsedMs = performance.now() - startedAt;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // npm runs the server in a child of its own: signal the whole process group.
  process.kill(-(child.pid ?? 0), 'SIGTERM');
  await exited;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return elapsedMs;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const empty: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'nexus-startup-'));
  try {
    empty.push(await timeStart(dataDir));
    warm.push(await timeStart(dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`\n\`npm start\` to /readyz 200, ${runs} runs, node ${process.version}\n`);
console.log('| data directory | median | min | max |');
console.log('|---|---:|---:|---:|');
console.log(
  `| empty (initialise, migrate, seed) | ${fmt(median(empty))} | ${fmt(Math.min(...empty))} | ${fmt(Math.max(...empty))} |`,
);
console.log(
  `| existing (warm start) | ${fmt(median(warm))} | ${fmt(Math.min(...warm))} | ${fmt(Math.max(...warm))} |`,
);
