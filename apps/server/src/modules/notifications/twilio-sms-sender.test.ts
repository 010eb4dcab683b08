import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioSmsSender } from './twilio-sms-sender.ts';

const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const AUTH_TOKEN = 'test-auth-token-0123456789';

type Received = {
  method: string;
  url: string;
  authorization: string;
  contentType: string;
  form: URLSearchParams;
};

/** Twilio's Messages API as far as the adapter sees it, on loopback: answers what the test sets. */
describe('the Twilio SMS sender', () => {
  const received: Received[] = [];
  let answer: (response: ServerResponse) => void = () => {};
  let baseUrl = '';
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization ?? '',
        contentType: request.headers['content-type'] ?? '',
        form: new URLSearchParams(body),
      });
      answer(response);
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const json =
    (status: number, body: unknown, headers: Record<string, string> = {}) =>
    (response: ServerResponse) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
  const sender = (from = '+15005550006') =>
    createTwilioSmsSender({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from, baseUrl });
  const message = { to: '+447700900123', body: 'LifeCare Nexus: It is time', kind: 'dose-reminder' as const };

  it('posts the message form-encoded with basic auth, and takes a 201 as accepted', async () => {
    received.length = 0;
    answer = json(201, { sid: `SM${'a'.repeat(32)}`, status: 'queued' });
    expect(await sender().send(message)).toEqual({ kind: 'accepted' });
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
    expect(request?.authorization).toBe(
      `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`,
    );
    expect(request?.contentType).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      To: '+447700900123',
      Body: 'LifeCare Nexus: It is time',
      From: '+15005550006',
    });
  });

  it('sends through a Messaging Service when the sender is one', async () => {
    received.length = 0;
    answer = json(201, { sid: `SM${'b'.repeat(32)}` });
    const service = `MG${'c'.repeat(32)}`;
    await sender(service).send(message);
    expect(received[0]?.form.get('MessagingServiceSid')).toBe(service);
    expect(received[0]?.form.has('From')).toBe(false);
  });

  it('keeps Twilio’s error code of a refusal, never its message, and does not retry it', async () => {
    answer = json(400, {
      code: 21211,
      message: "The 'To' number +447700900123 is not a valid phone number.",
      status: 400,
    });
    expect(await sender().send(message)).toEqual({
      kind: 'failed',
      reason: 'HTTP 400 twilio 21211',
      isRetryable: false,
    });
  });

  it('retries when throttled, after the Retry-After Twilio gives', async () => {
    answer = json(429, { code: 20429, message: 'Too Many Requests' }, { 'retry-after': '30' });
    expect(await sender().send(message)).toEqual({
      kind: 'failed',
      reason: 'HTTP 429',
      isRetryable: true,
      retryAfterMs: 30_000,
    });
  });

  it('retries a server error', async () => {
    answer = json(503, { message: 'Service Unavailable' });
    expect(await sender().send(message)).toEqual({ kind: 'failed', reason: 'HTTP 503', isRetryable: true });
  });

  it('retries when Twilio cannot be reached or does not answer in time', async () => {
    const unreachable = createTwilioSmsSender({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      from: '+15005550006',
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(await unreachable.send(message)).toEqual({
      kind: 'failed',
      reason: 'network_error',
      isRetryable: true,
    });
    answer = () => {};
    const slow = createTwilioSmsSender({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      from: '+15005550006',
      baseUrl,
      timeoutMs: 200,
    });
    expect(await slow.send(message)).toEqual({ kind: 'failed', reason: 'network_error', isRetryable: true });
  });
});
