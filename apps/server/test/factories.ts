import { randomUUID } from 'node:crypto';
import type { OrganisationKind, Role } from '@nexus/contracts';
import pino from 'pino';
import { generateAuditSigningKey, signerFromConfig } from '../src/modules/audit/audit-signer.ts';
import { createAuditModule } from '../src/modules/audit/index.ts';
import { createIdentityModule } from '../src/modules/identity/index.ts';
import type { Clock } from '../src/platform/clock.ts';
import type { Database } from '../src/platform/db/database.ts';

/** One signing key for the whole test run: tests check signatures, not key management. */
export const testAuditSigner = signerFromConfig(generateAuditSigningKey());

export const TEST_PASSWORD = 'correct horse battery staple';

export function identityServiceFor(db: Database, clock: Clock) {
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
  }).service;
}

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

/** A user with one role, in the given organisation or a new one. */
export async function buildUser(
  db: Database,
  clock: Clock,
  options: { role?: Role; organisationId?: string; password?: string } = {},
): Promise<{ id: string; email: string; password: string; organisationId: string }> {
  const organisationId = options.organisationId ?? (await buildOrganisation(db, clock));
  const email = `user-${randomUUID()}@example.org`;
  const password = options.password ?? TEST_PASSWORD;
  const id = await identityServiceFor(db, clock).createUser({
    email,
    displayName: 'Test User',
    password,
    memberships: [{ organisationId, role: options.role ?? 'patient' }],
  });
  return { id, email, password, organisationId };
}
