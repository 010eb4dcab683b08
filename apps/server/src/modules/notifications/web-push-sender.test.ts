import { createECDH, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import webPush from 'web-push';
import type { PushSubscriptionRow } from './push.repo.ts';
import { createWebPushSender, pushOutcomeOf } from './web-push-sender.ts';

// web-push's own decryption library (RFC 8188), to read what the push service would carry.
const requireFromWebPush = createRequire(createRequire(import.meta.url).resolve('web-push'));
const ece = requireFromWebPush('http_ece') as {
  decrypt(body: Buffer, params: { version: string; privateKey: unknown; authSecret: string }): Buffer;
};

/** A browser's side of a subscription: its key pair and secret. */
function browser(): { subscription: PushSubscriptionRow; ecdh: ReturnType<typeof createECDH>; auth: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16).toString('base64url');
  return {
    ecdh,
    auth,
    subscription: {
      id: 'subscription-1',
      endpoint: 'https://push.example.org/send/abc',
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth,
    },
  };
}

const vapid = { subject: 'mailto:admin@example.org', ...webPush.generateVAPIDKeys() };
const payload = { title: 'It is time for your 08:00 medicines', link: '/patient/medicines' };

describe('the web push sender', () => {
  it('sends the title and link only, encrypted for the browser, signed with the VAPID key', async () => {
    const { subscription, ecdh, auth } = browser();
    const requests: webPush.RequestDetails[] = [];
    const sender = createWebPushSender(async (target, body, options) => {
      requests.push(webPush.generateRequestDetails(target, body ?? undefined, options));
      return { statusCode: 201, body: '', headers: {} };
    });
    expect(await sender.send(subscription, payload, vapid)).toEqual({ kind: 'accepted' });
    const [request] = requests;
    if (!request?.body) throw new Error('no request');
    expect(request.endpoint).toBe(subscription.endpoint);
    expect(request.headers.Authorization).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`),
    );
    expect(request.headers['Content-Encoding']).toBe('aes128gcm');
    expect(request.headers.TTL).toBe(4 * 3600);
    expect(request.body.toString('latin1')).not.toContain('medicines');
    const plain = ece.decrypt(request.body, { version: 'aes128gcm', privateKey: ecdh, authSecret: auth });
    expect(JSON.parse(plain.toString('utf8'))).toEqual(payload);
  });

  it('calls a subscription with unusable keys invalid, without a request', async () => {
    const { subscription } = browser();
    let requests = 0;
    const sender = createWebPushSender(async () => {
      requests += 1;
      return { statusCode: 201, body: '', headers: {} };
    });
    expect(await sender.send({ ...subscription, p256dh: 'AAAA' }, payload, vapid)).toEqual({
      kind: 'failed',
      reason: 'invalid_subscription',
      isRetryable: false,
    });
    expect(requests).toBe(0);
  });

  it.each([
    [404, { kind: 'gone' }],
    [410, { kind: 'gone' }],
    [429, { kind: 'failed', reason: 'HTTP 429', isRetryable: true }],
    [503, { kind: 'failed', reason: 'HTTP 503', isRetryable: true }],
    [400, { kind: 'failed', reason: 'HTTP 400', isRetryable: false }],
    [403, { kind: 'failed', reason: 'HTTP 403', isRetryable: false }],
  ])('reads a push service’s %i', async (status, outcome) => {
    const { subscription } = browser();
    const sender = createWebPushSender(async () => {
      throw new webPush.WebPushError(
        'Received unexpected response code',
        status,
        {},
        'endpoint echoed',
        subscription.endpoint,
      );
    });
    expect(await sender.send(subscription, payload, vapid)).toEqual(outcome);
  });

  it('retries when the connection failed', () => {
    expect(pushOutcomeOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toEqual(
      {
        kind: 'failed',
        reason: 'network_error',
        isRetryable: true,
      },
    );
  });
});
