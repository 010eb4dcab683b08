import type { Resource } from '@medplum/fhirtypes';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FHIR, PUBLIC } from '../../platform/auth/access-rule.ts';
import type { Clock } from '../../platform/clock.ts';
import { versionFromEtag } from './bundle.service.ts';
import { FHIR_JSON, searchsetJson } from './bundle-json.ts';
import { capabilityStatement } from './capability-statement.ts';
import { registerFhirErrors } from './fhir-errors.ts';
import { registerHistoryRoutes } from './fhir-history.routes.ts';
import { type FhirQuery, fhirContext, prefers, searchLinks, sendVersion } from './fhir-http.ts';
import type { FhirServices } from './fhir-services.ts';
import { FhirError, issue } from './operation-outcome.ts';
import { readSearchQuery } from './search-request.ts';

/** Bundles (transactions, imports) may be far larger than an ordinary API request. */
export const FHIR_BODY_LIMIT_BYTES = 32 * 1024 * 1024;

type Params = { resourceType: string; id: string; versionId: string };
type Query = FhirQuery;

const tags = ['FHIR R4'];
const config = { access: FHIR };

/** The FHIR R4 REST API at /fhir/R4: metadata, CRUD, history, search, transaction/batch, $everything. */
export function fhirRoutes(deps: { services: FhirServices; baseUrl: string; version: string; clock: Clock }) {
  const { services, baseUrl, version, clock } = deps;
  const base = `${baseUrl.replace(/\/$/, '')}/fhir/R4`;

  const context = fhirContext;

  async function runSearch(request: FastifyRequest, reply: FastifyReply, resourceType: string, query: Query) {
    const parsed = readSearchQuery(resourceType, query, {
      isLenient: prefers(request, 'handling') === 'lenient',
    });
    const result = await services.search.search(context(request, 'search-type'), parsed);
    return reply.type(FHIR_JSON).send(
      searchsetJson({
        base,
        links: searchLinks(base, resourceType, query, parsed.offset, parsed.count, result.hasMore),
        total: result.total,
        matches: result.matches,
        included: result.included,
      }),
    );
  }

  async function sendWrite(
    request: FastifyRequest,
    reply: FastifyReply,
    result: Awaited<ReturnType<FhirServices['writer']['write']>>[number],
  ) {
    if (result.status === 204) return reply.status(204).send();
    reply
      .status(result.status)
      .header('etag', `W/"${result.versionId}"`)
      .header('last-modified', result.lastUpdated.toUTCString())
      .header('location', `${base}/${result.resourceType}/${result.id}/_history/${result.versionId}`);
    if (prefers(request, 'return') === 'minimal') return reply.send();
    const stored =
      result.resource ??
      JSON.parse(
        (await services.reader.read(context(request, 'read'), result.resourceType, result.id)).contentJson ??
          '{}',
      );
    return reply.type(FHIR_JSON).send(JSON.stringify(stored));
  }

  return async (app: FastifyInstance) => {
    registerFhirErrors(app);
    const parseJson = app.getDefaultJsonParser('error', 'ignore');
    app.addContentTypeParser(
      ['application/fhir+json', 'application/json+fhir'],
      { parseAs: 'string', bodyLimit: FHIR_BODY_LIMIT_BYTES },
      parseJson,
    );
    const routeOptions = { config, bodyLimit: FHIR_BODY_LIMIT_BYTES };

    app.get(
      '/fhir/R4/metadata',
      {
        config: { access: PUBLIC },
        schema: { tags, summary: 'CapabilityStatement: what this server supports' },
      },
      async (_request, reply) =>
        reply
          .type(FHIR_JSON)
          .send(JSON.stringify(capabilityStatement({ baseUrl: base, version, now: clock.now() }))),
    );

    app.post(
      '/fhir/R4',
      { ...routeOptions, schema: { tags, summary: 'Transaction or batch Bundle' } },
      async (request, reply) => {
        const result = await services.bundles.process(context(request, 'transaction'), request.body, {
          isRepresentation: prefers(request, 'return') === 'representation',
          matchConditional: services.matchConditional,
        });
        return reply.type(FHIR_JSON).send(JSON.stringify(result));
      },
    );

    app.get(
      '/fhir/R4/Patient/:id/$everything',
      { config, schema: { tags, summary: "Everything in a patient's record" } },
      async (request, reply) => {
        const { id } = request.params as Params;
        const query = request.query as Query;
        const since = typeof query._since === 'string' ? new Date(query._since) : undefined;
        if (since && Number.isNaN(since.getTime()))
          throw new FhirError(400, 'invalid_search', [
            issue('value', '_since must be an instant.', '_since'),
          ]);
        const types = typeof query._type === 'string' ? query._type.split(',') : undefined;
        const resources = await services.reader.everything(context(request, 'everything'), id, {
          ...(since ? { since } : {}),
          ...(types ? { types } : {}),
        });
        return reply.type(FHIR_JSON).send(
          searchsetJson({
            base,
            links: [{ relation: 'self', url: `${base}/Patient/${id}/$everything` }],
            total: resources.length,
            matches: resources,
            included: [],
          }),
        );
      },
    );

    app.get(
      '/fhir/R4/:resourceType',
      { config, schema: { tags, summary: 'Search' } },
      async (request, reply) =>
        runSearch(request, reply, (request.params as Params).resourceType, request.query as Query),
    );
    app.post(
      '/fhir/R4/:resourceType/_search',
      { config, schema: { tags, summary: 'Search (form-encoded)' } },
      async (request, reply) =>
        runSearch(request, reply, (request.params as Params).resourceType, {
          ...(request.query as Query),
          ...((request.body as Query | undefined) ?? {}),
        }),
    );

    app.post(
      '/fhir/R4/:resourceType',
      { ...routeOptions, schema: { tags, summary: 'Create (If-None-Exist for conditional create)' } },
      async (request, reply) => {
        const { resourceType } = request.params as Params;
        const body = request.body as Resource | undefined;
        if (body?.resourceType !== resourceType) {
          throw new FhirError(400, 'invalid_resource', [
            issue('invalid', `The body must be a ${resourceType} resource.`, 'resourceType'),
          ]);
        }
        const ifNoneExist = request.headers['if-none-exist'];
        const [result] = await services.writer.write(
          context(request, 'create'),
          [{ method: 'POST', resource: body, ...(typeof ifNoneExist === 'string' ? { ifNoneExist } : {}) }],
          {
            atOf: () => resourceType,
            matchConditional: services.matchConditional,
          },
        );
        if (!result) throw new Error('a write gave no result');
        return sendWrite(request, reply, result);
      },
    );

    app.get(
      '/fhir/R4/:resourceType/:id',
      { config, schema: { tags, summary: 'Read' } },
      async (request, reply) => {
        const { resourceType, id } = request.params as Params;
        const found = await services.reader.read(context(request, 'read'), resourceType, id);
        const accept = String(request.headers.accept ?? '');
        if (resourceType === 'Binary' && accept !== '' && !/json|\*\/\*/.test(accept)) {
          const binary = JSON.parse(found.contentJson ?? '{}') as { contentType: string };
          return reply
            .type(binary.contentType)
            .header('content-disposition', 'attachment')
            .send(Buffer.from(await services.reader.binaryData(found)));
        }
        if (resourceType === 'Binary') {
          const binary = JSON.parse(found.contentJson ?? '{}') as Record<string, unknown>;
          return reply
            .type(FHIR_JSON)
            .header('etag', `W/"${found.versionId}"`)
            .send(
              JSON.stringify({
                ...binary,
                data: Buffer.from(await services.reader.binaryData(found)).toString('base64'),
              }),
            );
        }
        return sendVersion(reply, found);
      },
    );

    app.put(
      '/fhir/R4/:resourceType/:id',
      {
        ...routeOptions,
        schema: { tags, summary: 'Update, or create with this id (If-Match for version checks)' },
      },
      async (request, reply) => {
        const { resourceType, id } = request.params as Params;
        const ifMatch = versionFromEtag(request.headers['if-match'] as string | undefined, 'If-Match');
        const [result] = await services.writer.write(
          context(request, 'update'),
          [
            {
              method: 'PUT',
              resourceType,
              id,
              resource: request.body,
              ...(ifMatch !== undefined ? { ifMatch } : {}),
            },
          ],
          { atOf: () => resourceType },
        );
        if (!result) throw new Error('a write gave no result');
        return sendWrite(request, reply, result);
      },
    );

    app.delete(
      '/fhir/R4/:resourceType/:id',
      { config, schema: { tags, summary: 'Delete (the history is kept)' } },
      async (request, reply) => {
        const { resourceType, id } = request.params as Params;
        const ifMatch = versionFromEtag(request.headers['if-match'] as string | undefined, 'If-Match');
        await services.writer.write(
          context(request, 'delete'),
          [{ method: 'DELETE', resourceType, id, ...(ifMatch !== undefined ? { ifMatch } : {}) }],
          { atOf: () => resourceType },
        );
        return reply.status(204).send();
      },
    );

    registerHistoryRoutes(app, { services, base });
  };
}
