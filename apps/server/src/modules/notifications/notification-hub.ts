import type { LiveNotification } from '@nexus/contracts';

/** A new notification for one user, as it travels from the process that stored it to those holding sockets. */
export type LiveEvent = { userId: string; notification: LiveNotification };
export type LiveListener = (notification: LiveNotification) => void;

/**
 * Where new notifications meet the WebSockets that show them. `publish` is called once the
 * notification's transaction has committed; every listener of that user, in whichever process holds
 * its socket, receives it. Live delivery is a courtesy on top of the stored notification: a message
 * lost here (no socket open, a process restarting) is still in the list the app reads.
 */
export type NotificationHub = {
  publish(event: LiveEvent): Promise<void>;
  /** Listens for one user's new notifications; returns the function that stops listening. */
  subscribe(userId: string, listener: LiveListener): () => void;
  close(): Promise<void>;
};

/** This process's listeners, by user: what every hub delivers to in the end. */
export function createListenerRegistry() {
  const byUser = new Map<string, Set<LiveListener>>();
  return {
    add(userId: string, listener: LiveListener): () => void {
      const listeners = byUser.get(userId) ?? new Set<LiveListener>();
      listeners.add(listener);
      byUser.set(userId, listeners);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) byUser.delete(userId);
      };
    },
    deliver(event: LiveEvent): void {
      for (const listener of byUser.get(event.userId) ?? []) {
        try {
          listener(event.notification);
        } catch {
          // One broken socket must not keep the message from the user's other tabs.
        }
      }
    },
  };
}

/** One process: the embedded installation, or a server without REDIS_URL. */
export function createLocalHub(): NotificationHub {
  const listeners = createListenerRegistry();
  return {
    async publish(event) {
      listeners.deliver(event);
    },
    subscribe: listeners.add,
    async close() {},
  };
}
