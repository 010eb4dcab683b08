import type { AddressInfo } from 'node:net';
import { LIVE_SESSION_ENDED_CODE, LiveMessage } from '@nexus/contracts';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildUser, type TestUser } from '../../../test/factories.ts';
import { SESSION_COOKIE, type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { notificationDispatcherFor } from './index.ts';
import { createLocalHub } from './notification-hub.ts';
import { createRecordingQueue } from './notifications.test-helpers.ts';

type Opened = { socket: WebSocket; messages: LiveMessage[]; closed: Promise<{ code: number }> };

/** Opens /ws as a browser would (cookie, Origin); resolves when open, or with the HTTP status it was refused with. */
function openSocket(url: string, headers: Record<string, string>): Promise<Opened | { refusedWith: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    const messages: LiveMessage[] = [];
    socket.on('message', (data) => messages.push(LiveMessage.parse(JSON.parse(String(data)))));
    const closed = new Promise<{ code: number }>((done) => socket.on('close', (code) => done({ code })));
    socket.on('open', () => resolve({ socket, messages, closed }));
    socket.on('unexpected-response', (_request, response) => {
      resolve({ refusedWith: response.statusCode ?? 0 });
      socket.terminate();
    });
    socket.on('error', reject);
  });
}

const waitFor = async (condition: () => boolean, timeoutMs = 5_000) => {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('GET /ws, live notifications', () => {
  const hub = createLocalHub();
  let t: TestApp;
  let origin: string;
  let url: string;
  let alice: TestUser;
  let bob: TestUser;
  let aliceClient: SignedInClient;
  let bobClient: SignedInClient;
  const dispatcher = () =>
    notificationDispatcherFor({
      hub,
      queue: createRecordingQueue(),
      clock: t.clock,
      log: pino({ level: 'silent' }),
    });

  beforeAll(async () => {
    t = await createTestApp({ notificationHub: hub, env: { WS_HEARTBEAT_SECONDS: '1' } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    origin = `http://127.0.0.1:${port}`;
    url = `ws://127.0.0.1:${port}/ws`;
    alice = await buildUser(t.testDb.db, t.clock, { role: 'patient' });
    bob = await buildUser(t.testDb.db, t.clock, { role: 'patient' });
    aliceClient = await signedIn(t, alice);
    bobClient = await signedIn(t, bob);
  });
  afterAll(() => t?.close());

  const as = (client: SignedInClient, extra: Record<string, string> = {}) => ({
    cookie: `${SESSION_COOKIE}=${client.sessionCookie}`,
    origin,
    ...extra,
  });
  const opened = async (client: SignedInClient) => {
    const result = await openSocket(url, as(client));
    if ('refusedWith' in result) throw new Error(`refused with ${result.refusedWith}`);
    return result;
  };

  it('sends a new notification to its user’s sockets, and to nobody else’s', async () => {
    const aliceTab = await opened(aliceClient);
    const aliceOtherTab = await opened(aliceClient);
    const bobTab = await opened(bobClient);
    const made = await dispatcher().notify(
      t.testDb.db.kysely,
      {
        userId: alice.id,
        kind: 'dose-reminder',
        title: 'It is time for your 08:00 medicines',
        link: '/patient/medicines',
      },
      { channels: ['in-app'] },
    );
    if (made.status !== 'created') throw new Error('not created');
    await waitFor(() => aliceTab.messages.length > 0 && aliceOtherTab.messages.length > 0);
    expect(aliceTab.messages).toEqual([
      {
        type: 'notification',
        notification: {
          id: made.notificationId,
          kind: 'dose-reminder',
          title: 'It is time for your 08:00 medicines',
          link: '/patient/medicines',
          createdAt: t.clock.now().toISOString(),
        },
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bobTab.messages).toEqual([]);
    for (const tab of [aliceTab, aliceOtherTab, bobTab]) tab.socket.close();
  });

  it('refuses an upgrade without a session (401) and from another site (403)', async () => {
    expect(await openSocket(url, { origin })).toEqual({ refusedWith: 401 });
    expect(await openSocket(url, { ...as(aliceClient), origin: 'https://evil.example' })).toEqual({
      refusedWith: 403,
    });
    expect(await openSocket(url, { ...as(aliceClient), origin: 'null' })).toEqual({ refusedWith: 403 });
  });

  it('closes the sockets of a session that signed out at the next heartbeat', async () => {
    const signedOut = await signedIn(t, alice);
    const tab = await opened(signedOut);
    const stays = await opened(aliceClient);
    const response = await signedOut.request({ method: 'POST', url: '/api/v1/auth/sign-out' });
    expect(response.statusCode).toBeLessThan(300);
    expect(await tab.closed).toEqual({ code: LIVE_SESSION_ENDED_CODE });
    expect(stays.socket.readyState).toBe(WebSocket.OPEN);
    stays.socket.close();
  });

  it('answers a plain GET (no upgrade) with 404 for a signed-in user', async () => {
    const response = await aliceClient.request({ method: 'GET', url: '/ws' });
    expect(response.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/ws' })).json()).toMatchObject({
      status: 401,
      code: 'not_signed_in',
    });
  });
  // Last: it moves the clock past every session's idle timeout.
  it('does not keep an unattended session alive: it idles out and its socket closes', async () => {
    const client = await signedIn(t, bob);
    const tab = await opened(client);
    t.clock.advance(20 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(tab.socket.readyState, 'still within the idle timeout').toBe(WebSocket.OPEN);
    t.clock.advance(11 * 60_000);
    expect(await tab.closed).toEqual({ code: LIVE_SESSION_ENDED_CODE });
  });
});
