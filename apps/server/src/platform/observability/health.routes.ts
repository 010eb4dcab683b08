import { HealthStatus, Readiness } from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { secretsEqual } from '../auth/tokens.ts';
import type { Database } from '../db/database.ts';
import { type Migration, migrationStatus } from '../db/migrator.ts';
import { unauthorized } from '../http/errors.ts';
import type { Metrics } from './metrics.ts';

export type HealthDeps = {
  db: Database;
  migrations: Migration[];
  metrics: Metrics;
  metricsToken: string | undefined;
  isShuttingDown: () => boolean;
};

async function databaseCheck(deps: HealthDeps) {
  try {
    await deps.db.executeSql('select 1');
    return { name: 'database', ok: true };
  } catch {
    return { name: 'database', ok: false, detail: 'the database does not answer' };
  }
}

async function migrationsCheck(deps: HealthDeps) {
  try {
    const status = await migrationStatus(deps.db, deps.migrations);
    return status.pending.length === 0
      ? { name: 'migrations', ok: true }
      : { name: 'migrations', ok: false, detail: `${status.pending.length} migration(s) not applied` };
  } catch {
    return {
      name: 'migrations',
      ok: false,
      detail: 'the migration history cannot be read or does not match',
    };
  }
}

/** Liveness, readiness and Prometheus metrics: what an orchestrator and a monitoring system ask. */
export function healthRoutes(deps: HealthDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['operations'],
          summary: 'Liveness: the process is up',
          response: { 200: HealthStatus },
        },
      },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/readyz',
      {
        schema: {
          tags: ['operations'],
          summary: 'Readiness: the database answers and every migration is applied',
          response: { 200: Readiness, 503: Readiness },
        },
      },
      async (_request, reply) => {
        const checks = deps.isShuttingDown()
          ? [{ name: 'shutdown', ok: false, detail: 'the server is shutting down' }]
          : [await databaseCheck(deps), await migrationsCheck(deps)];
        const ready = checks.every((check) => check.ok);
        return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
      },
    );

    app.get(
      '/metrics',
      {
        schema: {
          tags: ['operations'],
          summary: 'Prometheus metrics in text format (bearer token when METRICS_TOKEN is set)',
        },
      },
      async (request, reply) => {
        if (
          deps.metricsToken &&
          !secretsEqual(request.headers.authorization ?? '', `Bearer ${deps.metricsToken}`)
        ) {
          throw unauthorized('metrics_token_required', 'A valid metrics bearer token is required.');
        }
        return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
      },
    );
  };
}
