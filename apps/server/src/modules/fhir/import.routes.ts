import { ImportReport, OrganisationIdParams, Problem } from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/auth/authentication.ts';
import { FHIR_BODY_LIMIT_BYTES } from './fhir.routes.ts';
import type { FhirImport } from './fhir-import.service.ts';

/** The admin portal's import: a FHIR Bundle file into the organisation (its patients are admitted there). */
export function importRoutes(deps: { imports: FhirImport }): FastifyPluginAsyncZod {
  return async (app) => {
    const parseJson = app.getDefaultJsonParser('error', 'ignore');
    app.addContentTypeParser(
      ['application/fhir+json', 'application/json+fhir'],
      { parseAs: 'string', bodyLimit: FHIR_BODY_LIMIT_BYTES },
      parseJson,
    );
    app.post(
      '/api/v1/organisations/:organisationId/record-imports',
      {
        bodyLimit: FHIR_BODY_LIMIT_BYTES,
        config: {
          access: {
            kind: 'organisation',
            action: 'organisation.import-records',
            organisationIdParam: 'organisationId',
          },
        },
        schema: {
          tags: ['Records'],
          summary: 'Import a FHIR R4 transaction or collection Bundle (up to 32 MiB) into the organisation',
          params: OrganisationIdParams,
          response: { 201: ImportReport, 400: Problem, 401: Problem, 403: Problem, 413: Problem },
        },
      },
      async (request, reply) => {
        const report = await deps.imports.importBundle(
          {
            actor: actorOf(request),
            origin: { sourceIp: request.ip, requestId: request.id },
            route: `POST ${request.routeOptions.url}`,
            interaction: 'import',
            organisationId: request.params.organisationId,
          },
          request.body,
        );
        return reply.status(201).send(report);
      },
    );
  };
}
