import { ConfigError, loadConfig } from './platform/config.ts';
import { runServerProcess } from './platform/process/server-process.ts';

/** Process entry of the server role: configuration → database → migrations → app → listen. */
try {
  await runServerProcess(loadConfig());
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
}
