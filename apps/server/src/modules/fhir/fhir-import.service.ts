import type { Bundle, BundleEntry, Patient } from '@medplum/fhirtypes';
import type { ImportReport } from '@nexus/contracts';
import type { FhirContext } from './fhir-access.ts';
import type { FhirWriter } from './fhir-writer.ts';
import { invalidResource, issue } from './operation-outcome.ts';
import { displayNameOf } from './patient-demographics.ts';
import { rewriteReferences } from './references.ts';
import type { WriteRequest } from './write-plan.ts';

const TEMPORARY = /^urn:(uuid|oid):/;

/**
 * A collection Bundle's entries as creates. Their ids and fullUrls are another system's, so every
 * reference to them (`Patient/123`, the entry's absolute fullUrl) is turned into a temporary id
 * that the writer resolves to the ids this server assigns.
 */
function collectionRequests(entries: readonly BundleEntry[]): WriteRequest[] {
  const aliases = new Map<string, string>();
  const temporaryOf = entries.map((entry, index) => {
    const temporary =
      entry.fullUrl && TEMPORARY.test(entry.fullUrl) ? entry.fullUrl : `urn:uuid:import-${index}`;
    const resource = entry.resource;
    if (resource?.id) aliases.set(`${resource.resourceType}/${resource.id}`, temporary);
    if (entry.fullUrl && !TEMPORARY.test(entry.fullUrl)) aliases.set(entry.fullUrl, temporary);
    return temporary;
  });
  return entries.map((entry, index) => ({
    method: 'POST',
    resource: entry.resource ? rewriteReferences(entry.resource, aliases) : entry.resource,
    fullUrl: temporaryOf[index] as string,
  }));
}

function transactionRequests(entries: readonly BundleEntry[]): WriteRequest[] {
  return entries.map((entry, index) => {
    const method = entry.request?.method;
    const url = entry.request?.url ?? '';
    if (method === 'POST') {
      return {
        method: 'POST',
        resource: entry.resource,
        ...(entry.fullUrl ? { fullUrl: entry.fullUrl } : {}),
        ...(entry.request?.ifNoneExist ? { ifNoneExist: entry.request.ifNoneExist } : {}),
      };
    }
    const [resourceType = '', id = ''] = url.split('?')[0]?.split('/') ?? [];
    if (method === 'PUT')
      return {
        method: 'PUT',
        resourceType,
        id,
        resource: entry.resource,
        ...(entry.fullUrl ? { fullUrl: entry.fullUrl } : {}),
      };
    throw invalidResource([
      issue(
        'not-supported',
        `An import takes POST and PUT entries, not ${method ?? 'none'}.`,
        `Bundle.entry[${index}].request.method`,
      ),
    ]);
  });
}

/**
 * Imports a FHIR R4 transaction or collection Bundle (Synthea's output is the reference case) as one
 * atomic transaction: every resource validated, ids assigned by this server, references rewritten,
 * new patients admitted to the importing organisation, Provenance and audit for each patient.
 */
export function createFhirImport(deps: { writer: FhirWriter }) {
  const { writer } = deps;
  return {
    async importBundle(ctx: FhirContext, input: unknown): Promise<ImportReport> {
      const started = performance.now();
      const bundle = input as Bundle | null;
      if (
        bundle?.resourceType !== 'Bundle' ||
        (bundle.type !== 'transaction' && bundle.type !== 'collection' && bundle.type !== 'batch')
      ) {
        throw invalidResource([
          issue(
            'structure',
            'An import takes a FHIR Bundle of type transaction, batch or collection.',
            'Bundle.type',
          ),
        ]);
      }
      const entries = bundle.entry ?? [];
      const requests =
        bundle.type === 'collection' ? collectionRequests(entries) : transactionRequests(entries);
      const results = await writer.write({ ...ctx, interaction: 'import' }, requests, {
        atOf: (i) => `Bundle.entry[${i}]`,
      });
      const byType: Record<string, number> = {};
      const patients: ImportReport['patients'] = [];
      for (const result of results) {
        byType[result.resourceType] = (byType[result.resourceType] ?? 0) + 1;
        if (result.resourceType === 'Patient' && result.resource) {
          patients.push({ id: result.id, displayName: displayNameOf(result.resource as Patient) });
        }
      }
      return {
        resources: results.length,
        byType,
        patients,
        durationMs: Math.round(performance.now() - started),
      };
    },
  };
}
export type FhirImport = ReturnType<typeof createFhirImport>;
