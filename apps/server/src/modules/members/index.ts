import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { PatientRecordCreated } from '../fhir/patient-resources.ts';
import { createMembersRepo } from './members.repo.ts';
import { membersRoutes } from './members.routes.ts';
import { createMembersService } from './members.service.ts';

/** Organisation member administration: roles, disabling and re-enabling accounts. */
export function createMembersModule(deps: {
  db: Executor;
  clock: Clock;
  log: Logger;
  audit: AuditRecorder;
  /** Drops the user's cached sessions (identity's forgetUserSessions), so changes apply at once. */
  onAccountChanged: (userId: string) => void;
  /** Gives a new patient record its FHIR Patient resource (the FHIR module). */
  onPatientRecordCreated?: PatientRecordCreated;
}) {
  const service = createMembersService({ ...deps, repo: createMembersRepo() });
  return { service, routes: membersRoutes({ members: service }) };
}
export type MembersModule = ReturnType<typeof createMembersModule>;
