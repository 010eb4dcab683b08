import { LIVE_SESSION_ENDED_CODE, type LiveMessage } from '@nexus/contracts';
import type { WebSocket } from 'ws';
import type { NotificationHub } from './notification-hub.ts';

type Connection = {
  socket: WebSocket;
  userId: string;
  sessionToken: string;
  /** Answered the last ping. */
  isAlive: boolean;
  unsubscribe: () => void;
};

/** Going away (RFC 6455): the server is shutting down; the app reconnects to another process. */
const GOING_AWAY = 1001;

/**
 * The open WebSockets of this process. Each hears its user's new notifications from the hub. A
 * heartbeat pings every socket: one that did not answer the previous ping is dropped (its network
 * went away without a close), and each socket's session is checked again without counting as the
 * user's activity, so a session that ended (signed out, expired, idle, revoked elsewhere) closes its
 * sockets at the next beat at the latest, with code 4401.
 */
export function createLiveConnections(deps: {
  hub: Pick<NotificationHub, 'subscribe'>;
  /** Whether the session behind a cookie token is still live; must not extend it. */
  isSessionLive: (sessionToken: string) => Promise<boolean>;
  heartbeatMs: number;
}) {
  const connections = new Set<Connection>();
  let heartbeat: NodeJS.Timeout | undefined;

  function send(socket: WebSocket, message: LiveMessage) {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  }

  function beat() {
    const checks = new Map<string, Promise<boolean>>();
    for (const connection of connections) {
      if (!connection.isAlive) {
        connection.socket.terminate();
        continue;
      }
      connection.isAlive = false;
      connection.socket.ping();
      let check = checks.get(connection.sessionToken);
      if (!check) {
        // A database hiccup is not a reason to drop everyone: the next beat asks again.
        check = deps.isSessionLive(connection.sessionToken).catch(() => true);
        checks.set(connection.sessionToken, check);
      }
      void check.then((isLive) => {
        if (!isLive) connection.socket.close(LIVE_SESSION_ENDED_CODE, 'session ended');
      });
    }
  }

  return {
    /** Serves one socket of a signed-in user until it closes. */
    attach(socket: WebSocket, owner: { userId: string; sessionToken: string }): void {
      const connection: Connection = {
        socket,
        ...owner,
        isAlive: true,
        unsubscribe: deps.hub.subscribe(owner.userId, (notification) =>
          send(socket, { type: 'notification', notification }),
        ),
      };
      connections.add(connection);
      socket.on('pong', () => {
        connection.isAlive = true;
      });
      socket.on('close', () => {
        connection.unsubscribe();
        connections.delete(connection);
      });
      // The client has nothing to say: anything it sends is ignored.
      heartbeat ??= setInterval(beat, deps.heartbeatMs).unref();
    },

    /** Closes every socket (shutdown) and stops the heartbeat. */
    close(): void {
      clearInterval(heartbeat);
      heartbeat = undefined;
      for (const connection of connections) connection.socket.close(GOING_AWAY, 'server shutting down');
    },

    get size() {
      return connections.size;
    },
  };
}
export type LiveConnections = ReturnType<typeof createLiveConnections>;
