import type { FastifyInstance, RouteOptions } from 'fastify';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import type { NotificationHub } from '../src/modules/notifications/index.ts';
import type { Clock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { readMigrations } from '../src/platform/db/migrator.ts';
import type { JobQueue, SendOptions } from '../src/platform/jobs/job-queue.ts';
import { loggerOptions } from '../src/platform/observability/logger.ts';
import { migrationsDir } from '../src/platform/paths.ts';
import { testAuditSigner, testCipher } from './factories.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** A clock a test moves by hand. */
export function createFakeClock(start = new Date('2026-03-01T09:00:00Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  } satisfies Clock & { advance(ms: number): void };
}

/** Records what was enqueued instead of running it. */
export function createFakeQueue() {
  const sent: { queue: string; data: object; options: SendOptions | undefined }[] = [];
  return {
    sent,
    async send(queue: string, data: object, options?: SendOptions) {
      sent.push({ queue, data, options });
      return String(sent.length);
    },
  } satisfies JobQueue & { sent: unknown[] };
}

export type TestApp = {
  app: FastifyInstance;
  testDb: TestDatabase;
  clock: ReturnType<typeof createFakeClock>;
  close(): Promise<void>;
};

/** The real app on a fresh migrated database, a fake clock and queue, and silent logs. */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    webDistDir?: string;
    extendApp?: (app: FastifyInstance) => Promise<void> | void;
    /** Sees every route as the app registers it (before the app's own checks run on it). */
    onRoute?: (route: RouteOptions) => void;
    /** The hub live notifications travel through, for tests that notify and listen on a socket. */
    notificationHub?: NotificationHub;
  } = {},
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', NEXUS_DEMO: '0', ...options.env });
  const testDb = await createTestDatabase();
  const clock = createFakeClock();
  const app = await buildApp({
    config,
    db: testDb.db,
    migrations: readMigrations(migrationsDir),
    queue: createFakeQueue(),
    clock,
    auditSigner: testAuditSigner,
    cipher: testCipher,
    logger: pino(loggerOptions('silent')),
    webDistDir: options.webDistDir,
    ...(options.onRoute ? { onRoute: options.onRoute } : {}),
    ...(options.notificationHub ? { notificationHub: options.notificationHub } : {}),
  });
  await options.extendApp?.(app);
  await app.ready();
  return {
    app,
    testDb,
    clock,
    async close() {
      await app.close();
      await testDb.destroy();
    },
  };
}
