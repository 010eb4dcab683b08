import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino(loggerOptions('info'), stream), lines };
}

describe('logging keeps health data and secrets out', () => {
  it('redacts identifying, clinical and secret fields one level down', () => {
    const { log, lines } = capture();
    log.info(
      {
        patient: { name: 'Jane Doe', birthDate: '1961-04-02', email: 'jane@example.org', id: 'p-1' },
        login: { password: 'hunter2', token: 'abc' },
        observation: { note: 'smokes 20/day', valueQuantity: { value: 7.1 } },
      },
      'something happened',
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ['Jane Doe', '1961-04-02', 'jane@example.org', 'hunter2', 'abc', 'smokes', '7.1']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('p-1');
    expect(text).toContain('[redacted]');
  });

  it('logs a request by path and route only: no query string, headers or body', () => {
    const { log, lines } = capture();
    log.info(
      {
        req: {
          method: 'GET',
          url: '/fhir/R4/Patient?name=Doe&birthdate=1961-04-02',
          routeOptions: { url: '/fhir/R4/Patient' },
          ip: '127.0.0.1',
          headers: { cookie: 'session=secret', authorization: 'Bearer x' },
          body: { name: 'Jane' },
        },
      },
      'incoming request',
    );
    expect(lines[0]?.req).toEqual({
      method: 'GET',
      path: '/fhir/R4/Patient',
      route: '/fhir/R4/Patient',
      remoteAddress: '127.0.0.1',
    });
  });

  it('drops the row values a database error carries in its detail', () => {
    const { log, lines } = capture();
    const error = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_key"'),
      {
        code: '23505',
        detail: 'Key (email)=(jane@example.org) already exists.',
      },
    );
    log.error({ err: error }, 'unhandled error');
    const text = JSON.stringify(lines[0]);
    expect(text).toContain('23505');
    expect(text).not.toContain('jane@example.org');
  });
});
