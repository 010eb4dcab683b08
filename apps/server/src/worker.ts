import { ConfigError, loadConfig } from './platform/config.ts';
import { runWorkerProcess } from './platform/process/worker-process.ts';

/** Process entry of the worker role (`npm run worker`). */
try {
  await runWorkerProcess(loadConfig());
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
}
