import {
  AccessLog,
  BreakGlassAlerts,
  BreakGlassGrant,
  BreakGlassRequest,
  LogPageQuery,
  OrganisationIdParams,
  PatientIdParams,
  Problem,
  SecurityLog,
} from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SELF } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { AccessLogService } from './access-log.service.ts';
import type { BreakGlassService } from './break-glass.service.ts';
import { originOf } from './care.routes.ts';

const tags = ['access'];

/** Break-glass access and its alerts; the patient's access log and everyone's security log. */
export function emergencyAndLogRoutes(deps: {
  breakGlass: BreakGlassService;
  logs: AccessLogService;
}): FastifyPluginAsyncZod {
  const { breakGlass, logs } = deps;
  return async (app) => {
    app.post(
      '/api/v1/patients/:patientId/break-glass',
      {
        config: { access: { kind: 'patient', action: 'patient.break-glass', patientIdParam: 'patientId' } },
        schema: {
          tags,
          summary: 'Open emergency access to a patient without a care relationship (doctors and nurses)',
          description:
            'Lasts 4 hours. The reason (20 characters or more) is kept; the patient sees the access in their access log and the organisation’s administrators in their alerts.',
          params: PatientIdParams,
          body: BreakGlassRequest,
          response: { 201: BreakGlassGrant, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await breakGlass.open(
              actorOf(request),
              request.params.patientId,
              request.body,
              originOf(request),
            ),
          ),
    );

    app.get(
      '/api/v1/organisations/:organisationId/break-glass-alerts',
      {
        config: {
          access: {
            kind: 'organisation',
            action: 'organisation.read-alerts',
            organisationIdParam: 'organisationId',
          },
        },
        schema: {
          tags,
          summary:
            "Emergency access opened by the organisation's clinicians, newest first (its administrators)",
          params: OrganisationIdParams,
          response: { 200: BreakGlassAlerts, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request) => ({ alerts: await breakGlass.alerts(request.params.organisationId) }),
    );

    app.get(
      '/api/v1/patients/:patientId/access-log',
      {
        config: {
          access: { kind: 'patient', action: 'patient.read-access-log', patientIdParam: 'patientId' },
        },
        schema: {
          tags,
          summary: 'Who accessed your record, and when (newest first; your own actions left out)',
          params: PatientIdParams,
          querystring: LogPageQuery,
          response: { 200: AccessLog, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request) => logs.accessLog(request.params.patientId, request.query),
    );

    app.get(
      '/api/v1/account/security-log',
      {
        config: { access: SELF },
        schema: {
          tags: ['account security'],
          summary: "Your account's security events: sign-ins, factor changes, account changes (newest first)",
          querystring: LogPageQuery,
          response: { 200: SecurityLog, 400: Problem, 401: Problem },
        },
      },
      async (request) => logs.securityLog(actorOf(request), request.query),
    );
  };
}
