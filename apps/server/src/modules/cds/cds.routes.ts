import type { DiseaseRegistry } from '@nexus/clinical';
import {
  AssessmentPreview,
  AssessRequest,
  CarePlanView,
  ModuleList,
  ModuleSummary,
  PatientRiskOverview,
  PopulationQuery,
  PopulationReport,
  Problem,
  ReviewDecisionRequest,
  ReviewDetail,
  ReviewQueue,
  ReviewQueueQuery,
  RiskPatientParams,
  RiskResult,
  RiskResultParams,
  RiskReviewParams,
} from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AccessRule, type PatientAction, SELF } from '../../platform/auth/access-rule.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import { recordPatientAccess } from '../../platform/auth/authorization.ts';
import { CLINICAL_ROLES } from '../../platform/auth/policy.ts';
import { forbidden, notFound } from '../../platform/http/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { WriteOrigin } from '../records/record-writes.service.ts';
import type { AssessmentService } from './assessment.service.ts';
import { moduleSummary } from './module-fields.ts';
import type { PopulationService } from './population.service.ts';
import type { ReviewService } from './review.service.ts';
import { byConcern } from './risk-assessment.resource.ts';

const tags = ['Risk assessment'];
const on = (action: PatientAction): { access: AccessRule } => ({
  access: { kind: 'patient', action, patientIdParam: 'patientId' },
});
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const ModuleParams = z.object({ moduleId: z.string().min(1).max(64) });

const origin = (request: FastifyRequest): WriteOrigin => ({
  actor: actorOf(request),
  origin: { sourceIp: request.ip, requestId: request.id },
  route: `${request.method} ${request.routeOptions.url}`,
});

const requireClinician = (actor: Actor) => {
  if (!actor.memberships.some((m) => CLINICAL_ROLES.has(m.role)))
    throw forbidden('not_permitted', 'Population reports are for clinicians.');
};

/** The risk-assessment API: modules, a patient's results and plans, the review queue, population reports. */
export function cdsRoutes(deps: {
  registry: DiseaseRegistry;
  assessments: AssessmentService;
  reviews: ReviewService;
  population: PopulationService;
  audit: AuditRecorder;
}): FastifyPluginAsyncZod {
  const { registry, assessments, reviews, population } = deps;

  /** A view across patients (queue, report) is recorded as a read of each patient in it. */
  async function recordViews(request: FastifyRequest, patientIds: readonly string[], view: string) {
    const actor = actorOf(request);
    for (const patientId of patientIds) {
      await recordPatientAccess(
        deps.audit,
        {
          actor,
          action: 'patient.read',
          patientId,
          origin: { sourceIp: request.ip, requestId: request.id },
          route: `${request.method} ${request.routeOptions.url}`,
          details: { view },
        },
        { allowed: true, basis: 'care_relationship' },
      );
    }
  }

  return async (app) => {
    app.get(
      '/api/v1/cds/modules',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'The disease modules this site runs',
          response: { 200: ModuleList, 401: Problem },
        },
      },
      async () => ({ modules: registry.list().map((module) => moduleSummary(registry, module)) }),
    );
    app.get(
      '/api/v1/cds/modules/:moduleId',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'One disease module',
          params: ModuleParams,
          response: { 200: ModuleSummary, ...errors },
        },
      },
      async (request) => {
        if (!registry.has(request.params.moduleId))
          throw notFound(
            'disease_module_not_found',
            `There is no disease module ${request.params.moduleId}.`,
          );
        return moduleSummary(registry, registry.get(request.params.moduleId));
      },
    );
    app.get(
      '/api/v1/cds/modules/:moduleId/input-schema',
      {
        config: { access: SELF },
        schema: { tags, summary: "A module's inputs as JSON Schema (draft 2020-12)", params: ModuleParams },
      },
      async (request, reply) => {
        if (!registry.has(request.params.moduleId))
          throw notFound(
            'disease_module_not_found',
            `There is no disease module ${request.params.moduleId}.`,
          );
        return reply.type('application/schema+json').send(registry.inputJsonSchema(request.params.moduleId));
      },
    );

    app.get(
      '/api/v1/patients/:patientId/risk',
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary:
            "The patient's latest result of each module, what is still needed, and their treatment plans",
          params: RiskPatientParams,
          response: { 200: PatientRiskOverview, ...errors },
        },
      },
      async (request) => {
        const { patientId } = request.params;
        const [stored, pending, carePlans, reviewRows] = await Promise.all([
          assessments.storedResults(patientId),
          assessments.pendingModules(patientId),
          reviews.carePlans(patientId),
          reviews.reviewsOf(patientId),
        ]);
        const latest = new Map<string, (typeof stored)[number]>();
        for (const result of stored) latest.set(result.moduleId, result);
        const results = [...latest.values()]
          .map((result) => ({ ...result, review: reviewRows.get(result.id) ?? null }))
          .sort(byConcern);
        return { results, pending, carePlans };
      },
    );
    app.post(
      '/api/v1/patients/:patientId/risk/preview',
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'What a module says with the record and the values given, without storing anything',
          params: RiskPatientParams,
          body: AssessRequest,
          response: { 200: AssessmentPreview, ...errors },
        },
      },
      async (request) =>
        assessments.preview(request.params.patientId, request.body.moduleId, request.body.inputs),
    );
    app.post(
      '/api/v1/patients/:patientId/risk/assessments',
      {
        config: on('patient.assess-risk'),
        schema: {
          tags,
          summary:
            'Run a module and store the result as a FHIR RiskAssessment (high results enter the review queue)',
          params: RiskPatientParams,
          body: AssessRequest,
          response: { 201: RiskResult, ...errors, 422: Problem },
        },
      },
      async (request, reply) => {
        const write = origin(request);
        const { patientId } = request.params;
        const trigger = write.actor.patientId === patientId ? 'patient' : 'clinician';
        const stored = await assessments.assess(
          write,
          patientId,
          request.body.moduleId,
          request.body.inputs,
          trigger,
        );
        const review = (await reviews.reviewsOf(patientId)).get(stored.id) ?? null;
        return reply.status(201).send({ ...stored, review });
      },
    );
    app.get(
      '/api/v1/patients/:patientId/risk/assessments/:riskAssessmentId',
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'One stored risk result',
          params: RiskResultParams,
          response: { 200: RiskResult, ...errors },
        },
      },
      async (request) => {
        const { patientId, riskAssessmentId } = request.params;
        const result = (await assessments.storedResults(patientId)).find((r) => r.id === riskAssessmentId);
        if (!result)
          throw notFound('risk_result_not_found', 'There is no such risk result for this patient.');
        return { ...result, review: (await reviews.reviewsOf(patientId)).get(result.id) ?? null };
      },
    );
    app.get(
      '/api/v1/patients/:patientId/care-plans',
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: "The patient's treatment plans (FHIR CarePlan with goals, activities and next steps)",
          params: RiskPatientParams,
          response: { 200: z.object({ plans: z.array(CarePlanView) }), ...errors },
        },
      },
      async (request) => ({ plans: await reviews.carePlans(request.params.patientId) }),
    );

    app.get(
      '/api/v1/risk-reviews',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: "The doctor's review queue: results of their patients that need review",
          querystring: ReviewQueueQuery,
          response: { 200: ReviewQueue, 401: Problem },
        },
      },
      async (request) => {
        const queue = await reviews.queue(actorOf(request), request.query.status);
        await recordViews(request, [...new Set(queue.items.map((item) => item.patientId))], 'review-queue');
        return queue;
      },
    );
    app.get(
      '/api/v1/patients/:patientId/risk-reviews/:reviewId',
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary:
            'A review: inputs with where each came from, the result, its explanation and evidence, the decision',
          params: RiskReviewParams,
          response: { 200: ReviewDetail, ...errors },
        },
      },
      async (request) => reviews.detail(request.params.patientId, request.params.reviewId),
    );
    app.post(
      '/api/v1/patients/:patientId/risk-reviews/:reviewId/decision',
      {
        config: on('patient.review-risk'),
        schema: {
          tags,
          summary:
            'Confirm, adjust or reject a result, with the diagnosis, orders and treatment plan it leads to',
          params: RiskReviewParams,
          body: ReviewDecisionRequest,
          response: { 200: ReviewDetail, ...errors, 409: Problem, 422: Problem },
        },
      },
      async (request) =>
        reviews.decide(origin(request), request.params.patientId, request.params.reviewId, request.body),
    );

    app.get(
      '/api/v1/cds/population',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: "Risk distribution, screening gaps and trends across the doctor's patients",
          querystring: PopulationQuery,
          response: { 200: PopulationReport, 401: Problem, 403: Problem },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        requireClinician(actor);
        const { report, patientIds } = await population.report(actor, request.query);
        await recordViews(request, patientIds, 'population-report');
        return report;
      },
    );
    app.get(
      '/api/v1/cds/population.csv',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'The latest result of each patient and module, as CSV',
          querystring: PopulationQuery,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        requireClinician(actor);
        const { csv, patientIds } = await population.csv(actor, request.query);
        await recordViews(request, patientIds, 'population-export');
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="risk-population.csv"')
          .send(csv);
      },
    );
  };
}
