import { LIVE_SESSION_ENDED_CODE, LiveMessage, type LiveNotification } from '@nexus/contracts';

/** What the connection needs of a WebSocket (the browser's; a fake in tests). */
export type SocketLike = {
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  close(code?: number): void;
};

export type LiveConnectionOptions = {
  url: string;
  onNotification: (notification: LiveNotification) => void;
  /** Connected; `isReconnect` after a lost or failed connection, when notifications may have been missed. */
  onConnected: (isReconnect: boolean) => void;
  /** The server closed the socket because the session ended: no reconnecting, sign in again. */
  onSessionEnded: () => void;
  createSocket?: (url: string) => SocketLike;
  /** First wait after a lost connection, doubled each time up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
};

/** The live notifications socket of this page: `/ws` on the page's own host. */
export const liveSocketUrl = (location: Pick<Location, 'protocol' | 'host'>): string =>
  `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;

/**
 * Keeps a WebSocket to the server open while the page is signed in: reconnects with exponential
 * backoff and jitter (so that a restarted server is not met by every browser at the same moment),
 * starting again from the shortest wait once a connection has opened. Returns the function that
 * closes it for good.
 */
export function connectLiveNotifications(options: LiveConnectionOptions): () => void {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as SocketLike);
  const initialDelayMs = options.initialDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  const random = options.random ?? Math.random;
  let socket: SocketLike | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let isStopped = false;

  function open() {
    const isReconnect = socket !== undefined;
    const current = createSocket(options.url);
    socket = current;
    current.onopen = () => {
      failures = 0;
      options.onConnected(isReconnect);
    };
    current.onmessage = (event) => {
      let message: LiveMessage;
      try {
        message = LiveMessage.parse(JSON.parse(String(event.data)));
      } catch {
        return;
      }
      if (message.type === 'notification') options.onNotification(message.notification);
    };
    current.onclose = (event) => {
      if (isStopped || socket !== current) return;
      if (event.code === LIVE_SESSION_ENDED_CODE) {
        options.onSessionEnded();
        return;
      }
      const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** failures) * (0.5 + random() / 2);
      failures += 1;
      retry = setTimeout(open, delay);
    };
  }

  open();
  return () => {
    isStopped = true;
    clearTimeout(retry);
    socket?.close(1000);
  };
}
