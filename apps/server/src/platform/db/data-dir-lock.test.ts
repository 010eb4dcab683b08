import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-lock-'));
  dirs.push(dir);
  return join(dir, 'pglite');
};

describe('the embedded database lock', () => {
  it('refuses a second holder while the first lives, and frees on release', () => {
    const dataDir = freshDir();
    writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dataDir)).toThrow(`in use by process ${process.ppid}`);
    rmSync(`${dataDir}.lock`);
    const release = lockDataDir(dataDir);
    release();
    lockDataDir(dataDir)();
  });

  it('takes over a lock left by a process that crashed', () => {
    const dataDir = freshDir();
    writeFileSync(`${dataDir}.lock`, '2147483646');
    const release = lockDataDir(dataDir);
    release();
  });
});
