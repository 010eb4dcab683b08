import type { Bundle, BundleEntry, OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { FhirContext } from './fhir-access.ts';
import type { FhirReader } from './fhir-read.service.ts';
import type { FhirSearch } from './fhir-search.service.ts';
import type { ConditionalMatcher, FhirWriter, WriteResult } from './fhir-writer.ts';
import { FhirError, invalidResource, issue, outcome, unsupported } from './operation-outcome.ts';
import { readSearchQuery } from './search-request.ts';
import type { WriteRequest } from './write-plan.ts';

const STATUS_TEXT: Record<number, string> = { 200: '200 OK', 201: '201 Created', 204: '204 No Content' };

/** `W/"3"` → 3 (If-Match carries a version id in a weak ETag). */
export function versionFromEtag(etag: string | undefined, at: string): number | undefined {
  if (etag === undefined) return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(etag.trim());
  if (!match) throw invalidResource([issue('value', `${etag} is not a version ETag such as W/"3".`, at)]);
  return Number(match[1]);
}

type EntryRequest =
  | { kind: 'write'; request: WriteRequest }
  | { kind: 'read'; resourceType: string; id: string }
  | { kind: 'search'; resourceType: string; query: URLSearchParams };

/** An entry's request.url relative to the FHIR base: `Patient`, `Patient/1`, `Observation?code=…`. */
function relativeUrl(url: string): string {
  const base = url.match(/^https?:\/\/[^/]+(?:\/[^?]*?)?\/(?=[A-Z][A-Za-z]+(?:[/?]|$))/);
  return base ? url.slice(base[0].length) : url.replace(/^\//, '');
}

function entryRequest(entry: BundleEntry, index: number): EntryRequest {
  const at = `Bundle.entry[${index}]`;
  const method = entry.request?.method;
  const url = entry.request?.url;
  if (!method || !url)
    throw invalidResource([
      issue('required', 'Each entry needs request.method and request.url.', `${at}.request`),
    ]);
  const [path = '', search] = relativeUrl(url).split('?', 2);
  const [resourceType = '', id, extra] = path.split('/');
  if (!/^[A-Z][A-Za-z]+$/.test(resourceType) || extra !== undefined) {
    throw invalidResource([
      issue('value', `request.url ${url} is not Type, Type/id or Type?query.`, `${at}.request.url`),
    ]);
  }
  switch (method) {
    case 'POST':
      return {
        kind: 'write',
        request: {
          method: 'POST',
          resource: entry.resource,
          ...(entry.fullUrl ? { fullUrl: entry.fullUrl } : {}),
          ...(entry.request?.ifNoneExist ? { ifNoneExist: entry.request.ifNoneExist } : {}),
        },
      };
    case 'PUT':
    case 'DELETE': {
      if (!id || search !== undefined) {
        throw unsupported(
          `Conditional ${method} (${url}) is not supported; address the resource by id.`,
          `${at}.request.url`,
        );
      }
      const ifMatch = versionFromEtag(entry.request?.ifMatch, `${at}.request.ifMatch`);
      const common = { resourceType, id, ...(ifMatch !== undefined ? { ifMatch } : {}) };
      return method === 'PUT'
        ? {
            kind: 'write',
            request: {
              method: 'PUT',
              ...common,
              resource: entry.resource,
              ...(entry.fullUrl ? { fullUrl: entry.fullUrl } : {}),
            },
          }
        : { kind: 'write', request: { method: 'DELETE', ...common } };
    }
    case 'GET':
      return id
        ? { kind: 'read', resourceType, id }
        : { kind: 'search', resourceType, query: new URLSearchParams(search ?? '') };
    default:
      throw unsupported(`${method} entries are not supported.`, `${at}.request.method`);
  }
}

const responseEntry = (result: WriteResult, isRepresentation: boolean): BundleEntry => ({
  ...(result.resource && isRepresentation ? { resource: result.resource } : {}),
  response: {
    status: STATUS_TEXT[result.status] ?? String(result.status),
    ...(result.status !== 204
      ? { location: `${result.resourceType}/${result.id}/_history/${result.versionId}` }
      : {}),
    ...(result.versionId
      ? { etag: `W/"${result.versionId}"`, lastModified: result.lastUpdated.toISOString() }
      : {}),
  },
});

const failedEntry = (error: unknown): BundleEntry => {
  if (!(error instanceof FhirError) && !(error instanceof Error && 'status' in error)) throw error;
  const status = (error as { status: number }).status;
  const issues = error instanceof FhirError ? error.issues : [issue('processing', (error as Error).message)];
  return { response: { status: String(status), outcome: outcome(issues) as OperationOutcome } };
};

const queryObject = (params: URLSearchParams): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const [key, value] of params) out[key] = [...(out[key] ?? []), value];
  return out;
};

/**
 * Transaction and batch Bundles. A transaction is all or nothing: its writes go through the writer
 * as one atomic set (temporary `urn:uuid:` ids resolved), and any invalid entry fails the whole
 * Bundle with an OperationOutcome naming it. A batch runs each entry on its own and reports each.
 * GET entries run after the writes.
 */
export function createBundleService(deps: { writer: FhirWriter; reader: FhirReader; search: FhirSearch }) {
  const { writer, reader, search } = deps;

  async function runGet(
    ctx: FhirContext,
    request: Extract<EntryRequest, { kind: 'read' | 'search' }>,
  ): Promise<BundleEntry> {
    if (request.kind === 'read') {
      const found = await reader.read(ctx, request.resourceType, request.id);
      return {
        resource: JSON.parse(found.contentJson ?? '{}') as Resource,
        response: { status: '200 OK', etag: `W/"${found.versionId}"` },
      };
    }
    const result = await search.search(
      ctx,
      readSearchQuery(request.resourceType, queryObject(request.query)),
    );
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      ...(result.total !== null ? { total: result.total } : {}),
      entry: [...result.matches, ...result.included].map((v) => ({
        resource: JSON.parse(v.contentJson ?? '{}') as Resource,
      })),
    };
    return { resource: bundle, response: { status: '200 OK' } };
  }

  return {
    async process(
      ctx: FhirContext,
      input: unknown,
      options: { isRepresentation: boolean; matchConditional?: ConditionalMatcher },
    ): Promise<Bundle> {
      const bundle = input as Bundle | null;
      if (bundle?.resourceType !== 'Bundle') {
        throw invalidResource([
          issue('structure', 'POST to the base takes a Bundle of type transaction or batch.', 'Bundle'),
        ]);
      }
      if (bundle.type !== 'transaction' && bundle.type !== 'batch') {
        throw invalidResource([
          issue(
            'value',
            `Bundle.type must be transaction or batch, not ${bundle.type ?? 'missing'}.`,
            'Bundle.type',
          ),
        ]);
      }
      const entries = bundle.entry ?? [];
      if (bundle.type === 'batch') {
        const responses: BundleEntry[] = [];
        for (const [index, entry] of entries.entries()) {
          try {
            const request = entryRequest(entry, index);
            if (request.kind === 'write') {
              const [result] = await writer.write({ ...ctx, interaction: 'batch' }, [request.request], {
                atOf: () => `Bundle.entry[${index}]`,
                ...(options.matchConditional ? { matchConditional: options.matchConditional } : {}),
              });
              responses.push(
                result ? responseEntry(result, options.isRepresentation) : { response: { status: '500' } },
              );
            } else responses.push(await runGet(ctx, request));
          } catch (error) {
            responses.push(failedEntry(error));
          }
        }
        return { resourceType: 'Bundle', type: 'batch-response', entry: responses };
      }

      const requests = entries.map(entryRequest);
      const writeIndexes = requests.flatMap((r, i) => (r.kind === 'write' ? [i] : []));
      const results = await writer.write(
        { ...ctx, interaction: 'transaction' },
        writeIndexes.map((i) => (requests[i] as Extract<EntryRequest, { kind: 'write' }>).request),
        {
          atOf: (i) => `Bundle.entry[${writeIndexes[i] ?? i}]`,
          ...(options.matchConditional ? { matchConditional: options.matchConditional } : {}),
        },
      );
      const responses: BundleEntry[] = [];
      for (const [index, request] of requests.entries()) {
        if (request.kind === 'write') {
          const result = results[writeIndexes.indexOf(index)];
          responses.push(
            result ? responseEntry(result, options.isRepresentation) : { response: { status: '500' } },
          );
        } else responses.push(await runGet(ctx, request));
      }
      return { resourceType: 'Bundle', type: 'transaction-response', entry: responses };
    },
  };
}
export type BundleService = ReturnType<typeof createBundleService>;
