import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../../platform/auth/authentication.ts';
import { pathOf } from '../../platform/http/problem.ts';
import { FHIR_JSON } from './bundle-json.ts';
import type { StoredVersion } from './fhir.repo.ts';
import type { FhirContext, FhirInteraction } from './fhir-access.ts';

export type FhirQuery = Record<string, string | string[] | undefined>;

/** A preference from the Prefer header (`return=minimal`, `handling=lenient`). */
export const prefers = (request: FastifyRequest, key: string): string | undefined =>
  String(request.headers.prefer ?? '')
    .split(/[;,]/)
    .map((part) => part.trim().split('='))
    .find(([name]) => name === key)?.[1];

export function sendVersion(reply: FastifyReply, version: StoredVersion, status = 200): FastifyReply {
  return reply
    .status(status)
    .type(FHIR_JSON)
    .header('etag', `W/"${version.versionId}"`)
    .header('last-modified', version.lastUpdated.toUTCString())
    .send(version.contentJson);
}

/** Who asks, from where, through which route: the context every FHIR decision is made and audited in. */
export const fhirContext = (request: FastifyRequest, interaction: FhirInteraction): FhirContext => ({
  actor: actorOf(request),
  origin: { sourceIp: request.ip, requestId: request.id },
  route: `${request.method} ${request.routeOptions.url ?? pathOf(request.url)}`,
  interaction,
});

/** A searchset's self, next and previous links: the same query, another page. */
export function searchLinks(
  base: string,
  resourceType: string,
  query: FhirQuery,
  offset: number,
  count: number,
  hasMore: boolean,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === '_offset' || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  const url = (at: number) => {
    const page = new URLSearchParams(params);
    page.set('_count', String(count));
    if (at > 0) page.set('_offset', String(at));
    return `${base}/${resourceType}?${page.toString()}`;
  };
  return [
    { relation: 'self' as const, url: url(offset) },
    ...(hasMore ? [{ relation: 'next' as const, url: url(offset + count) }] : []),
    ...(offset > 0 ? [{ relation: 'previous' as const, url: url(Math.max(0, offset - count)) }] : []),
  ];
}
