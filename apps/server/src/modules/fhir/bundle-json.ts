import type { StoredVersion } from './fhir.repo.ts';

/**
 * Search and history Bundles are built as text around each resource's stored JSON, so that a page of
 * thousands of resources is never parsed and serialised again (it is stored exactly as it is served).
 */
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

type Link = { relation: 'self' | 'next' | 'previous'; url: string };

const linksJson = (links: readonly Link[]) => JSON.stringify(links);

export function searchsetJson(input: {
  base: string;
  links: readonly Link[];
  total: number | null;
  matches: readonly StoredVersion[];
  included: readonly StoredVersion[];
}): string {
  const entry = (version: StoredVersion, mode: 'match' | 'include') =>
    `{"fullUrl":${JSON.stringify(`${input.base}/${version.resourceType}/${version.id}`)},"resource":${version.contentJson},"search":{"mode":"${mode}"}}`;
  const entries = [
    ...input.matches.map((v) => entry(v, 'match')),
    ...input.included.map((v) => entry(v, 'include')),
  ];
  const total = input.total === null ? '' : `"total":${input.total},`;
  return `{"resourceType":"Bundle","type":"searchset",${total}"link":${linksJson(input.links)},"entry":[${entries.join(',')}]}`;
}

export function historyJson(input: {
  base: string;
  links: readonly Link[];
  total: number;
  versions: readonly StoredVersion[];
}): string {
  const entries = input.versions.map((v) => {
    const url = `${v.resourceType}/${v.id}`;
    const fullUrl = JSON.stringify(`${input.base}/${url}`);
    const response = `"response":{"status":"${v.isDeleted ? '204 No Content' : v.versionId === 1 ? '201 Created' : '200 OK'}","etag":"W/\\"${v.versionId}\\"","lastModified":"${v.lastUpdated.toISOString()}"}`;
    const request = `"request":{"method":"${v.isDeleted ? 'DELETE' : v.versionId === 1 ? 'POST' : 'PUT'}","url":${JSON.stringify(v.versionId === 1 && !v.isDeleted ? v.resourceType : url)}}`;
    return v.isDeleted
      ? `{"fullUrl":${fullUrl},${request},${response}}`
      : `{"fullUrl":${fullUrl},"resource":${v.contentJson},${request},${response}}`;
  });
  return `{"resourceType":"Bundle","type":"history","total":${input.total},"link":${linksJson(input.links)},"entry":[${entries.join(',')}]}`;
}
