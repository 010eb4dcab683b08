import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import type { Authentication } from '../../platform/auth/actor.ts';
import type { SessionCookieOptions } from '../../platform/auth/session-cookie.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/job-queue.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { liveRoutes } from './live.routes.ts';
import { createLiveConnections } from './live-connections.ts';
import { createNotificationDispatcher } from './notification-dispatcher.ts';
import { createLocalHub, type NotificationHub } from './notification-hub.ts';
import { createNotificationInbox } from './notification-inbox.service.ts';
import { createNotificationsRepo } from './notifications.repo.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { createPushRepo } from './push.repo.ts';
import { pushRoutes } from './push.routes.ts';
import { createPushSubscriptions } from './push-subscriptions.service.ts';
import { redisHubFor } from './redis-notification-hub.ts';
import { createVapidKeys } from './vapid-keys.ts';

export type {
  NewNotification,
  NotificationChannel,
  NotificationDispatcher,
  NotifyOptions,
  NotifyResult,
} from './notification-dispatcher.ts';
export type { NotificationHub } from './notification-hub.ts';
export { createLocalHub } from './notification-hub.ts';
export { notificationJobs } from './notifications.jobs.ts';
export type { SmsSender } from './sms-sender.ts';

/** The process's hub: through Redis when REDIS_URL is set (several server processes), else in-process. */
export function notificationHubFor(config: Pick<Config, 'redisUrl'>, log: Logger): NotificationHub {
  return config.redisUrl ? redisHubFor(config.redisUrl, log) : createLocalHub();
}

/**
 * The dispatcher for code outside the HTTP app (background jobs): the same as the module's, on the
 * process's hub, so live messages reach this process's sockets (or, through Redis, any process's).
 */
export function notificationDispatcherFor(deps: {
  hub: NotificationHub;
  queue: JobQueue;
  clock: Clock;
  log: Logger;
}) {
  return createNotificationDispatcher({ ...deps, repo: createNotificationsRepo() });
}

/**
 * Notifications for every module: `dispatcher.notify(trx, notification, { channels })` stores one in
 * the caller's transaction and sends it in-app (the list, and live over the WebSocket `/ws`), by web
 * push, e-mail (the mail outbox) and SMS (the delivery job, see notificationJobs). Routes: the user's
 * list and read marks, push subscriptions, the WebSocket.
 */
export function createNotificationsModule(deps: {
  db: Executor;
  clock: Clock;
  cipher: Pick<EnvelopeCipher, 'encrypt' | 'decryptText'>;
  queue: JobQueue;
  log: Logger;
  audit: AuditRecorder;
  hub: NotificationHub;
  /** The session behind a cookie token (identity); `isActivity: false` must not extend it. */
  authenticate: (token: string, options: { isActivity: boolean }) => Promise<Authentication | undefined>;
  cookie: SessionCookieOptions;
  config: Pick<Config, 'notifications'>;
}) {
  const repo = createNotificationsRepo();
  const pushRepo = createPushRepo();
  const dispatcher = createNotificationDispatcher({ ...deps, repo });
  const inbox = createNotificationInbox({ db: deps.db, repo, clock: deps.clock });
  const vapid = createVapidKeys({ ...deps, repo: pushRepo, config: deps.config.notifications });
  const subscriptions = createPushSubscriptions({ ...deps, repo: pushRepo, vapid });
  const connections = createLiveConnections({
    hub: deps.hub,
    isSessionLive: async (token) =>
      (await deps.authenticate(token, { isActivity: false }))?.stage === 'complete',
    heartbeatMs: deps.config.notifications.heartbeatSeconds * 1000,
  });
  const routes: FastifyPluginAsync = async (app) => {
    await app.register(notificationsRoutes({ inbox }));
    await app.register(pushRoutes({ subscriptions }));
    await app.register(liveRoutes({ connections, cookie: deps.cookie }));
  };
  return { dispatcher, inbox, connections, routes };
}
export type NotificationsModule = ReturnType<typeof createNotificationsModule>;
