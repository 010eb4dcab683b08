import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';

export type Job<T> = { id: string; name: string; data: T };
export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export type QueueDefinition<T> = {
  name: string;
  handler: JobHandler<T>;
  /** Attempts after the first failure, with exponential backoff. */
  retryLimit?: number;
  /** Seconds before the first retry; doubles with each further attempt. */
  retryDelaySeconds?: number;
  /** A running job not finished within this time counts as failed (its worker probably died) and is retried. */
  expireInSeconds?: number;
  /** Cron expression (UTC) for queues that run on a schedule. */
  cron?: string;
};

export type SendOptions = {
  /**
   * The same key sends the job only once (while the job is kept: until some days after it finished):
   * a request retried by a client, or an event delivered twice, does not enqueue twice.
   */
  idempotencyKey?: string;
  startAfter?: Date;
  retryLimit?: number;
};

/** A stable UUID (RFC 9562 version 8, name-based on SHA-256) for a queue's idempotency key. */
export function jobIdFor(queue: string, key: string): string {
  const hex = createHash('sha256').update(`${queue}\u0000${key}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The port modules use to enqueue work; the pg-boss adapter below is the real one, fakes satisfy it in unit tests. */
export type JobQueue = {
  send<T extends object>(queue: string, data: T, options?: SendOptions): Promise<string | null>;
};

export type JobRuntime = JobQueue & {
  /** Installs the queue's schema and declares the queues; with isWorking, also starts the workers and scheduler. */
  start(definitions: ReadonlyArray<QueueDefinition<never>>, options: { isWorking: boolean }): Promise<void>;
  /** Stops fetching new jobs, waits for running handlers up to timeoutMs, then stops. */
  stop(timeoutMs: number): Promise<void>;
};

/**
 * A durable queue on the platform's own database (pg-boss). It runs the same on PGlite and PostgreSQL
 * because pg-boss is given the database's executeSql rather than a connection string of its own.
 */
export type JobTiming = {
  /** How often an idle worker asks for new jobs. */
  pollingIntervalSeconds: number;
  /** How often expired jobs (their worker died) are failed for retry, and old jobs archived. */
  maintenanceIntervalSeconds: number;
};

const DEFAULT_TIMING: JobTiming = { pollingIntervalSeconds: 2, maintenanceIntervalSeconds: 60 };

export function createJobRuntime(deps: {
  db: Database;
  log: Logger;
  timing?: Partial<JobTiming>;
}): JobRuntime {
  const timing = { ...DEFAULT_TIMING, ...deps.timing };
  const log = deps.log.child({ component: 'jobs' });
  let started = false;
  let isWorking = false;
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => deps.db.executeSql(text, values) },
    schema: 'pgboss',
    migrate: true,
    supervise: true,
    maintenanceIntervalSeconds: timing.maintenanceIntervalSeconds,
    schedule: true,
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));

  return {
    async send(queue, data, options = {}) {
      return boss.send(queue, data, {
        ...(options.idempotencyKey ? { id: jobIdFor(queue, options.idempotencyKey) } : {}),
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
      });
    },

    async start(definitions, options) {
      isWorking = options.isWorking;
      await boss.start();
      started = true;
      for (const definition of definitions) {
        await boss.createQueue(definition.name, {
          name: definition.name,
          retryLimit: definition.retryLimit ?? 3,
          retryBackoff: true,
          retryDelay: definition.retryDelaySeconds ?? 5,
          expireInSeconds: definition.expireInSeconds ?? 15 * 60,
        });
      }
      if (!isWorking) return;
      for (const definition of definitions) {
        const handler = definition.handler as JobHandler<unknown>;
        await boss.work<unknown>(
          definition.name,
          { pollingIntervalSeconds: timing.pollingIntervalSeconds, batchSize: 1 },
          async ([job]) => {
            if (!job) return;
            await handler({ id: job.id, name: job.name, data: job.data });
          },
        );
        if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'UTC' });
      }
      log.info({ queues: definitions.map((d) => d.name) }, 'job workers started');
    },

    async stop(timeoutMs) {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false });
    },
  };
}
