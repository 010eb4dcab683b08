import { LIVE_SESSION_ENDED_CODE } from '@nexus/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket } from '../notifications.test-helpers.ts';
import { connectLiveNotifications, liveSocketUrl } from './live-socket.ts';

const notification = {
  id: '00000000-0000-4000-8000-000000000901',
  kind: 'dose-reminder',
  title: 'It is time for your 08:00 medicines',
  link: '/patient/medicines',
  createdAt: '2026-03-01T08:00:00.000Z',
};

describe('the live notifications connection', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.opened = [];
  });
  afterEach(() => vi.useRealTimers());

  const connect = () => {
    const received: unknown[] = [];
    const connected: boolean[] = [];
    const ended = vi.fn();
    const stop = connectLiveNotifications({
      url: 'wss://care.example.org/ws',
      onNotification: (n) => received.push(n),
      onConnected: (isReconnect) => connected.push(isReconnect),
      onSessionEnded: ended,
      createSocket: (url) => new FakeSocket(url),
      random: () => 1,
    });
    const socket = (index: number) => {
      const found = FakeSocket.opened[index];
      if (!found) throw new Error(`no socket ${index}`);
      return found;
    };
    return { received, connected, ended, stop, socket };
  };

  it('connects to /ws on the page’s host, wss on https', () => {
    expect(liveSocketUrl({ protocol: 'https:', host: 'care.example.org' })).toBe('wss://care.example.org/ws');
    expect(liveSocketUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/ws');
  });

  it('passes on notifications and ignores anything else', () => {
    const live = connect();
    live.socket(0).open();
    live.socket(0).receive({ type: 'notification', notification });
    live.socket(0).receive({ type: 'something new', notification });
    live.socket(0).onmessage?.({ data: 'not json' });
    expect(live.received).toEqual([notification]);
    expect(live.connected).toEqual([false]);
  });

  it('reconnects with growing waits, and starts again from the shortest once connected', () => {
    const live = connect();
    live.socket(0).drop(1006);
    vi.advanceTimersByTime(999);
    expect(FakeSocket.opened).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.opened).toHaveLength(2);
    live.socket(1).drop(1006);
    vi.advanceTimersByTime(1_999);
    expect(FakeSocket.opened).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.opened).toHaveLength(3);
    live.socket(2).open();
    expect(live.connected, 'a reconnect: the list may have missed something').toEqual([true]);
    live.socket(2).drop(1001);
    vi.advanceTimersByTime(1_000);
    expect(FakeSocket.opened).toHaveLength(4);
  });

  it('stops when the session has ended', () => {
    const live = connect();
    live.socket(0).open();
    live.socket(0).drop(LIVE_SESSION_ENDED_CODE);
    vi.advanceTimersByTime(120_000);
    expect(live.ended).toHaveBeenCalledOnce();
    expect(FakeSocket.opened).toHaveLength(1);
  });

  it('closes for good when stopped', () => {
    const live = connect();
    live.socket(0).open();
    live.stop();
    expect(live.socket(0).closedWith).toBe(1000);
    live.socket(0).drop(1000);
    vi.advanceTimersByTime(120_000);
    expect(FakeSocket.opened).toHaveLength(1);
  });
});
