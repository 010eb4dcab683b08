import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FHIR } from '../../platform/auth/access-rule.ts';
import { FHIR_JSON, historyJson } from './bundle-json.ts';
import { fhirContext as context, type FhirQuery, sendVersion } from './fhir-http.ts';
import type { FhirServices } from './fhir-services.ts';
import { FhirError, issue } from './operation-outcome.ts';

type Params = { resourceType: string; id: string; versionId: string };
const tags = ['FHIR R4'];
const config = { access: FHIR };

/** History (of a resource, of a type) and vread. */
export function registerHistoryRoutes(
  app: FastifyInstance,
  deps: { services: FhirServices; base: string },
): void {
  const { services, base } = deps;
  app.get(
    '/fhir/R4/:resourceType/_history',
    { config, schema: { tags, summary: 'History of a resource type' } },
    async (request, reply) => {
      const { resourceType } = request.params as Params;
      return sendHistory(request, reply, { resourceType });
    },
  );

  app.get(
    '/fhir/R4/:resourceType/:id/_history',
    { config, schema: { tags, summary: 'History of a resource' } },
    async (request, reply) => {
      const { resourceType, id } = request.params as Params;
      return sendHistory(request, reply, { resourceType, id });
    },
  );

  app.get(
    '/fhir/R4/:resourceType/:id/_history/:versionId',
    { config, schema: { tags, summary: 'Read a version' } },
    async (request, reply) => {
      const { resourceType, id, versionId } = request.params as Params;
      return sendVersion(
        reply,
        await services.reader.vread(context(request, 'vread'), resourceType, id, Number(versionId)),
      );
    },
  );

  async function sendHistory(
    request: FastifyRequest,
    reply: FastifyReply,
    filter: { resourceType: string; id?: string },
  ) {
    const query = request.query as FhirQuery;
    const count = Math.min(Number(query._count ?? 50), 1000);
    const offset = Number(query._offset ?? 0);
    const since = typeof query._since === 'string' ? new Date(query._since) : undefined;
    if (
      !Number.isInteger(count) ||
      count < 1 ||
      !Number.isInteger(offset) ||
      offset < 0 ||
      (since && Number.isNaN(since.getTime()))
    ) {
      throw new FhirError(400, 'invalid_search', [issue('value', '_count, _offset or _since is not valid.')]);
    }
    const page = await services.reader.history(
      context(request, filter.id ? 'history-instance' : 'history-type'),
      { ...filter, ...(since ? { since } : {}) },
      { count, offset },
    );
    const path = `${base}/${filter.resourceType}${filter.id ? `/${filter.id}` : ''}/_history`;
    const links = [
      { relation: 'self' as const, url: `${path}?_count=${count}${offset ? `&_offset=${offset}` : ''}` },
      ...(offset + count < page.total
        ? [{ relation: 'next' as const, url: `${path}?_count=${count}&_offset=${offset + count}` }]
        : []),
    ];
    return reply
      .type(FHIR_JSON)
      .send(historyJson({ base, links, total: page.total, versions: page.versions }));
  }
}
