import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import type { DevicePush, DevicePushState, TurnOnResult } from './browser-push.ts';
import { applicationServerKey } from './browser-push.ts';
import { DevicePushSection } from './DevicePushSection.tsx';

const VAPID_KEY = `B${'A'.repeat(86)}`;
const subscription = {
  endpoint: 'https://push.example.org/send/device-1',
  expirationTime: null,
  keys: { p256dh: `B${'x'.repeat(86)}`, auth: 'y'.repeat(22) },
};

/** A browser whose push state the test sets, remembering what it was asked. */
function fakeDevice(initial: DevicePushState, onTurnOn: TurnOnResult = { kind: 'subscribed', subscription }) {
  let state = initial;
  const asked: string[] = [];
  const device: DevicePush = {
    async state() {
      return state;
    },
    async turnOn(key) {
      asked.push(`on:${key}`);
      if (onTurnOn.kind === 'subscribed') state = { kind: 'on', endpoint: onTurnOn.subscription.endpoint };
      return onTurnOn;
    },
    async turnOff() {
      asked.push('off');
      state = { kind: 'off' };
      return subscription.endpoint;
    },
  };
  return { device, asked };
}

const pushRoutes = () => ({
  'GET /api/v1/push/vapid-public-key': () => jsonResponse(200, { publicKey: VAPID_KEY }),
  'POST /api/v1/push/subscriptions': () => new Response(null, { status: 204 }),
  'DELETE /api/v1/push/subscriptions': () => new Response(null, { status: 204 }),
});

describe('notifications on this device', () => {
  it('turns them on: subscribes with the platform’s key and tells the server', async () => {
    const api = stubApi(pushRoutes());
    const { device, asked } = fakeDevice({ kind: 'off' });
    const view = renderWithProviders(<DevicePushSection device={device} />);
    await view.user.click(
      await screen.findByRole('button', { name: 'Turn on notifications on this device' }),
    );
    expect(await screen.findByText('Notifications are now on for this device.')).toBeTruthy();
    expect(asked).toEqual([`on:${VAPID_KEY}`]);
    const posted = api.calls.find((call) => call.method === 'POST');
    expect(JSON.parse(String(posted?.init?.body))).toEqual(subscription);
    expect(screen.getByRole('button', { name: 'Turn off notifications on this device' })).toBeTruthy();
  });

  it('turns them off: unsubscribes and tells the server which endpoint', async () => {
    const api = stubApi(pushRoutes());
    const { device } = fakeDevice({ kind: 'on', endpoint: subscription.endpoint });
    const view = renderWithProviders(<DevicePushSection device={device} />);
    expect(await screen.findByText('Notifications are on for this device.')).toBeTruthy();
    await view.user.click(screen.getByRole('button', { name: 'Turn off notifications on this device' }));
    expect(await screen.findByText('Notifications are now off for this device.')).toBeTruthy();
    const removed = api.calls.find((call) => call.method === 'DELETE');
    expect(JSON.parse(String(removed?.init?.body))).toEqual({ endpoint: subscription.endpoint });
  });

  it('changes nothing when the browser does not allow it', async () => {
    const api = stubApi(pushRoutes());
    const { device } = fakeDevice({ kind: 'off' }, { kind: 'not-allowed' });
    const view = renderWithProviders(<DevicePushSection device={device} />);
    await view.user.click(
      await screen.findByRole('button', { name: 'Turn on notifications on this device' }),
    );
    expect(await screen.findByText('Notifications were not allowed')).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('shows the server’s explanation when it refuses the subscription', async () => {
    stubApi({
      ...pushRoutes(),
      'POST /api/v1/push/subscriptions': () =>
        problemResponse(
          buildProblem({
            status: 400,
            code: 'validation_failed',
            detail: 'endpoint: must be an https:// address',
          }),
        ),
    });
    const { device } = fakeDevice({ kind: 'off' });
    const view = renderWithProviders(<DevicePushSection device={device} />);
    await view.user.click(
      await screen.findByRole('button', { name: 'Turn on notifications on this device' }),
    );
    expect(await screen.findByText('Notifications could not be turned on')).toBeTruthy();
    expect(screen.getByText('endpoint: must be an https:// address')).toBeTruthy();
  });

  it.each([
    [{ kind: 'unsupported' } as const, 'This browser cannot show notifications from websites.'],
    [{ kind: 'blocked' } as const, /blocks notifications from LifeCare Nexus/],
  ])('explains a browser that is %o', async (state, text) => {
    stubApi(pushRoutes());
    renderWithProviders(<DevicePushSection device={fakeDevice(state).device} />);
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('turns the base64url key into the bytes PushManager wants', () => {
    const bytes = applicationServerKey('AQID_-8');
    expect([...bytes]).toEqual([1, 2, 3, 255, 239]);
  });
});
