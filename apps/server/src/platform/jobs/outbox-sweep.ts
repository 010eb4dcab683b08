import type { QueueDefinition } from './job-queue.ts';

/**
 * A queue that works through an outbox (rows waiting to leave the platform): every minute, and
 * whenever a writer nudges it. pg-boss never retries a run: the outbox keeps each row's own attempts
 * and backoff, and the next run picks up what is due.
 */
export function outboxSweepQueue(
  name: string,
  sweep: () => Promise<unknown>,
): QueueDefinition<Record<string, never>> {
  return {
    name,
    cron: '* * * * *',
    retryLimit: 0,
    expireInSeconds: 10 * 60,
    handler: async () => {
      await sweep();
    },
  };
}
