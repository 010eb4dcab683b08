import { randomUUID } from 'node:crypto';
import type { Resource } from '@medplum/fhirtypes';
import { invalidResource, issue, unsupported } from './operation-outcome.ts';
import { keyOf, rewriteReferences } from './references.ts';
import { isStoredResourceType, type StoredResourceType } from './resource-types.ts';
import { validateForWrite } from './validation.ts';

/** One write a client asks for: a create, an update (or update-as-create), or a delete. */
export type WriteRequest =
  | { method: 'POST'; resource: unknown; fullUrl?: string; ifNoneExist?: string }
  | { method: 'PUT'; resourceType: string; id: string; resource: unknown; fullUrl?: string; ifMatch?: number }
  | { method: 'DELETE'; resourceType: string; id: string; ifMatch?: number };

/** A request checked and given its id, with every in-bundle reference rewritten. */
export type PlannedWrite = {
  index: number;
  method: 'POST' | 'PUT' | 'DELETE';
  resourceType: StoredResourceType;
  id: string;
  /** The resource to store (null for a delete). */
  resource: Resource | null;
  ifMatch?: number;
  ifNoneExist?: string;
  /** Where problems with this request are reported: `Bundle.entry[3]` or the resource type. */
  at: string;
  /** A conditional create whose condition matched this existing resource (`Type/id`): nothing is written. */
  matched?: string;
};

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEMPORARY = /^urn:(uuid|oid):/;

/** Every `reference` value left in a resource that names a temporary (urn) id. */
function unresolvedIn(value: unknown, path: string, out: { reference: string; path: string }[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) unresolvedIn(item, `${path}[${i}]`, out);
    return;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'reference' && typeof item === 'string' && TEMPORARY.test(item))
      out.push({ reference: item, path: `${path}.reference` });
    else unresolvedIn(item, `${path}.${key}`, out);
  }
}

function planOne(request: WriteRequest, index: number, at: string): PlannedWrite {
  const resourceAt = `${at}.resource`;
  if (request.method === 'DELETE') {
    if (!isStoredResourceType(request.resourceType))
      throw unsupported(`This server does not store ${request.resourceType} resources.`, at);
    if (request.resourceType === 'Patient') {
      throw unsupported('Patient records are never deleted; end the care relationships instead.', at);
    }
    if (!ID.test(request.id))
      throw invalidResource([issue('value', `"${request.id}" is not a valid resource id.`, at)]);
    return {
      index,
      method: 'DELETE',
      resourceType: request.resourceType,
      id: request.id,
      resource: null,
      at,
      ...(request.ifMatch !== undefined ? { ifMatch: request.ifMatch } : {}),
    };
  }
  const resource = validateForWrite(request.resource, resourceAt);
  const type = resource.resourceType as StoredResourceType;
  if (request.method === 'POST') {
    return {
      index,
      method: 'POST',
      resourceType: type,
      id: randomUUID(),
      resource,
      at,
      ...(request.ifNoneExist ? { ifNoneExist: request.ifNoneExist } : {}),
    };
  }
  if (resource.resourceType !== request.resourceType) {
    throw invalidResource([
      issue(
        'invalid',
        `The resource is a ${resource.resourceType}, but the address is for ${request.resourceType}.`,
        `${resourceAt}.resourceType`,
      ),
    ]);
  }
  if (resource.id !== request.id) {
    throw invalidResource([
      issue('invalid', 'The resource id must be the id in the address.', `${resourceAt}.id`),
    ]);
  }
  if (!ID.test(request.id) || (type === 'Patient' && !UUID.test(request.id))) {
    throw invalidResource([
      issue(
        'value',
        `"${request.id}" is not a valid ${type} id${type === 'Patient' ? ' (patient ids are UUIDs)' : ''}.`,
        `${resourceAt}.id`,
      ),
    ]);
  }
  return {
    index,
    method: 'PUT',
    resourceType: type,
    id: request.id,
    resource,
    at,
    ...(request.ifMatch !== undefined ? { ifMatch: request.ifMatch } : {}),
  };
}

/**
 * Checks every request, gives created resources their ids, and rewrites references to temporary
 * (`urn:uuid:`) ids of other entries into real ones. A reference to a temporary id that no entry
 * defines, or two requests for the same resource, make the whole set invalid.
 */
export function planWrites(
  requests: readonly WriteRequest[],
  atOf: (index: number) => string,
  /** Conditional creates that matched an existing resource, by request index → `Type/id`. */
  matches: ReadonlyMap<number, string> = new Map(),
): PlannedWrite[] {
  const planned = requests.map((request, index) => {
    const write = planOne(request, index, atOf(index));
    const match = matches.get(index);
    return match ? { ...write, matched: match, id: match.slice(match.indexOf('/') + 1) } : write;
  });
  const temporary = new Map<string, string>();
  planned.forEach((write, index) => {
    const fullUrl = (requests[index] as { fullUrl?: string }).fullUrl;
    if (fullUrl && TEMPORARY.test(fullUrl)) temporary.set(fullUrl, write.matched ?? keyOf(write));
  });
  const seen = new Set<string>();
  for (const write of planned) {
    const key = keyOf(write);
    if (seen.has(key))
      throw invalidResource([issue('duplicate', `${key} is written by more than one entry.`, write.at)]);
    seen.add(key);
    if (!write.resource) continue;
    const rewritten = rewriteReferences({ ...write.resource, id: write.id }, temporary);
    const unresolved: { reference: string; path: string }[] = [];
    unresolvedIn(rewritten, `${write.at}.resource`, unresolved);
    const first = unresolved[0];
    if (first) {
      throw invalidResource([
        issue(
          'not-found',
          `The reference ${first.reference} does not match the fullUrl of any entry.`,
          first.path,
        ),
      ]);
    }
    write.resource = rewritten;
  }
  return planned;
}
