import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { breakGlassMailNotifier } from './modules/access/break-glass-mail.ts';
import { createAccessModule } from './modules/access/index.ts';
import { createAccountsModule } from './modules/accounts/index.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import type { AuditSigner } from './modules/audit/audit-signer.ts';
import { createAuditModule } from './modules/audit/index.ts';
import { createBloodbankModule } from './modules/bloodbank/index.ts';
import { createCdsRepo } from './modules/cds/cds.repo.ts';
import { createCdsModule, loadDiseaseRegistry } from './modules/cds/index.ts';
import { createChatModule } from './modules/chat/index.ts';
import { DEMO_ACCOUNTS } from './modules/demo/demo-seed.ts';
import { createEprescriptionsModule } from './modules/eprescriptions/index.ts';
import { createFhirModule, patientResourcesFor } from './modules/fhir/index.ts';
import { accountLockedMail } from './modules/identity/account-locked-mail.ts';
import { createIdentityModule } from './modules/identity/index.ts';
import { createMailModule } from './modules/mail/index.ts';
import { catalogueKnowledge } from './modules/medications/catalogue-knowledge.ts';
import { createMedicationsModule, prescriptionNotifierFor } from './modules/medications/index.ts';
import { createMembersModule } from './modules/members/index.ts';
import {
  createLocalHub,
  createNotificationsModule,
  type NotificationHub,
} from './modules/notifications/index.ts';
import { createRecordsModule } from './modules/records/index.ts';
import { remindersModuleFor } from './modules/reminders/index.ts';
import { registerAuthentication } from './platform/auth/authentication.ts';
import { registerAuthorization } from './platform/auth/authorization.ts';
import type { Clock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { EnvelopeCipher } from './platform/crypto/envelope.ts';
import type { Database } from './platform/db/database.ts';
import type { Migration } from './platform/db/migrator.ts';
import { registerErrorHandler } from './platform/http/error-handler.ts';
import { type NotFoundFallback, registerNotFound } from './platform/http/not-found.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerSameOriginCheck } from './platform/http/same-origin.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import type { JobQueue } from './platform/jobs/job-queue.ts';
import { healthRoutes } from './platform/observability/health.routes.ts';
import { createMetrics, registerRequestMetrics } from './platform/observability/metrics.ts';
import { platformInfoRoutes } from './platform/platform-info.routes.ts';
import { productVersion } from './platform/version.ts';

export type AppDeps = {
  config: Config;
  db: Database;
  migrations: Migration[];
  queue: JobQueue;
  clock: Clock;
  logger: Logger;
  /** Encryption at rest for secrets and free text (see platform/crypto/envelope.ts). */
  cipher: EnvelopeCipher;
  /** Signs audit checkpoints (see modules/audit). */
  auditSigner: AuditSigner;
  /** Where the built web app is; undefined serves the API only. */
  webDistDir: string | undefined;
  /** Sees every route as it is registered, before the platform's own checks (tests list routes with it). */
  onRoute?: (route: RouteOptions) => void;
  /** Reports whether the process has begun shutting down (readiness turns false at once). */
  isShuttingDown?: () => boolean;
  /**
   * Where new notifications reach this process's WebSockets; the process's own (shared with its jobs)
   * or, by default, one for this app alone.
   */
  notificationHub?: NotificationHub;
};

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/** The whole HTTP application, assembled from the platform and the modules. Used by main and by tests. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // A caller's id is kept if it looks like one (for tracing across services), otherwise a new one is made.
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  if (deps.onRoute) app.addHook('onRoute', deps.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const isShuttingDown = deps.isShuttingDown ?? (() => false);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // A request that finishes during shutdown closes its connection, so keep-alive cannot hold the exit.
  app.addHook('onSend', async (_request, reply) => {
    if (isShuttingDown()) reply.header('connection', 'close');
  });

  // First, so that it sees every route registered after it (405 needs to know them all).
  let spaFallback: NotFoundFallback | undefined;
  registerNotFound(app, (request, reply) => spaFallback?.(request, reply));

  const metrics = createMetrics();
  registerRequestMetrics(app, metrics);
  registerErrorHandler(app);
  await registerSecurityHeaders(app);
  registerSameOriginCheck(app);
  await registerOpenApi(app, productVersion);

  const cookie = { isSecure: config.session.cookieSecure };
  const audit = createAuditModule({
    db: deps.db.kysely,
    clock: deps.clock,
    log: deps.logger.child({ module: 'audit' }),
    signer: deps.auditSigner,
  });
  const mail = createMailModule({
    db: deps.db.kysely,
    clock: deps.clock,
    cipher: deps.cipher,
    queue: deps.queue,
    log: deps.logger.child({ module: 'mail' }),
    audit: audit.service,
    config,
  });
  // Every patient record gets its FHIR Patient resource in the transaction that creates it.
  const patientResources = patientResourcesFor(deps.clock);
  const identity = createIdentityModule({
    db: deps.db.kysely,
    clock: deps.clock,
    log: deps.logger.child({ module: 'identity' }),
    sessionPolicy: { idleMinutes: config.session.idleMinutes, absoluteHours: config.session.absoluteHours },
    cookie,
    audit: audit.service,
    cipher: deps.cipher,
    publicUrl: config.publicUrl,
    onAccountLocked: accountLockedMail(mail.outbox, config.publicUrl),
    onPatientRecordCreated: patientResources.onPatientRecordCreated,
  });
  await registerAuthentication(app, {
    cookie,
    authenticate: identity.service.authenticate,
    authenticateApiToken: identity.apiTokens.authenticate,
  });
  // Care relationships and break-glass: what the authorisation policy needs to know about patients.
  const access = createAccessModule({
    db: deps.db.kysely,
    clock: deps.clock,
    log: deps.logger.child({ module: 'access' }),
    audit: audit.service,
    auditLog: audit.service,
    notifier: breakGlassMailNotifier({
      db: deps.db.kysely,
      outbox: mail.outbox,
      publicUrl: config.publicUrl,
    }),
  });
  // Notifications for every module: `notifications.dispatcher.notify(trx, …)` (see modules/notifications).
  const notifications = createNotificationsModule({
    db: deps.db.kysely,
    clock: deps.clock,
    cipher: deps.cipher,
    queue: deps.queue,
    log: deps.logger.child({ module: 'notifications' }),
    audit: audit.service,
    hub: deps.notificationHub ?? createLocalHub(),
    authenticate: identity.service.authenticate,
    cookie,
    config,
  });
  // Every route registered from here on must declare an access rule, or the app does not start.
  registerAuthorization(app, { facts: access.facts, clock: deps.clock, audit: audit.service });

  spaFallback = deps.webDistDir ? await registerWebApp(app, deps.webDistDir) : undefined;

  await app.register(
    healthRoutes({
      db: deps.db,
      migrations: deps.migrations,
      metrics,
      metricsToken: config.metricsToken,
      isShuttingDown,
    }),
  );
  await app.register(
    platformInfoRoutes({
      product: 'LifeCare Nexus',
      version: productVersion,
      isDemo: config.seedDemo,
      database: deps.db.engine === 'pglite' ? 'embedded' : 'postgresql',
      demoAccounts: config.seedDemo ? DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })) : [],
    }),
  );
  await app.register(identity.routes);
  await app.register(mail.routes);
  await app.register(
    createAccountsModule({
      db: deps.db.kysely,
      clock: deps.clock,
      log: deps.logger.child({ module: 'accounts' }),
      audit: audit.service,
      outbox: mail.outbox,
      identity: identity.service,
      forgetUserSessions: identity.forgetUserSessions,
      publicUrl: config.publicUrl,
      registrationOrganisationId: config.registrationOrganisationId,
      onPatientRecordCreated: patientResources.onPatientRecordCreated,
    }).routes,
  );
  await app.register(access.routes);
  await app.register(
    createMembersModule({
      db: deps.db.kysely,
      clock: deps.clock,
      log: deps.logger.child({ module: 'members' }),
      audit: audit.service,
      onAccountChanged: identity.forgetUserSessions,
      onPatientRecordCreated: patientResources.onPatientRecordCreated,
    }).routes,
  );
  await app.register(auditRoutes({ verify: audit.service.verify, audit: audit.service, clock: deps.clock }));

  const fhir = createFhirModule({
    db: deps.db.kysely,
    clock: deps.clock,
    cipher: deps.cipher,
    audit: audit.service,
    facts: access.facts,
    readablePatients: access.readablePatients,
    admit: access.service.admitWithin,
    log: deps.logger.child({ module: 'fhir' }),
    publicUrl: config.publicUrl,
    version: productVersion,
  });
  await app.register(fhir.routes);
  const cds = createCdsModule({
    db: deps.db.kysely,
    registry: await loadDiseaseRegistry({ extraDirs: config.cds.moduleDirs, settings: config.cds.settings }),
    fhir: fhir.services,
    readablePatients: access.readablePatients,
    cipher: deps.cipher,
    outbox: mail.outbox,
    audit: audit.service,
    clock: deps.clock,
    log: deps.logger.child({ module: 'cds' }),
    publicUrl: config.publicUrl,
  });
  const records = createRecordsModule({
    fhir: fhir.services,
    clock: deps.clock,
    productName: 'LifeCare Nexus',
    publicUrl: config.publicUrl,
    onQuestionnaireSubmitted: cds.afterQuestionnaire,
  });
  await app.register(records.routes);
  await app.register(cds.routes);
  await app.register(notifications.routes);

  const eprescriptions = createEprescriptionsModule({
    db: deps.db.kysely,
    cipher: deps.cipher,
    clock: deps.clock,
    log: deps.logger.child({ module: 'eprescriptions' }),
  });
  // A fresh installation publishes its prescription key from the start, before the first prescription.
  await eprescriptions.signingKeys.ensureActiveKey();
  await app.register(eprescriptions.routes);
  const reminders = remindersModuleFor({
    db: deps.db.kysely,
    fhir: fhir.services,
    readablePatients: access.readablePatients,
    dispatcher: notifications.dispatcher,
    queue: deps.queue,
    outbox: mail.outbox,
    audit: audit.service,
    clock: deps.clock,
    log: deps.logger.child({ module: 'reminders' }),
    config,
  });
  await app.register(reminders.routes);
  const medications = createMedicationsModule({
    db: deps.db.kysely,
    knowledge: catalogueKnowledge,
    fhir: fhir.services,
    eprescriptions,
    reminders: reminders.service,
    cipher: deps.cipher,
    audit: audit.service,
    clock: deps.clock,
    publicUrl: config.publicUrl,
    productName: 'LifeCare Nexus',
    notify: prescriptionNotifierFor(notifications.dispatcher),
  });
  await app.register(medications.routes);
  const cdsRepo = createCdsRepo();
  const chat = createChatModule({
    db: deps.db.kysely,
    cipher: deps.cipher,
    audit: audit.service,
    clock: deps.clock,
    log: deps.logger.child({ module: 'chat' }),
    config: config.chat,
    fhir: fhir.services,
    dispatcher: notifications.dispatcher,
    responsibleDoctors: async (db, patientId) =>
      (await cdsRepo.responsibleDoctors(db, patientId)).map((doctor) => ({ userId: doctor.id })),
    readRecord: async (patientId) => ({
      summary: await records.service.summary(patientId),
      doses: await reminders.service.today(patientId),
    }),
  });
  await app.register(chat.routes);
  await app.register(
    createBloodbankModule({ db: deps.db.kysely, clock: deps.clock, audit: audit.service }).routes,
  );

  return app;
}
