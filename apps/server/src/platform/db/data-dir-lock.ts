import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * The embedded database belongs to one process. A second one (another `npm start`, or a command such
 * as `npm run audit:verify` while the server runs) would corrupt it, so each process holds a lock
 * file naming its pid; a lock left by a process that no longer exists (a crash) is taken over.
 */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

export function lockDataDir(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DataDirInUseError(
          `the embedded database in ${dataDir} is in use by process ${holder}; stop it first (or use DATABASE_URL)`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock the embedded database in ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
