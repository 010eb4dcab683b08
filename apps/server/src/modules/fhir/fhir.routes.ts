import type { Resource } from '@medplum/fhirtypes';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { FHIR, PUBLIC } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { Clock } from '../../platform/clock.ts';
import { pathOf } from '../../platform/http/problem.ts';
import { versionFromEtag } from './bundle.service.ts';
import { FHIR_JSON, historyJson, searchsetJson } from './bundle-json.ts';
import { capabilityStatement } from './capability-statement.ts';
import type { StoredVersion } from './fhir.repo.ts';
import type { FhirContext, FhirInteraction } from './fhir-access.ts';
import { registerFhirErrors } from './fhir-errors.ts';
import type { FhirServices } from './fhir-services.ts';
import { FhirError, issue } from './operation-outcome.ts';
import { readSearchQuery } from './search-request.ts';

/** Bundles (transactions, imports) may be far larger than an ordinary API request. */
export const FHIR_BODY_LIMIT_BYTES = 32 * 1024 * 1024;

type Params = { resourceType: string; id: string; versionId: string };
type Query = Record<string, string | string[] | undefined>;

const tags = ['FHIR R4'];
const config = { access: FHIR };

/** A preference from the Prefer header (`return=minimal`, `handling=lenient`). */
const prefers = (request: FastifyRequest, key: string): string | undefined =>
  String(request.headers.prefer ?? '')
    .split(/[;,]/)
    .map((part) => part.trim().split('='))
    .find(([name]) => name === key)?.[1];

function sendVersion(reply: FastifyReply, version: StoredVersion, status = 200): FastifyReply {
  return reply
    .status(status)
    .type(FHIR_JSON)
    .header('etag', `W/"${version.versionId}"`)
    .header('last-modified', version.lastUpdated.toUTCString())
    .send(version.contentJson);
}

/** The FHIR R4 REST API at /fhir/R4: metadata, CRUD, history, search, transaction/batch, $everything. */
export function fhirRoutes(deps: { services: FhirServices; baseUrl: string; version: string; clock: Clock }) {
  const { services, baseUrl, version, clock } = deps;
  const base = `${baseUrl.replace(/\/$/, '')}/fhir/R4`;

  const context = (request: FastifyRequest, interaction: FhirInteraction): FhirContext => ({
    actor: actorOf(request),
    origin: { sourceIp: request.ip, requestId: request.id },
    route: `${request.method} ${request.routeOptions.url ?? pathOf(request.url)}`,
    interaction,
  });

  const searchLinks = (
    resourceType: string,
    query: Query,
    offset: number,
    count: number,
    hasMore: boolean,
  ) => {
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
  };

  async function runSearch(request: FastifyRequest, reply: FastifyReply, resourceType: string, query: Query) {
    const parsed = readSearchQuery(resourceType, query, {
      isLenient: prefers(request, 'handling') === 'lenient',
    });
    const result = await services.search.search(context(request, 'search-type'), parsed);
    return reply.type(FHIR_JSON).send(
      searchsetJson({
        base,
        links: searchLinks(resourceType, query, parsed.offset, parsed.count, result.hasMore),
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
      '/fhir/R4/:resourceType/_history',
      { config, schema: { tags, summary: 'History of a resource type' } },
      async (request, reply) => {
        const { resourceType } = request.params as Params;
        return sendHistory(request, reply, { resourceType });
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
      const query = request.query as Query;
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
        throw new FhirError(400, 'invalid_search', [
          issue('value', '_count, _offset or _since is not valid.'),
        ]);
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
  };
}
