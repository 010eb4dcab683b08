import { LiveNotification } from '@nexus/contracts';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z } from 'zod';
import { createListenerRegistry, type NotificationHub } from './notification-hub.ts';

/** The part of a Redis connection the hub uses (ioredis; an in-memory broker in tests). */
export type PubSubConnection = {
  publish(channel: string, message: string): Promise<unknown>;
  subscribe(channel: string): Promise<unknown>;
  on(event: 'message', listener: (channel: string, message: string) => void): unknown;
  disconnect(): void;
};

export const LIVE_CHANNEL = 'nexus:notifications';

const LiveEventMessage = z.object({ userId: z.uuid(), notification: LiveNotification });

/**
 * Fan-out across server processes: every process that holds sockets subscribes to one Redis channel
 * and delivers what arrives to its own sockets, its own publications included (so a message reaches a
 * process's sockets by one path only). The subscription starts with the first socket, so workers and
 * command-line tools, which only publish, hold no subscriber connection. What arrives is parsed, not
 * trusted: the channel is shared infrastructure.
 */
export function createRedisHub(deps: {
  publisher: PubSubConnection;
  subscriber: () => PubSubConnection;
  log: Logger;
}): NotificationHub {
  const listeners = createListenerRegistry();
  let subscriber: PubSubConnection | undefined;

  function subscribeOnce(): void {
    if (subscriber) return;
    subscriber = deps.subscriber();
    subscriber.on('message', (channel, message) => {
      if (channel !== LIVE_CHANNEL) return;
      let event: z.infer<typeof LiveEventMessage>;
      try {
        event = LiveEventMessage.parse(JSON.parse(message));
      } catch {
        deps.log.warn('malformed live notification ignored');
        return;
      }
      listeners.deliver(event);
    });
    subscriber.subscribe(LIVE_CHANNEL).catch((error: unknown) => {
      deps.log.warn({ err: error }, 'live notification channel not subscribed');
    });
  }

  return {
    async publish(event) {
      await deps.publisher.publish(LIVE_CHANNEL, JSON.stringify(event));
    },
    subscribe(userId, listener) {
      subscribeOnce();
      return listeners.add(userId, listener);
    },
    async close() {
      deps.publisher.disconnect();
      subscriber?.disconnect();
    },
  };
}

/**
 * The hub over a Redis server at `url`. Connections open when first needed. A publication waits for a
 * reconnect once at most (a live message that cannot go is dropped; the notification itself is
 * stored); the subscriber reconnects and subscribes again by itself.
 */
export function redisHubFor(url: string, log: Logger): NotificationHub {
  const connect = (options: { maxRetriesPerRequest: number | null }) => {
    const connection = new Redis(url, { lazyConnect: true, ...options });
    // ioredis reconnects by itself; without a listener an 'error' event would end the process.
    connection.on('error', (error: Error & { code?: string }) =>
      log.warn({ code: error.code ?? 'error' }, 'redis connection error'),
    );
    return connection;
  };
  return createRedisHub({
    publisher: connect({ maxRetriesPerRequest: 1 }),
    subscriber: () => connect({ maxRetriesPerRequest: null }),
    log,
  });
}
