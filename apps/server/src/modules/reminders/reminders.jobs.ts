import type { Logger } from 'pino';
import type { QueueDefinition } from '../../platform/jobs/job-queue.ts';
import { DELIVER_DUE_QUEUE, type ReminderEngine } from './reminder-engine.ts';

export const PLAN_QUEUE = 'reminders.plan-ahead';
export const SWEEP_QUEUE = 'reminders.sweep';

/**
 * The reminder jobs. Delivery runs at each minute doses fall due (a job per minute, queued by the
 * planner with startAfter), and a sweep every minute catches anything a lost job would have left and
 * handles follow-ups and missed doses. Both claim rows the same way, so running together is safe.
 */
export function remindersJobs(deps: { engine: ReminderEngine; log: Logger }): QueueDefinition<object>[] {
  return [
    {
      name: PLAN_QUEUE,
      cron: '5 * * * *',
      retryLimit: 2,
      expireInSeconds: 30 * 60,
      handler: async () => {
        const outcome = await deps.engine.planAhead();
        deps.log.info(outcome, 'dose reminders planned');
      },
    },
    {
      name: DELIVER_DUE_QUEUE,
      retryLimit: 5,
      retryDelaySeconds: 2,
      expireInSeconds: 5 * 60,
      handler: async () => {
        const outcome = await deps.engine.deliverDue();
        if (outcome.reminded > 0) deps.log.info(outcome, 'dose reminders delivered');
      },
    },
    {
      name: SWEEP_QUEUE,
      cron: '* * * * *',
      retryLimit: 0,
      expireInSeconds: 5 * 60,
      handler: async () => {
        const delivered = await deps.engine.deliverDue();
        const overdue = await deps.engine.handleOverdue();
        if (delivered.reminded + overdue.followedUp + overdue.missed > 0)
          deps.log.info({ ...delivered, ...overdue }, 'dose reminder sweep');
      },
    },
  ];
}
