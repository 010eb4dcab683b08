import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { PatientRecordCreated } from '../fhir/patient-resources.ts';
import type { IdentityService } from '../identity/index.ts';
import type { MailOutbox } from '../mail/index.ts';
import { createAccountDirectory } from './account-directory.ts';
import { createAccountsRepo } from './accounts.repo.ts';
import { accountRoutes } from './accounts.routes.ts';
import { invitationRoutes } from './invitations.routes.ts';
import { createInvitationsService } from './invitations.service.ts';
import { createPasswordResetService } from './password-reset.service.ts';
import { createRegistrationService } from './registration.service.ts';
import { createRequestLimits } from './request-limits.ts';

export { accountsJobs } from './accounts.jobs.ts';

/**
 * Getting an account and getting back into one: patient self-registration with e-mail verification,
 * password reset by e-mail link, and invitations to an organisation. Every e-mail goes through the
 * mail outbox in the same transaction as the state it announces.
 */
export function createAccountsModule(deps: {
  db: Executor;
  clock: Clock;
  log: Logger;
  audit: AuditRecorder;
  outbox: MailOutbox;
  identity: Pick<IdentityService, 'createUser'>;
  /** Drops the user's sessions from identity's session cache after their sessions or roles changed. */
  forgetUserSessions: (userId: string) => void;
  /** Links in e-mails point here. */
  publicUrl: string;
  /** Where self-registered patients belong; default: the oldest clinic or hospital. */
  registrationOrganisationId: string | undefined;
  /** Gives a new patient record its FHIR Patient resource (the FHIR module). */
  onPatientRecordCreated?: PatientRecordCreated;
}) {
  const repo = createAccountsRepo();
  const directory = createAccountDirectory(
    deps.onPatientRecordCreated ? { onPatientRecordCreated: deps.onPatientRecordCreated } : {},
  );
  const limits = createRequestLimits({ db: deps.db, repo, clock: deps.clock });
  const common = {
    db: deps.db,
    repo,
    directory,
    outbox: deps.outbox,
    audit: deps.audit,
    clock: deps.clock,
    log: deps.log,
    publicUrl: deps.publicUrl,
  };
  const registration = createRegistrationService({
    ...common,
    identity: deps.identity,
    limits,
    registrationOrganisationId: deps.registrationOrganisationId,
  });
  const passwordReset = createPasswordResetService({
    ...common,
    limits,
    forgetUserSessions: deps.forgetUserSessions,
  });
  const invitations = createInvitationsService({
    ...common,
    identity: deps.identity,
    forgetUserSessions: deps.forgetUserSessions,
  });
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(accountRoutes({ registration, passwordReset }));
    await app.register(invitationRoutes({ invitations }));
  };
  return { registration, passwordReset, invitations, routes };
}
export type AccountsModule = ReturnType<typeof createAccountsModule>;
