import { loadConfig } from './platform/config.ts';
import { runServerProcess } from './platform/process/server-process.ts';
import { reportStartupError } from './platform/process/startup-error.ts';

/** Process entry of the server role: configuration → database → migrations → app → listen. */
try {
  await runServerProcess(loadConfig());
} catch (error) {
  reportStartupError(error);
  process.exit(1);
}
