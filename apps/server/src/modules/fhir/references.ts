import type { Resource } from '@medplum/fhirtypes';
import { compartmentRuleOf, type StoredResourceType } from './resource-types.ts';

export type ResourceKey = { resourceType: string; id: string };

const RELATIVE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** `Type/id` (optionally with `/_history/n`) as a key; null for absolute, contained or urn references. */
export function parseReference(reference: string | undefined): ResourceKey | null {
  const match = reference ? RELATIVE.exec(reference) : null;
  return match?.[1] && match[2] ? { resourceType: match[1], id: match[2] } : null;
}

export const keyOf = (key: ResourceKey): string => `${key.resourceType}/${key.id}`;

/** The reference that names the resource's patient (`subject`, `patient`, `beneficiary`), if its type has one. */
export function compartmentReferenceOf(resource: Resource): string | undefined {
  const rule = compartmentRuleOf(resource.resourceType as StoredResourceType);
  if (rule.kind !== 'reference') return undefined;
  const value = (resource as unknown as Record<string, { reference?: unknown } | undefined>)[rule.element];
  return typeof value?.reference === 'string' ? value.reference : undefined;
}

/** The references a derived compartment follows: Provenance.target, Binary.securityContext. */
export function derivedReferencesOf(resource: Resource): string[] {
  const rule = compartmentRuleOf(resource.resourceType as StoredResourceType);
  if (rule.kind !== 'derived') return [];
  const value = (resource as unknown as Record<string, unknown>)[rule.element];
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((r) =>
    typeof (r as { reference?: unknown }).reference === 'string'
      ? [(r as { reference: string }).reference]
      : [],
  );
}

const TEMPORARY_ID = /^urn:(uuid|oid):/;

/**
 * Replaces references by the map (a transaction's `urn:uuid:` fullUrls → `Type/id`), everywhere in the
 * resource, contained resources included: every `reference` element, and, as FHIR asks of
 * transactions, any other uri element (an attachment's url) that is exactly a temporary id.
 */
export function rewriteReferences<T>(value: T, map: ReadonlyMap<string, string>): T {
  if (map.size === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => rewriteReferences(item, map)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] =
      typeof item === 'string' && (key === 'reference' || TEMPORARY_ID.test(item))
        ? (map.get(item) ?? item)
        : rewriteReferences(item, map);
  }
  return out as T;
}
