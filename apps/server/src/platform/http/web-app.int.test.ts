import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'nexus-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><meta property="csp-nonce" nonce="__NEXUS_CSP_NONCE__"></head><body><div id="root"></div><script type="module" src="/assets/app-1a2b3c.js" nonce="__NEXUS_CSP_NONCE__"></script></body></html>',
  );
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'console.log("app")');
  t = await createTestApp({ webDistDir: dist });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

const page = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html,*/*' } });

describe('serving the web app', () => {
  it('serves index.html with this response’s CSP nonce in place of the placeholder', async () => {
    const first = await page('/');
    const second = await page('/');
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    const nonce = /style-src 'self' 'nonce-([A-Za-z0-9_-]{22})'/.exec(
      String(first.headers['content-security-policy']),
    )?.[1];
    expect(nonce).toBeDefined();
    expect(first.body).toContain(`nonce="${nonce}"`);
    expect(first.body).not.toContain('__NEXUS_CSP_NONCE__');
    expect(second.body).not.toContain(`nonce="${nonce}"`);
  });

  it('answers client-side routes with the app', async () => {
    const response = await page('/doctor/patients');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
  });

  it('keeps API, FHIR and non-HTML misses as problem+json 404s', async () => {
    for (const url of ['/api/v1/nothing', '/fhir/R4/no/such/path/here']) {
      const response = await page(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const json = await t.app.inject({
      method: 'GET',
      url: '/doctor/patients',
      headers: { accept: 'application/json' },
    });
    expect(json.statusCode).toBe(404);
  });

  it('serves hashed assets with long-lived caching', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await t.app.inject({ method: 'GET', url: '/index.html' });
    expect(index.headers['cache-control']).not.toContain('immutable');
  });
});
