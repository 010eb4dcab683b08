import { randomUUID } from 'node:crypto';
import type { LiveNotification } from '@nexus/contracts';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createRedisHub, LIVE_CHANNEL, type PubSubConnection } from './redis-notification-hub.ts';

/** Redis pub/sub in memory: what one connection publishes, every subscribed connection receives. */
function createBroker() {
  const subscribers = new Map<string, Set<(channel: string, message: string) => void>>();
  let connections = 0;
  const connection = (): PubSubConnection => {
    connections += 1;
    const listeners: Array<(channel: string, message: string) => void> = [];
    const deliver = (channel: string, message: string) => {
      for (const listener of listeners) listener(channel, message);
    };
    return {
      async publish(channel, message) {
        for (const subscriber of subscribers.get(channel) ?? [])
          queueMicrotask(() => subscriber(channel, message));
        return subscribers.get(channel)?.size ?? 0;
      },
      async subscribe(channel) {
        const set = subscribers.get(channel) ?? new Set();
        set.add(deliver);
        subscribers.set(channel, set);
      },
      on(_event, listener) {
        listeners.push(listener);
      },
      disconnect() {
        for (const set of subscribers.values()) set.delete(deliver);
      },
    };
  };
  return {
    connection,
    get connections() {
      return connections;
    },
  };
}

const log = pino({ level: 'silent' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const notification = (): LiveNotification => ({
  id: randomUUID(),
  kind: 'dose-reminder',
  title: 'It is time for your 08:00 medicines',
  link: '/patient/medicines',
  createdAt: '2026-03-01T08:00:00.000Z',
});

describe('the Redis notification hub', () => {
  it('delivers a notification published by one process to the user’s sockets in every process, once', async () => {
    const broker = createBroker();
    const processes = [1, 2].map(() =>
      createRedisHub({ publisher: broker.connection(), subscriber: broker.connection, log }),
    );
    const [first, second] = processes;
    if (!first || !second) throw new Error('no hubs');
    const userId = randomUUID();
    const received: string[] = [];
    first.subscribe(userId, (n) => received.push(`first:${n.id}`));
    second.subscribe(userId, (n) => received.push(`second:${n.id}`));
    second.subscribe(randomUUID(), (n) => received.push(`someone else:${n.id}`));
    await settle();
    const message = notification();
    await first.publish({ userId, notification: message });
    await settle();
    expect(received.sort()).toEqual([`first:${message.id}`, `second:${message.id}`]);
    await Promise.all(processes.map((hub) => hub.close()));
  });

  it('opens no subscriber connection in a process without sockets', async () => {
    const broker = createBroker();
    const worker = createRedisHub({ publisher: broker.connection(), subscriber: broker.connection, log });
    await worker.publish({ userId: randomUUID(), notification: notification() });
    expect(broker.connections).toBe(1);
    await worker.close();
  });

  it('ignores what is not a notification', async () => {
    const broker = createBroker();
    const hub = createRedisHub({ publisher: broker.connection(), subscriber: broker.connection, log });
    const userId = randomUUID();
    const received: unknown[] = [];
    hub.subscribe(userId, (n) => received.push(n));
    await settle();
    const intruder = broker.connection();
    await intruder.publish(LIVE_CHANNEL, 'not json');
    await intruder.publish(
      LIVE_CHANNEL,
      JSON.stringify({ userId, notification: { title: 'Your HbA1c is 9%' } }),
    );
    await settle();
    expect(received).toEqual([]);
    await hub.close();
  });
});
