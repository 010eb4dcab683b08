import {
  Admission,
  AdmissionByEmailRequest,
  AdmissionRequest,
  CareRelationship,
  CareRelationshipParams,
  CareTeam,
  ClinicianDirectory,
  ClinicianSearchQuery,
  GrantAccessRequest,
  MyPatients,
  MyPatientsQuery,
  OrganisationIdParams,
  PatientIdParams,
  PatientSummary,
  Problem,
} from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AccessRule, SELF } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { RequestOrigin } from '../audit/index.ts';
import type { AccessService } from './access.service.ts';

export const originOf = (request: FastifyRequest): RequestOrigin => ({
  sourceIp: request.ip,
  requestId: request.id,
});

const tags = ['access'];
const onPatient = (action: 'patient.read' | 'patient.share'): AccessRule => ({
  kind: 'patient',
  action,
  patientIdParam: 'patientId',
});
const ADMIT: AccessRule = {
  kind: 'organisation',
  action: 'organisation.admit-patient',
  organisationIdParam: 'organisationId',
};

/** The responses of a POST that answers 201 when it creates, 200 when it was there already. */
const createdOrExisting = <T extends z.ZodType>(body: T) => ({
  200: body,
  201: body,
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
});

/** A patient's record summary and care team; clinicians' directory, admissions and patient list. */
export function careRoutes(deps: { access: AccessService }): FastifyPluginAsyncZod {
  const { access } = deps;
  return async (app) => {
    app.get(
      '/api/v1/patients/:patientId',
      {
        config: { access: onPatient('patient.read') },
        schema: {
          tags,
          summary: "A patient's record summary (the patient, their care team, or emergency access)",
          params: PatientIdParams,
          response: { 200: PatientSummary, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request) => access.patientSummary(request.params.patientId),
    );

    app.get(
      '/api/v1/patients/:patientId/care-team',
      {
        config: { access: onPatient('patient.share') },
        schema: {
          tags,
          summary:
            'Who can see your record: clinicians you chose, organisations you were admitted to, emergency access',
          params: PatientIdParams,
          response: { 200: CareTeam, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request) => access.careTeam(request.params.patientId),
    );

    app.post(
      '/api/v1/patients/:patientId/care-team',
      {
        config: { access: onPatient('patient.share') },
        schema: {
          tags,
          summary: 'Give a clinician access to your record (200 if they already have it)',
          params: PatientIdParams,
          body: GrantAccessRequest,
          response: createdOrExisting(CareRelationship),
        },
      },
      async (request, reply) => {
        const { relationship, isNew } = await access.grant(
          actorOf(request),
          request.params.patientId,
          request.body.clinicianUserId,
          originOf(request),
        );
        return reply.status(isNew ? 201 : 200).send(relationship);
      },
    );

    app.delete(
      '/api/v1/patients/:patientId/care-team/:relationshipId',
      {
        config: { access: onPatient('patient.share') },
        schema: {
          tags,
          summary: "End a clinician's or an organisation's access to your record",
          params: CareRelationshipParams,
          response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        await access.revoke(
          actorOf(request),
          request.params.patientId,
          request.params.relationshipId,
          originOf(request),
        );
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/clinicians',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Find clinicians by name (at most 20; no e-mail addresses), to give them access',
          querystring: ClinicianSearchQuery,
          response: { 200: ClinicianDirectory, 400: Problem, 401: Problem },
        },
      },
      async (request) => ({ clinicians: await access.directory(request.query.query) }),
    );

    app.post(
      '/api/v1/organisations/:organisationId/admissions',
      {
        config: { access: ADMIT },
        schema: {
          tags,
          summary: 'Admit a patient to the organisation: its clinicians get access (200 if already admitted)',
          params: OrganisationIdParams,
          body: AdmissionRequest,
          response: createdOrExisting(Admission),
        },
      },
      async (request, reply) => {
        const { admission, isNew } = await access.admit(
          actorOf(request),
          request.params.organisationId,
          request.body.patientId,
          originOf(request),
        );
        return reply.status(isNew ? 201 : 200).send(admission);
      },
    );

    app.post(
      '/api/v1/organisations/:organisationId/admissions/by-email',
      {
        config: { access: ADMIT },
        schema: {
          tags,
          summary: "Admit a patient found by their account's e-mail address",
          description:
            'An address without an account and an account that is not a patient both answer 404 alike.',
          params: OrganisationIdParams,
          body: AdmissionByEmailRequest,
          response: createdOrExisting(Admission),
        },
      },
      async (request, reply) => {
        const { admission, isNew } = await access.admitByEmail(
          actorOf(request),
          request.params.organisationId,
          request.body.email,
          originOf(request),
        );
        return reply.status(isNew ? 201 : 200).send(admission);
      },
    );

    app.get(
      '/api/v1/my-patients',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'The patients you look after (care relationships) and your open emergency access',
          querystring: MyPatientsQuery,
          response: { 200: MyPatients, 400: Problem, 401: Problem },
        },
      },
      async (request) => access.myPatients(actorOf(request), request.query),
    );
  };
}
