import { loadConfig } from './platform/config.ts';
import { reportStartupError } from './platform/process/startup-error.ts';
import { runWorkerProcess } from './platform/process/worker-process.ts';

/** Process entry of the worker role (`npm run worker`). */
try {
  await runWorkerProcess(loadConfig());
} catch (error) {
  reportStartupError(error);
  process.exit(1);
}
