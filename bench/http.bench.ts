/**
 * `npm run bench:http`: requests per second and latency of the built server under 100 concurrent
 * connections, for /healthz and for a database-backed endpoint (GET /api/v1/me: session lookup,
 * user and memberships), on the embedded database and on PostgreSQL.
 * Options: --engines=pglite,postgres --duration=10 --connections=100
 */
import autocannon from 'autocannon';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/server/src/modules/demo/demo-seed.ts';
import { totpCodeAt } from '../apps/server/src/modules/identity/second-factor/totp.ts';
import { type Engine, freshDatabase, startServer } from './server-under-test.ts';

const option = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const engines = option('engines', 'pglite,postgres').split(',') as Engine[];
const duration = Number(option('duration', '10'));
const connections = Number(option('connections', '100'));

/** Signs the demo patient in (password, then a code from its authenticator app); the session cookie. */
async function sessionCookie(baseUrl: string): Promise<string> {
  const patient = DEMO_ACCOUNTS.find((account) => account.role === 'patient');
  if (!patient) throw new Error('no demo patient');
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: patient.email, password: DEMO_PASSWORD }),
  });
  const cookies = new Map(
    response.headers.getSetCookie().map((c) => (c.split(';')[0] ?? '').split('=') as [string, string]),
  );
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const verified = await fetch(`${baseUrl}/api/v1/auth/second-factor/totp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `nexus_session=${cookies.get('nexus_session')}`,
      'x-csrf-token': cookies.get('nexus_csrf') ?? '',
    },
    body: JSON.stringify({ code: totpCodeAt(patient.totpSecret, new Date()) }),
  });
  const session = verified.headers
    .getSetCookie()
    .find((c) => c.startsWith('nexus_session='))
    ?.split(';')[0];
  if (verified.status !== 200 || !session) throw new Error(`second factor failed: ${verified.status}`);
  return session;
}

type Row = {
  engine: Engine;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
};

async function load(baseUrl: string, path: string, headers: Record<string, string>) {
  // Warm up (JIT, caches, pool) before measuring.
  await autocannon({ url: `${baseUrl}${path}`, connections, duration: 2, headers });
  return autocannon({ url: `${baseUrl}${path}`, connections, duration, headers });
}

const rows: Row[] = [];
for (const engine of engines) {
  const database = await freshDatabase(engine);
  const server = await startServer([process.execPath, 'apps/server/dist/main.js'], {
    ...database.env,
    NEXUS_DEMO: '1',
    SESSION_COOKIE_SECURE: 'false',
  });
  try {
    const cookie = await sessionCookie(server.baseUrl);
    for (const [path, headers] of [
      ['/healthz', {}],
      ['/api/v1/me', { cookie }],
    ] as const) {
      const result = await load(server.baseUrl, path, headers);
      rows.push({
        engine,
        path,
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors,
        non2xx: result.non2xx,
      });
    }
  } finally {
    await server.stop();
    await database.drop();
  }
}

console.log(`\n${connections} connections, ${duration} s per endpoint, node ${process.version}\n`);
console.log('| database | endpoint | requests/s | p50 ms | p99 ms | errors | non-2xx |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.engine} | ${r.path} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`);
}
for (const engine of engines) {
  const health = rows.find((r) => r.engine === engine && r.path === '/healthz');
  const me = rows.find((r) => r.engine === engine && r.path === '/api/v1/me');
  if (health && me)
    console.log(
      `${engine}: /api/v1/me serves ${(me.rps / health.rps).toFixed(2)}× the requests/s of /healthz`,
    );
}
