import type { Role } from '@nexus/contracts';
import pino, { type Logger } from 'pino';
import { createAccessRepo } from '../../modules/access/access.repo.ts';
import { createAccessModule } from '../../modules/access/index.ts';
import { accountsJobs } from '../../modules/accounts/index.ts';
import type { AuditSigner } from '../../modules/audit/audit-signer.ts';
import { type AuditModule, auditSignerFor, createAuditModule } from '../../modules/audit/index.ts';
import { createBloodbankModule } from '../../modules/bloodbank/index.ts';
import { createCdsModule, loadDiseaseRegistry } from '../../modules/cds/index.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION_ID, DEMO_ORGANISATION_NAME } from '../../modules/demo/demo-seed.ts';
import { createFhirModule, patientResourcesFor } from '../../modules/fhir/index.ts';
import { identityJobs } from '../../modules/identity/identity.jobs.ts';
import { createIdentityModule } from '../../modules/identity/index.ts';
import { mailJobs } from '../../modules/mail/index.ts';
import { createMailRepo } from '../../modules/mail/mail.repo.ts';
import { createMailOutbox } from '../../modules/mail/mail.service.ts';
import {
  type NotificationHub,
  notificationDispatcherFor,
  notificationHubFor,
  notificationJobs,
} from '../../modules/notifications/index.ts';
import { remindersModuleFor } from '../../modules/reminders/index.ts';
import { type Clock, systemClock } from '../clock.ts';
import type { Config } from '../config.ts';
import { createEnvelopeCipher, type EnvelopeCipher } from '../crypto/envelope.ts';
import { masterKeyRingFor } from '../crypto/master-keys.ts';
import type { Database } from '../db/database.ts';
import { type Migration, migrate, readMigrations } from '../db/migrator.ts';
import { openDatabase } from '../db/open-database.ts';
import {
  createJobRuntime,
  type JobRuntime,
  type JobTiming,
  type QueueDefinition,
} from '../jobs/job-queue.ts';
import { loggerOptions } from '../observability/logger.ts';
import { migrationsDir } from '../paths.ts';
import { productVersion } from '../version.ts';

/** Everything a process role (server or worker) runs on: logger, database, migrations and the job runtime. */
export type PlatformServices = {
  config: Config;
  logger: Logger;
  clock: Clock;
  db: Database;
  migrations: Migration[];
  jobs: JobRuntime;
  queues: QueueDefinition<never>[];
  audit: AuditModule;
  auditSigner: AuditSigner;
  /** Encryption at rest for files and free-text notes (see platform/crypto/envelope.ts). */
  cipher: EnvelopeCipher;
  /** Live notifications between this process's jobs and sockets (and other processes', with Redis). */
  notificationHub: NotificationHub;
};

export function createLogger(config: Config): Logger {
  return pino(loggerOptions(config.logLevel));
}

/** Every module's job definitions; a module with background work adds its list here. */
function allQueues(db: Database, clock: Clock, audit: AuditModule): QueueDefinition<never>[] {
  return [...identityJobs({ db: db.kysely, clock }), ...audit.jobs] as QueueDefinition<never>[];
}

export async function openPlatform(
  config: Config,
  options: { logger?: Logger; extraQueues?: QueueDefinition<never>[]; jobTiming?: Partial<JobTiming> } = {},
): Promise<PlatformServices> {
  const logger = options.logger ?? createLogger(config);
  const clock = systemClock;
  const migrations = readMigrations(migrationsDir);
  const db = await openDatabase(config.database);
  try {
    if (config.migrateOnStart) {
      const applied = await migrate(db, migrations);
      if (applied.length > 0) logger.info({ versions: applied.map((m) => m.version) }, 'migrations applied');
    }
    const jobs = createJobRuntime({
      db,
      log: logger,
      ...(options.jobTiming ? { timing: options.jobTiming } : {}),
    });
    const auditSigner = auditSignerFor(config);
    const audit = createAuditModule({
      db: db.kysely,
      clock,
      log: logger.child({ module: 'audit' }),
      signer: auditSigner,
    });
    const cipher = createEnvelopeCipher(masterKeyRingFor(config));
    const queues = [
      ...allQueues(db, clock, audit),
      ...(mailJobs({
        db: db.kysely,
        clock,
        cipher,
        config,
        log: logger.child({ module: 'mail' }),
      }) as QueueDefinition<never>[]),
      ...(accountsJobs({ db: db.kysely, clock }) as QueueDefinition<never>[]),
      ...(notificationJobs({
        db: db.kysely,
        clock,
        cipher,
        outbox: createMailOutbox({
          db: db.kysely,
          repo: createMailRepo(),
          clock,
          cipher,
          log: logger.child({ module: 'mail' }),
        }),
        config,
        log: logger.child({ module: 'notifications' }),
      }) as QueueDefinition<never>[]),
      ...(options.extraQueues ?? []),
    ];
    const notificationHub = notificationHubFor(config, logger.child({ module: 'notifications' }));
    const platform = {
      config,
      logger,
      clock,
      db,
      migrations,
      jobs,
      queues,
      audit,
      auditSigner,
      cipher,
      notificationHub,
    };
    queues.push(...((await cdsModuleFor(platform)).jobs as QueueDefinition<never>[]));
    queues.push(...(remindersForJobs(platform).jobs as QueueDefinition<never>[]));
    // Reservations that ran out go back to stock (idempotent, every minute).
    queues.push(
      ...(createBloodbankModule({ db: db.kysely, clock, audit: audit.service })
        .jobs as QueueDefinition<never>[]),
    );
    return platform;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Dose reminders outside the HTTP app: planning ahead, delivering due reminders, follow-ups, missed doses. */
export function remindersForJobs(platform: PlatformServices) {
  const log = platform.logger.child({ module: 'reminders' });
  const access = createAccessModule({
    db: platform.db.kysely,
    clock: platform.clock,
    log,
    audit: platform.audit.service,
    auditLog: platform.audit.service,
  });
  return remindersModuleFor({
    db: platform.db.kysely,
    fhir: fhirModuleFor(platform).services,
    readablePatients: access.readablePatients,
    dispatcher: notificationDispatcherFor({
      hub: platform.notificationHub,
      queue: platform.jobs,
      clock: platform.clock,
      log,
    }),
    queue: platform.jobs,
    outbox: createMailOutbox({
      db: platform.db.kysely,
      repo: createMailRepo(),
      clock: platform.clock,
      cipher: platform.cipher,
      log,
    }),
    audit: platform.audit.service,
    clock: platform.clock,
    log,
    config: platform.config,
  });
}

/** The identity module outside the HTTP app, for the demo seed. */
export function identityModuleFor(platform: PlatformServices) {
  return createIdentityModule({
    db: platform.db.kysely,
    clock: platform.clock,
    log: platform.logger.child({ module: 'identity' }),
    sessionPolicy: {
      idleMinutes: platform.config.session.idleMinutes,
      absoluteHours: platform.config.session.absoluteHours,
    },
    cookie: { isSecure: platform.config.session.cookieSecure },
    audit: platform.audit.service,
    cipher: platform.cipher,
    publicUrl: platform.config.publicUrl,
    onPatientRecordCreated: patientResourcesFor(platform.clock).onPatientRecordCreated,
  });
}

/** The FHIR module outside the HTTP app (demo seed, command-line import), with the policy it enforces. */
export function fhirModuleFor(platform: PlatformServices) {
  const access = createAccessModule({
    db: platform.db.kysely,
    clock: platform.clock,
    log: platform.logger.child({ module: 'access' }),
    audit: platform.audit.service,
    auditLog: platform.audit.service,
  });
  return createFhirModule({
    db: platform.db.kysely,
    clock: platform.clock,
    cipher: platform.cipher,
    audit: platform.audit.service,
    facts: access.facts,
    readablePatients: access.readablePatients,
    admit: access.service.admitWithin,
    log: platform.logger.child({ module: 'fhir' }),
    publicUrl: platform.config.publicUrl,
    version: productVersion,
  });
}

/** Clinical decision support outside the HTTP app: the nightly assessment job. */
export async function cdsModuleFor(platform: PlatformServices) {
  const access = createAccessModule({
    db: platform.db.kysely,
    clock: platform.clock,
    log: platform.logger.child({ module: 'access' }),
    audit: platform.audit.service,
    auditLog: platform.audit.service,
  });
  const log = platform.logger.child({ module: 'cds' });
  return createCdsModule({
    db: platform.db.kysely,
    registry: await loadDiseaseRegistry({
      extraDirs: platform.config.cds.moduleDirs,
      settings: platform.config.cds.settings,
    }),
    fhir: fhirModuleFor(platform).services,
    readablePatients: access.readablePatients,
    cipher: platform.cipher,
    outbox: createMailOutbox({
      db: platform.db.kysely,
      repo: createMailRepo(),
      clock: platform.clock,
      cipher: platform.cipher,
      log,
    }),
    audit: platform.audit.service,
    clock: platform.clock,
    log,
    publicUrl: platform.config.publicUrl,
  });
}

/** What the demo's record seed needs: the importer, the demo doctor and administrator, the demo patient's record. */
export async function demoRecordSeedFor(
  platform: PlatformServices,
  imports: ReturnType<typeof createFhirModule>['imports'],
) {
  const demoUser = (role: Role) => {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role);
    if (!account) throw new Error(`the demo has no ${role}`);
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      membership: {
        organisationId: DEMO_ORGANISATION_ID,
        organisationName: DEMO_ORGANISATION_NAME,
        organisationKind: 'clinic' as const,
        role,
      },
    };
  };
  const patient = await platform.db.kysely
    .selectFrom('patients')
    .select('id')
    .where('user_id', '=', demoUser('patient').id)
    .executeTakeFirstOrThrow();
  return {
    imports,
    doctor: demoUser('doctor'),
    admin: demoUser('org_admin'),
    demoPatientId: patient.id,
    now: platform.clock.now(),
  };
}

/** Admission of a patient to an organisation, for the demo seed (the API does it through the access module). */
export function admitForDemo(platform: PlatformServices) {
  const repo = createAccessRepo();
  return async (admission: { patientUserId: string; organisationId: string; byUserId: string }) => {
    const patient = await platform.db.kysely
      .selectFrom('patients')
      .select('id')
      .where('user_id', '=', admission.patientUserId)
      .executeTakeFirstOrThrow();
    await repo.insertRelationship(platform.db.kysely, {
      patientId: patient.id,
      source: 'admission',
      organisationId: admission.organisationId,
      grantedByUserId: admission.byUserId,
      now: platform.clock.now(),
    });
  };
}
