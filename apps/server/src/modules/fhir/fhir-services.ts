import type { Resource } from '@medplum/fhirtypes';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { createBundleService } from './bundle.service.ts';
import { createFhirRepo, type StoredVersion } from './fhir.repo.ts';
import type { FhirAccessGate, FhirContext } from './fhir-access.ts';
import { createFhirReader } from './fhir-read.service.ts';
import { createFhirSearch } from './fhir-search.service.ts';
import { type AdmitWithin, type ConditionalMatcher, createFhirWriter } from './fhir-writer.ts';
import { createPatientIndexRepo } from './patient-index.repo.ts';
import { readSearchQuery } from './search-request.ts';

/** The FHIR store's services, wired together: reading, searching, writing, bundles. */
export function createFhirServices(deps: {
  db: Executor;
  gate: FhirAccessGate;
  cipher: EnvelopeCipher;
  clock: Clock;
  admit: AdmitWithin;
  log: Logger;
}) {
  const repo = createFhirRepo();
  const patientIndex = createPatientIndexRepo();
  const reader = createFhirReader({ db: deps.db, repo, gate: deps.gate, cipher: deps.cipher });
  const search = createFhirSearch({ db: deps.db, repo, gate: deps.gate, clock: deps.clock });
  const writer = createFhirWriter({ ...deps, repo, patientIndex });
  const bundles = createBundleService({ writer, reader, search });
  /** If-None-Exist: the query's matches, among what the actor may see. */
  const matchConditional: ConditionalMatcher = async (ctx: FhirContext, resourceType, query) => {
    const params: Record<string, string[]> = {};
    for (const [key, value] of new URLSearchParams(query)) params[key] = [...(params[key] ?? []), value];
    const result = await search.search(ctx, {
      ...readSearchQuery(resourceType, params),
      count: 2,
      offset: 0,
      total: 'none',
    });
    return result.matches;
  };
  const parse = (version: StoredVersion): Resource => JSON.parse(version.contentJson ?? '{}') as Resource;
  /**
   * Reads for modules whose own routes have already authorised and audited access to the patient
   * (the portal's record routes): the FHIR store's content without a second audit entry.
   */
  const records = {
    async compartment(patientId: string, types?: readonly string[]): Promise<Resource[]> {
      return (await repo.compartment(deps.db, patientId, types ? { types } : {})).map(parse);
    },
    async sharedReferencedBy(patientId: string): Promise<Resource[]> {
      return (await repo.sharedReferencedBy(deps.db, patientId)).map(parse);
    },
    async resource(
      resourceType: string,
      id: string,
    ): Promise<{ resource: Resource; patientId: string | null } | undefined> {
      const found = await repo.current(deps.db, resourceType, id);
      return found && !found.isDeleted ? { resource: parse(found), patientId: found.patientId } : undefined;
    },
    async binary(
      id: string,
    ): Promise<{ contentType: string; data: Uint8Array; patientId: string | null } | undefined> {
      const found = await repo.current(deps.db, 'Binary', id);
      if (!found || found.isDeleted) return undefined;
      const binary = parse(found) as { contentType: string };
      return {
        contentType: binary.contentType,
        data: await reader.binaryData(found),
        patientId: found.patientId,
      };
    },
  };
  return { repo, patientIndex, reader, search, writer, bundles, matchConditional, records };
}
export type FhirServices = ReturnType<typeof createFhirServices>;
