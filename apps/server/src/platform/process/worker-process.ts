import { type Config, ConfigError } from '../config.ts';
import { openPlatform } from './platform-services.ts';

/**
 * The worker role: runs background jobs against a PostgreSQL server, beside any number of server
 * replicas started with JOBS_IN_PROCESS=false. An embedded database belongs to one process, so with
 * PGlite the server runs the jobs itself.
 */
export async function runWorkerProcess(config: Config): Promise<void> {
  if (config.database.kind !== 'postgres') {
    throw new ConfigError([
      'DATABASE_URL: the worker role needs a PostgreSQL server; with the embedded database, npm start runs the jobs itself',
    ]);
  }
  const platform = await openPlatform(config);
  await platform.jobs.start(platform.queues, { isWorking: true });
  platform.logger.info('worker ready');

  let isStopping = false;
  const shutdown = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    platform.logger.info({ signal }, 'worker shutting down');
    const timer = setTimeout(() => process.exit(1), config.shutdownTimeoutMs);
    timer.unref();
    await platform.jobs.stop(config.shutdownTimeoutMs);
    await platform.notificationHub.close();
    await platform.db.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
