import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { QueueDefinition } from '../../platform/jobs/job-queue.ts';

/** Ended sessions are kept this long (for the user's session list and investigations), then deleted. */
const ENDED_SESSION_RETENTION_DAYS = 30;

export function identityJobs(deps: { db: Executor; clock: Clock }): QueueDefinition<Record<string, never>>[] {
  return [
    {
      name: 'identity.purge-ended-sessions',
      cron: '17 * * * *',
      handler: async () => {
        const cutoff = new Date(deps.clock.now().getTime() - ENDED_SESSION_RETENTION_DAYS * 86_400_000);
        await deps.db
          .deleteFrom('sessions')
          .where((eb) => eb.or([eb('expires_at', '<', cutoff), eb('revoked_at', '<', cutoff)]))
          .execute();
      },
    },
  ];
}
