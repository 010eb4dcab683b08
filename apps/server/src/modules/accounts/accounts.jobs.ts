import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { QueueDefinition } from '../../platform/jobs/job-queue.ts';
import { createAccountsRepo } from './accounts.repo.ts';

/** Spent and expired links (and old request counters) are kept a week for investigations, then deleted. */
const RETENTION_DAYS = 7;

export function accountsJobs(deps: { db: Executor; clock: Clock }): QueueDefinition<Record<string, never>>[] {
  const repo = createAccountsRepo();
  return [
    {
      name: 'accounts.purge-expired',
      cron: '41 3 * * *',
      handler: async () => {
        await repo.purgeExpired(deps.db, new Date(deps.clock.now().getTime() - RETENTION_DAYS * 86_400_000));
      },
    },
  ];
}
