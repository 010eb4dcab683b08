import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { CareFacts } from '../../platform/auth/policy.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { ReadablePatients } from '../access/index.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createFhirRepo } from './fhir.repo.ts';
import { fhirRoutes } from './fhir.routes.ts';
import { createFhirAccessGate } from './fhir-access.ts';
import { loadFhirDefinitions } from './fhir-definitions.ts';
import { createFhirImport } from './fhir-import.service.ts';
import { createFhirServices } from './fhir-services.ts';
import type { AdmitWithin } from './fhir-writer.ts';
import { importRoutes } from './import.routes.ts';
import { createPatientIndexRepo } from './patient-index.repo.ts';
import { createPatientResources } from './patient-resources.ts';

export type { StoredVersion } from './fhir.repo.ts';
export type { FhirContext, FhirInteraction } from './fhir-access.ts';
export type { FhirServices } from './fhir-services.ts';
export type { WriteResult } from './fhir-writer.ts';
export { FhirError } from './operation-outcome.ts';
export type { PatientRecordCreated } from './patient-resources.ts';
export type { WriteRequest } from './write-plan.ts';
export { loadFhirDefinitions };

/**
 * Patient records as FHIR R4 resources: the store (versions, search indexes, Provenance), the FHIR
 * REST API at /fhir/R4, and what other modules use to read and write records.
 */
export function createFhirModule(deps: {
  db: Executor;
  clock: Clock;
  cipher: EnvelopeCipher;
  audit: AuditRecorder;
  facts: CareFacts;
  readablePatients: ReadablePatients;
  admit: AdmitWithin;
  log: Logger;
  publicUrl: string;
  version: string;
}) {
  const gate = createFhirAccessGate(deps);
  const services = createFhirServices({ ...deps, gate });
  const patientResources = createPatientResources({
    repo: services.repo,
    patientIndex: services.patientIndex,
    clock: deps.clock,
  });
  const imports = createFhirImport({ writer: services.writer });
  const api = fhirRoutes({ services, baseUrl: deps.publicUrl, version: deps.version, clock: deps.clock });
  const routes = async (app: FastifyInstance) => {
    await app.register(api);
    await app.register(importRoutes({ imports }));
  };
  return { services, patientResources, imports, routes };
}
export type FhirModule = ReturnType<typeof createFhirModule>;

/** The Patient resource writer alone, for modules built before the FHIR module (identity, accounts). */
export const patientResourcesFor = (clock: Clock) =>
  createPatientResources({ repo: createFhirRepo(), patientIndex: createPatientIndexRepo(), clock });
