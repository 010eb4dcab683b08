import type { NotificationItem } from '@nexus/contracts';
import type { SocketLike } from './live/live-socket.ts';

/** A notification as the list shows it: unread, a minute old. */
export function buildNotification(overrides: Partial<NotificationItem> = {}): NotificationItem {
  return {
    id: '00000000-0000-4000-8000-000000000901',
    kind: 'dose-reminder',
    title: 'It is time for your 08:00 medicines',
    link: '/patient/medicines',
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    readAt: null,
    ...overrides,
  };
}

/** A WebSocket the test drives: it opens, receives and closes when told. */
export class FakeSocket implements SocketLike {
  static opened: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  closedWith: number | undefined;

  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }

  open() {
    this.onopen?.();
  }

  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  /** The server or the network closes it. */
  drop(code: number) {
    this.onclose?.({ code });
  }

  close(code?: number) {
    this.closedWith = code;
  }
}
