import { Problem } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { PUBLIC } from '../auth/access-rule.ts';

const SECRET_DETAIL = 'connection to 10.0.0.7 failed for user clinic_admin';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    env: { BODY_LIMIT_BYTES: '2048' },
    extendApp: (app) => {
      app.post(
        '/api/v1/test/echo',
        {
          config: { access: PUBLIC },
          schema: { body: z.object({ name: z.string().min(2), age: z.number().int() }) },
        },
        async (request) => request.body,
      );
      app.get('/api/v1/test/boom', { config: { access: PUBLIC } }, async () => {
        throw new Error(SECRET_DETAIL);
      });
    },
  });
});
afterAll(() => t.close());

async function expectStillServing() {
  const response = await t.app.inject({ method: 'GET', url: '/healthz' });
  expect(response.statusCode).toBe(200);
}

function expectProblem(
  response: { headers: Record<string, unknown>; json(): unknown },
  status: number,
  code: string,
) {
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const problem = Problem.parse(response.json());
  expect(problem).toMatchObject({ status, code, type: `urn:lifecare-nexus:problem:${code}` });
  expect(problem.requestId).toBe(response.headers['x-request-id']);
  return problem;
}

describe('errors are RFC 9457 problem+json', () => {
  it('rejects malformed JSON with 400 and keeps serving', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "Al", ',
    });
    expect(response.statusCode).toBe(400);
    expectProblem(response, 400, 'malformed_json');
    await expectStillServing();
  });

  it('reports each invalid field with a JSON pointer', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { name: 'A', age: 1.5 },
    });
    const problem = expectProblem(response, 400, 'validation_failed');
    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(['/body/age', '/body/name']);
  });

  it('answers an unknown route with 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing?name=Smith' });
    const problem = expectProblem(response, 404, 'not_found');
    expect(problem.instance).toBe('/api/v1/no-such-thing');
    await expectStillServing();
  });

  it('answers a known route with the wrong method with 405 and Allow', async () => {
    const response = await t.app.inject({ method: 'DELETE', url: '/api/v1/me' });
    expectProblem(response, 405, 'method_not_allowed');
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('rejects a body over the limit with 413 and keeps serving', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { name: 'x'.repeat(4096), age: 1 },
    });
    expectProblem(response, 413, 'body_too_large');
    await expectStillServing();
  });

  it('rejects an unsupported media type with 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/xml' },
      payload: '<name/>',
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('hides internals of an unexpected error behind a 500', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/test/boom' });
    const problem = expectProblem(response, 500, 'internal_error');
    expect(response.body).not.toContain('10.0.0.7');
    expect(response.body).not.toContain('clinic_admin');
    expect(response.body).not.toContain('.ts:');
    expect(problem.detail).toMatch(/request id/);
    await expectStillServing();
  });
});

describe('request ids and headers', () => {
  it('keeps a well-formed incoming request id and makes one otherwise', async () => {
    const kept = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'trace-12345678' },
    });
    expect(kept.headers['x-request-id']).toBe('trace-12345678');
    const replaced = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id <script>' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends a strict Content-Security-Policy and no-store', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/platform' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
