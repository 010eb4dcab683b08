import { Me } from '@nexus/contracts';
import { describe, expect, it, vi } from 'vitest';
import { buildMe, buildProblem, jsonResponse, problemResponse } from '../test/fixtures.ts';
import { ApiError, isUnauthorized } from './api-error.ts';
import { createApiClient } from './http-client.ts';

const clientWith = (answer: () => Response | Promise<Response>) => {
  const fetchMock = vi.fn<typeof fetch>(async () => answer());
  return { client: createApiClient({ fetch: fetchMock }), fetchMock };
};

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('API client', () => {
  it('returns the body parsed by the contract schema', async () => {
    const me = buildMe();
    const { client } = clientWith(() => jsonResponse(200, { ...me, extra: 'dropped by the schema' }));
    await expect(client.json('/api/v1/me', Me)).resolves.toEqual(me);
  });

  it('turns problem+json into an ApiError carrying the whole problem', async () => {
    const problem = buildProblem({
      status: 400,
      code: 'validation_failed',
      title: 'Bad Request',
      detail: 'The request body is not valid.',
      errors: [{ pointer: '/body/email', detail: 'Invalid email address' }],
    });
    const { client } = clientWith(() => problemResponse(problem));
    const error = await failureOf(client.json('/api/v1/auth/sign-in', Me, { method: 'POST', body: {} }));
    expect(error.problem).toEqual(problem);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('The request body is not valid.');
  });

  it('recognises a 401 problem as unauthorised', async () => {
    const { client } = clientWith(() =>
      problemResponse(buildProblem({ status: 401, code: 'not_signed_in', detail: 'Sign in to continue.' })),
    );
    const error = await failureOf(client.json('/api/v1/me', Me));
    expect(isUnauthorized(error)).toBe(true);
    expect(error.code).toBe('not_signed_in');
  });

  it('describes an error without a problem body (a proxy page) with its status and request id', async () => {
    const { client } = clientWith(
      () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          headers: { 'content-type': 'text/html', 'x-request-id': 'proxy-123' },
        }),
    );
    const error = await failureOf(client.json('/api/v1/me', Me));
    expect(error.status).toBe(502);
    expect(error.code).toBe('unexpected_response');
    expect(error.problem.requestId).toBe('proxy-123');
    expect(error.problem.detail).toMatch(/server/i);
  });

  it('rejects a success body that does not match the contract', async () => {
    const { client } = clientWith(() => jsonResponse(200, { id: 'not-a-uuid' }));
    const error = await failureOf(client.json('/api/v1/me', Me));
    expect(error.code).toBe('unexpected_response');
  });

  it('reports an unreachable server as a network problem', async () => {
    const { client } = clientWith(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failureOf(client.json('/api/v1/me', Me));
    expect(error.status).toBe(0);
    expect(error.code).toBe('network_error');
  });

  it('lets a cancelled request stay a cancellation', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    const { client } = clientWith(() => Promise.reject(abort));
    await expect(client.json('/api/v1/me', Me, { signal: controller.signal })).rejects.toBe(abort);
  });

  it('sends JSON with a content type only when there is a body', async () => {
    const { client, fetchMock } = clientWith(() => new Response(null, { status: 204 }));
    await client.empty('/api/v1/auth/sign-out', { method: 'POST' });
    await client.empty('/api/v1/things', { method: 'POST', body: { a: 1 } });
    const [withoutBody, withBody] = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers));
    expect(withoutBody?.has('content-type')).toBe(false);
    expect(withBody?.get('content-type')).toBe('application/json');
    expect(fetchMock.mock.calls[1]?.[1]?.body).toBe('{"a":1}');
  });
});

describe('CSRF token', () => {
  const sentHeaders = (fetchMock: ReturnType<typeof vi.fn<typeof fetch>>, index: number) =>
    new Headers(fetchMock.mock.calls[index]?.[1]?.headers);

  it('sends the CSRF cookie as x-csrf-token on every unsafe request, read at send time', async () => {
    let cookies = 'theme=dark; nexus_csrf=first-token';
    const fetchMock = vi.fn<typeof fetch>(async () => new Response(null, { status: 204 }));
    const client = createApiClient({ fetch: fetchMock, cookies: () => cookies });

    await client.empty('/api/v1/things', { method: 'POST', body: { a: 1 } });
    cookies = 'nexus_csrf=second-token; theme=dark';
    await client.empty('/api/v1/things/1', { method: 'DELETE' });
    await client.empty('/api/v1/things/1', { method: 'PATCH', body: {} });

    expect(sentHeaders(fetchMock, 0).get('x-csrf-token')).toBe('first-token');
    expect(sentHeaders(fetchMock, 1).get('x-csrf-token')).toBe('second-token');
    expect(sentHeaders(fetchMock, 2).get('x-csrf-token')).toBe('second-token');
  });

  it('reads the __Host- cookie used over HTTPS, in preference to the plain one', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => new Response(null, { status: 204 }));
    const client = createApiClient({
      fetch: fetchMock,
      cookies: () => 'nexus_csrf=stale; __Host-nexus_csrf=secure-token',
    });
    await client.empty('/api/v1/auth/sign-out', { method: 'POST' });
    expect(sentHeaders(fetchMock, 0).get('x-csrf-token')).toBe('secure-token');
  });

  it('sends no token with a GET, nor when there is no CSRF cookie', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(200, buildMe()));
    let cookies = 'nexus_csrf=token';
    const client = createApiClient({ fetch: fetchMock, cookies: () => cookies });
    await client.json('/api/v1/me', Me);
    cookies = 'theme=dark; other_nexus_csrf=not-this-one';
    await client.json('/api/v1/me', Me, { method: 'POST' });
    expect(sentHeaders(fetchMock, 0).has('x-csrf-token')).toBe(false);
    expect(sentHeaders(fetchMock, 1).has('x-csrf-token')).toBe(false);
  });

  it("uses the document's cookies by default", async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: this test is about reading document.cookie.
    document.cookie = 'nexus_csrf=from-the-document; path=/';
    const fetchMock = vi.fn<typeof fetch>(async () => new Response(null, { status: 204 }));
    try {
      await createApiClient({ fetch: fetchMock }).empty('/api/v1/auth/sign-out', { method: 'POST' });
      expect(sentHeaders(fetchMock, 0).get('x-csrf-token')).toBe('from-the-document');
    } finally {
      // biome-ignore lint/suspicious/noDocumentCookie: this test is about reading document.cookie.
      document.cookie = 'nexus_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    }
  });
});
