import { bloodbank } from '@nexus/clinical';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { QueueDefinition } from '../../platform/jobs/job-queue.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { bloodbankRoutes } from './bloodbank.routes.ts';
import { createInventoryService } from './inventory.service.ts';
import { type TransfusionPatients, unknownGroupPatients } from './reservations.service.ts';
import { createUnitsRepo } from './units.repo.ts';

export { isBloodBankSupervisor } from './inventory.service.ts';
export { type TransfusionPatients, unknownGroupPatients } from './reservations.service.ts';

/**
 * The hospital blood bank's inventory (spec §3.6–§3.13): units received, verified, held, reserved for a
 * patient's request (FEFO in group-preference tiers), issued, returned and discarded, with every
 * change guarded, in the unit's history and in the audit log. Patients' groups come through the
 * TransfusionPatients port (unknown group until the patient blood bank record exists).
 */
export function createBloodbankModule(deps: {
  db: Database['kysely'];
  clock: Clock;
  audit: AuditRecorder;
  patients?: TransfusionPatients;
  policy?: bloodbank.CompatibilityPolicy;
}) {
  const repo = createUnitsRepo();
  const inventory = createInventoryService({
    ...deps,
    repo,
    patients: deps.patients ?? unknownGroupPatients,
    policy: deps.policy ?? bloodbank.compatibilityPolicy(),
  });
  const routes: FastifyPluginAsyncZod = bloodbankRoutes({ inventory });
  const jobs: QueueDefinition<Record<string, never>>[] = [
    {
      name: 'bloodbank.expire-reservations',
      cron: '* * * * *',
      handler: async () => {
        await inventory.expireReservations();
      },
    },
  ];
  return { repo, inventory, routes, jobs };
}
export type BloodbankModule = ReturnType<typeof createBloodbankModule>;
