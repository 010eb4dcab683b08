import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { PUBLIC } from '../auth/access-rule.ts';
import { API_DOCS_CSP } from './security-headers.ts';

/** OpenAPI 3.1 generated from the routes' zod schemas, at /api/openapi.json, with Swagger UI at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'LifeCare Nexus API',
        version,
        description:
          'REST API of LifeCare Nexus. Errors are RFC 9457 problem+json; clinical records are also served as HL7 FHIR R4.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'nexus_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // The documentation is public: it describes the API, it holds no data.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: PUBLIC };
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: API_DOCS_CSP,
    uiConfig: { deepLinking: true, docExpansion: 'list' },
  });
  app.get(
    '/api/openapi.json',
    { config: { access: PUBLIC }, schema: { hide: true } },
    async (_request, reply) => {
      return reply.header('cache-control', 'no-cache').send(app.swagger());
    },
  );
}
