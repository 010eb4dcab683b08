import type { Logger } from 'pino';
import { systemActor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { QueueDefinition } from '../../platform/jobs/job-queue.ts';
import type { AssessmentService } from './assessment.service.ts';
import type { CdsRepo } from './cds.repo.ts';

export const NIGHTLY_ASSESSMENT_QUEUE = 'cds.assess-changed-records';
const BATCH = 200;

/**
 * The nightly assessment: every patient whose record changed since it was last seen (new results,
 * diagnoses, medicines, answers) is run through the modules; results are stored only where the inputs
 * changed. A patient whose assessment fails is logged (without health data) and tried again when
 * their record next changes.
 */
export async function assessChangedRecords(deps: {
  db: Executor;
  repo: CdsRepo;
  assessments: AssessmentService;
  log: Logger;
}): Promise<{ patients: number; results: number; failures: number }> {
  const write = {
    actor: systemActor('nightly-risk-assessment', 'LifeCare Nexus risk engine'),
    origin: { sourceIp: null, requestId: null },
    route: `job ${NIGHTLY_ASSESSMENT_QUEUE}`,
  };
  let patients = 0;
  let results = 0;
  let failures = 0;
  for (;;) {
    const due = await deps.repo.patientsDue(deps.db, BATCH);
    if (due.length === 0) break;
    for (const { patientId, changedAt } of due) {
      try {
        results += (await deps.assessments.assessFromRecord(write, patientId, 'nightly')).length;
      } catch (error) {
        failures += 1;
        deps.log.warn(
          { patientId, code: (error as { code?: string }).code ?? 'error' },
          'nightly risk assessment failed',
        );
      }
      await deps.repo.markInputsSeen(deps.db, patientId, changedAt);
      patients += 1;
    }
  }
  return { patients, results, failures };
}

export function cdsJobs(
  deps: Parameters<typeof assessChangedRecords>[0],
): QueueDefinition<Record<string, never>>[] {
  return [
    {
      name: NIGHTLY_ASSESSMENT_QUEUE,
      cron: '30 2 * * *',
      expireInSeconds: 4 * 60 * 60,
      retryLimit: 1,
      handler: async () => {
        const outcome = await assessChangedRecords(deps);
        deps.log.info(outcome, 'nightly risk assessment done');
      },
    },
  ];
}
