import { PlatformInfo, Readiness } from '@nexus/contracts';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testAuditSigner, testCipher } from '../../../test/factories.ts';
import { createFakeClock, createFakeQueue, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../config.ts';
import { readMigrations } from '../db/migrator.ts';
import { migrationsDir } from '../paths.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { METRICS_TOKEN: 'metrics-token-0123456789' } });
});
afterAll(() => t.close());

describe('health, readiness and metrics', () => {
  it('reports liveness', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(Readiness.parse(response.json())).toEqual({
      status: 'ready',
      checks: [
        { name: 'database', ok: true },
        { name: 'migrations', ok: true },
      ],
    });
  });

  it('is not ready while a migration is pending', async () => {
    const migrations = readMigrations(migrationsDir);
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', NEXUS_DEMO: '0' }),
      db: t.testDb.db,
      migrations: [
        ...migrations,
        { version: migrations.length + 1, name: 'future', sql: 'select 1', checksum: 'x' },
      ],
      queue: createFakeQueue(),
      clock: createFakeClock(),
      auditSigner: testAuditSigner,
      cipher: testCipher,
      logger: pino({ level: 'silent' }),
      webDistDir: undefined,
    });
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(Readiness.parse(response.json()).checks).toContainEqual({
      name: 'migrations',
      ok: false,
      detail: '1 migration(s) not applied',
    });
    await app.close();
  });

  it('is not ready once shutdown has begun', async () => {
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', NEXUS_DEMO: '0' }),
      db: t.testDb.db,
      migrations: readMigrations(migrationsDir),
      queue: createFakeQueue(),
      clock: createFakeClock(),
      auditSigner: testAuditSigner,
      cipher: testCipher,
      logger: pino({ level: 'silent' }),
      webDistDir: undefined,
      isShuttingDown: () => true,
    });
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    await app.close();
  });

  it('exposes a request latency histogram by route and status, behind the metrics token', async () => {
    await t.app.inject({ method: 'GET', url: '/healthz' });
    await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    await t.app.inject({ method: 'GET', url: '/api/v1/not-a-route/12345' });

    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const response = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer metrics-token-0123456789' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/healthz",status_code="200"\} \d+/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/me",status_code="401"\} 1/,
    );
    expect(text).toContain('route="unmatched",status_code="404"');
    expect(text).not.toContain('12345');
    expect(text).toContain('process_cpu_user_seconds_total');
  });
});

describe('platform info', () => {
  it('names the product and mode, and lists the demo accounts only on a demo installation', async () => {
    const info = PlatformInfo.parse((await t.app.inject({ method: 'GET', url: '/api/v1/platform' })).json());
    expect(info).toMatchObject({ product: 'LifeCare Nexus', isDemo: false, demoAccounts: [] });
    const demo = await createTestApp({ env: { NEXUS_DEMO: '1' } });
    const demoInfo = PlatformInfo.parse(
      (await demo.app.inject({ method: 'GET', url: '/api/v1/platform' })).json(),
    );
    await demo.close();
    expect(demoInfo.isDemo).toBe(true);
    expect(demoInfo.demoAccounts).toContainEqual({ email: 'doctor@demo.lifecare.test', role: 'doctor' });
    expect(JSON.stringify(demoInfo)).not.toContain('Nexus-Demo-2026!');
  });
});

describe('API description', () => {
  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
    };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/me',
        '/api/v1/auth/sign-in',
        '/api/v1/platform',
        '/healthz',
        '/readyz',
      ]),
    );
    const signInBody =
      document.paths['/api/v1/auth/sign-in']?.post?.requestBody?.content['application/json']?.schema;
    expect(signInBody).toMatchObject({ type: 'object', required: ['email', 'password'] });
  });

  it('serves the interactive documentation', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger-ui');
  });
});
