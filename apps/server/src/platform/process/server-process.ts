import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { assessChangedRecords } from '../../modules/cds/cds.jobs.ts';
import { seedDemoRecords } from '../../modules/demo/demo-records.ts';
import { DEMO_ACCOUNTS, formatDemoBanner, seedDemoClinic } from '../../modules/demo/demo-seed.ts';
import type { Config } from '../config.ts';
import type { JobQueue, JobTiming, QueueDefinition } from '../jobs/job-queue.ts';
import { defaultWebDistDir } from '../paths.ts';
import {
  admitForDemo,
  cdsModuleFor,
  demoRecordSeedFor,
  fhirModuleFor,
  identityModuleFor,
  openPlatform,
} from './platform-services.ts';

export type ServerProcessOptions = {
  /** Extra routes, for test fixtures that need endpoints the product does not have (e.g. a slow one). */
  extendApp?: (app: FastifyInstance) => Promise<void>;
  extraQueues?: QueueDefinition<never>[];
  jobTiming?: Partial<JobTiming>;
  /** Hands out the running queue, for test fixtures that enqueue jobs of their own. */
  onQueueReady?: (queue: JobQueue) => void;
};

/**
 * The server role: database → migrations → demo seed → jobs → HTTP, and a graceful shutdown on
 * SIGTERM/SIGINT: readiness turns false, no new connections, in-flight requests and jobs finish,
 * the database closes, the process exits 0 (or 1 if that takes longer than the shutdown timeout).
 */
export async function runServerProcess(
  config: Config,
  options: ServerProcessOptions = {},
): Promise<FastifyInstance> {
  const startedAt = performance.now();
  const platform = await openPlatform(config, options);
  const { logger, db, jobs } = platform;
  let isShuttingDown = false;

  const fhir = fhirModuleFor(platform);
  // Patient records made before the FHIR store existed get their Patient resource.
  const backfilled = await fhir.patientResources.backfill(db.kysely);
  if (backfilled > 0) logger.info({ patients: backfilled }, 'patient resources created');
  if (config.seedDemo) {
    const created = await seedDemoClinic(identityModuleFor(platform), admitForDemo(platform));
    if (created.length > 0) {
      logger.info({ accounts: created.length }, 'demo clinic seeded');
      const seeded = await seedDemoRecords(await demoRecordSeedFor(platform, fhir.imports));
      logger.info(seeded, 'demo records imported');
      // The demo opens with risk results, as after a night of the assessment job.
      const cds = await cdsModuleFor(platform);
      const assessed = await assessChangedRecords({
        db: db.kysely,
        repo: cds.repo,
        assessments: cds.assessments,
        log: logger.child({ module: 'cds' }),
      });
      logger.info(assessed, 'demo records assessed');
    }
  }
  await jobs.start(platform.queues, { isWorking: config.jobsInProcess });
  options.onQueueReady?.(jobs);

  const app = await buildApp({
    config,
    db,
    migrations: platform.migrations,
    queue: jobs,
    clock: platform.clock,
    auditSigner: platform.auditSigner,
    cipher: platform.cipher,
    logger,
    webDistDir: config.webDistDir ?? defaultWebDistDir,
    isShuttingDown: () => isShuttingDown,
    notificationHub: platform.notificationHub,
  });
  if (options.extendApp) await options.extendApp(app);
  const address = await app.listen({ host: config.host, port: config.port });
  logger.info({ address, startupMs: Math.round(performance.now() - startedAt) }, 'server ready');
  if (config.seedDemo) {
    const { port } = app.server.address() as AddressInfo;
    const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host) ? 'localhost' : config.host;
    const url = `http://${host}:${port}`;
    process.stdout.write(`${formatDemoBanner(DEMO_ACCOUNTS, url)}\n`);
  }

  const shutdown = async (signal: string) => {
    if (isShuttingDown) return;
    isShuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await app.close();
      await jobs.stop(config.shutdownTimeoutMs);
      await platform.notificationHub.close();
      await db.close();
      logger.info('shutdown complete');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return app;
}
