import { randomUUID } from 'node:crypto';
import type { OrganisationKind, Role } from '@nexus/contracts';
import pino from 'pino';
import { generateAuditSigningKey, signerFromConfig } from '../src/modules/audit/audit-signer.ts';
import { createAuditModule } from '../src/modules/audit/index.ts';
import { patientResourcesFor } from '../src/modules/fhir/index.ts';
import { createIdentityModule } from '../src/modules/identity/index.ts';
import { newTotpSecret } from '../src/modules/identity/second-factor/totp.ts';
import type { Clock } from '../src/platform/clock.ts';
import { createEnvelopeCipher } from '../src/platform/crypto/envelope.ts';
import { generateMasterKey, parseMasterKeyRing } from '../src/platform/crypto/key-ring.ts';
import type { Database } from '../src/platform/db/database.ts';

/** One master key for the whole test run: tests check envelopes, not key management. */
export const testCipher = createEnvelopeCipher(parseMasterKeyRing(`test:${generateMasterKey()}`));

/** One signing key for the whole test run: tests check signatures, not key management. */
export const testAuditSigner = signerFromConfig(generateAuditSigningKey());

export const TEST_PASSWORD = 'correct horse battery staple';

export function identityModuleFor(db: Database, clock: Clock) {
  return createIdentityModule({
    db: db.kysely,
    clock,
    log: pino({ level: 'silent' }),
    sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
    cookie: { isSecure: true },
    audit: createAuditModule({
      db: db.kysely,
      clock,
      log: pino({ level: 'silent' }),
      signer: testAuditSigner,
    }).service,
    cipher: testCipher,
    publicUrl: 'http://localhost:3000',
    onPatientRecordCreated: patientResourcesFor(clock).onPatientRecordCreated,
  });
}

export const identityServiceFor = (db: Database, clock: Clock) => identityModuleFor(db, clock).service;

/** An organisation of its own for each test, so tests never see each other's rows. */
export async function buildOrganisation(
  db: Database,
  clock: Clock,
  overrides: { name?: string; kind?: OrganisationKind } = {},
): Promise<string> {
  return identityServiceFor(db, clock).createOrganisation({
    name: overrides.name ?? `Test clinic ${randomUUID().slice(0, 8)}`,
    kind: overrides.kind ?? 'clinic',
  });
}

export type TestUser = {
  id: string;
  email: string;
  password: string;
  organisationId: string;
  /** The authenticator app's secret (enrolled unless `withTotp: false`). */
  totpSecret: string;
  /** The user's patient record, for patients. */
  patientId: string | null;
};

/** A user with one role, in the given organisation or a new one, with an authenticator app set up. */
export async function buildUser(
  db: Database,
  clock: Clock,
  options: {
    role?: Role;
    organisationId?: string;
    password?: string;
    withTotp?: boolean;
    displayName?: string;
  } = {},
): Promise<TestUser> {
  const organisationId = options.organisationId ?? (await buildOrganisation(db, clock));
  const email = `user-${randomUUID()}@example.org`;
  const password = options.password ?? TEST_PASSWORD;
  const identity = identityModuleFor(db, clock);
  const id = await identity.service.createUser({
    email,
    displayName: options.displayName ?? 'Test User',
    password,
    memberships: [{ organisationId, role: options.role ?? 'patient' }],
  });
  const totpSecret = newTotpSecret();
  if (options.withTotp !== false) await identity.factors.provisionTotp(id, totpSecret);
  const patient = await db.kysely
    .selectFrom('patients')
    .select('id')
    .where('user_id', '=', id)
    .executeTakeFirst();
  return { id, email, password, organisationId, totpSecret, patientId: patient?.id ?? null };
}
