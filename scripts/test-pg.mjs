// `npm run test:pg`: the server's whole test suite against a PostgreSQL server. Each test file gets a
// fresh database cloned from a migrated template, created on TEST_DATABASE_URL's server and dropped after.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
try {
  await client.connect();
  const { rows } = await client.query('show server_version');
  console.log(`PostgreSQL lane: server ${rows[0].server_version} at ${new URL(url).host}`);
} catch (error) {
  console.error(`PostgreSQL lane: cannot reach ${url}: ${error.message}`);
  console.error(
    'Start PostgreSQL or set TEST_DATABASE_URL to a server where this user may create databases.',
  );
  process.exit(process.env.CI === 'true' ? 1 : 2);
} finally {
  await client.end().catch(() => {});
}

const result = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'apps/server/vitest.config.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, TEST_DB: 'postgres', TEST_DATABASE_URL: url } },
);
process.exit(result.status ?? 1);
