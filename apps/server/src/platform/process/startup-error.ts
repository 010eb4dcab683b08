import { ConfigError } from '../config.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';

/** How a command tells its operator why it cannot start: a plain sentence for known causes, else the stack. */
export function reportStartupError(error: unknown): void {
  const isExplained = error instanceof ConfigError || error instanceof DataDirInUseError;
  process.stderr.write(`${isExplained ? error.message : (error as Error).stack}\n`);
}
