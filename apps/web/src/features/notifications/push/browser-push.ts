import { PushSubscriptionRequest } from '@nexus/contracts';

/** Where this device stands with notifications from the platform. */
export type DevicePushState =
  | { kind: 'unsupported' }
  /** The user (or a policy) blocked notifications for the site; only the browser's settings change that. */
  | { kind: 'blocked' }
  | { kind: 'off' }
  | { kind: 'on'; endpoint: string };

/** The outcome of asking to turn notifications on. */
export type TurnOnResult =
  | { kind: 'subscribed'; subscription: PushSubscriptionRequest }
  | { kind: 'not-allowed' };

/** The browser's side of web push: the service worker, the permission, the subscription. A fake in tests. */
export type DevicePush = {
  state(): Promise<DevicePushState>;
  /** Asks for permission (from a click: browsers require it), registers the worker and subscribes. */
  turnOn(vapidPublicKey: string): Promise<TurnOnResult>;
  /** Unsubscribes; returns the endpoint that was subscribed, if any. */
  turnOff(): Promise<string | null>;
};

const SERVICE_WORKER_URL = '/sw.js';

/** The VAPID key as PushManager wants it: the bytes, not base64url. */
export function applicationServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const isSupported = () =>
  typeof navigator !== 'undefined' &&
  'serviceWorker' in navigator &&
  typeof window !== 'undefined' &&
  'PushManager' in window &&
  'Notification' in window;

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration(SERVICE_WORKER_URL);
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Web push in this browser, through the service worker at /sw.js (which shows and opens them). */
export const browserPush: DevicePush = {
  async state() {
    if (!isSupported()) return { kind: 'unsupported' };
    if (Notification.permission === 'denied') return { kind: 'blocked' };
    const subscription = Notification.permission === 'granted' ? await currentSubscription() : null;
    return subscription ? { kind: 'on', endpoint: subscription.endpoint } : { kind: 'off' };
  },

  async turnOn(vapidPublicKey) {
    if ((await Notification.requestPermission()) !== 'granted') return { kind: 'not-allowed' };
    await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
    const registration = await navigator.serviceWorker.ready;
    // One made with an earlier key would make subscribe fail; the server drops its endpoint when it is gone.
    await (await registration.pushManager.getSubscription())?.unsubscribe();
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: applicationServerKey(vapidPublicKey),
    });
    return { kind: 'subscribed', subscription: PushSubscriptionRequest.parse(subscription.toJSON()) };
  },

  async turnOff() {
    if (!isSupported()) return null;
    const subscription = await currentSubscription();
    if (!subscription) return null;
    await subscription.unsubscribe();
    return subscription.endpoint;
  },
};
