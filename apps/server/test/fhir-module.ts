import pino from 'pino';
import { createAccessModule } from '../src/modules/access/index.ts';
import { createAuditModule } from '../src/modules/audit/index.ts';
import { createFhirModule } from '../src/modules/fhir/index.ts';
import type { Clock } from '../src/platform/clock.ts';
import type { Database } from '../src/platform/db/database.ts';
import { testAuditSigner, testCipher } from './factories.ts';

/** The FHIR module outside the HTTP app, wired as the server wires it (policy, audit, admissions). */
export function fhirModuleForTest(db: Database, clock: Clock) {
  const log = pino({ level: 'silent' });
  const audit = createAuditModule({ db: db.kysely, clock, log, signer: testAuditSigner }).service;
  const access = createAccessModule({ db: db.kysely, clock, log, audit, auditLog: audit });
  return createFhirModule({
    db: db.kysely,
    clock,
    cipher: testCipher,
    audit,
    facts: access.facts,
    readablePatients: access.readablePatients,
    admit: access.service.admitWithin,
    log,
    publicUrl: 'http://localhost:3000',
    version: 'test',
  });
}
