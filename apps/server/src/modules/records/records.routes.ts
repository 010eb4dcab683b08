import {
  AddConditionRequest,
  DocumentContent,
  DocumentEntry,
  DocumentList,
  Problem,
  ProblemEntry,
  QuestionnaireAnswers,
  QuestionnaireAnswersList,
  RecordDocumentParams,
  RecordedMeasurements,
  RecordLabsRequest,
  RecordPatientParams,
  RecordSummary,
  RecordVitalsRequest,
  SeriesList,
  SubmitQuestionnaireRequest,
  Timeline,
  TimelineQuery,
  WriteNoteRequest,
} from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AccessRule, PatientAction } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import type { RecordWritesService, WriteOrigin } from './record-writes.service.ts';
import type { RecordsService } from './records.service.ts';

const tags = ['Records'];
const on = (action: PatientAction): { access: AccessRule } => ({
  access: { kind: 'patient', action, patientIdParam: 'patientId' },
});
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const origin = (request: FastifyRequest): WriteOrigin => ({
  actor: actorOf(request),
  origin: { sourceIp: request.ip, requestId: request.id },
  route: `${request.method} ${request.routeOptions.url}`,
});

const day = (at: Date) => at.toISOString().slice(0, 10);

/** The portals' record API: readable views, downloads, and what clinicians and patients write. */
export function recordsRoutes(deps: {
  records: RecordsService;
  writes: RecordWritesService;
  fhirBase: string;
  now: () => Date;
}): FastifyPluginAsyncZod {
  const { records, writes } = deps;
  return async (app) => {
    const base = '/api/v1/patients/:patientId/record';

    app.get(
      `${base}/summary`,
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'Health summary: problems, medicines, allergies, latest vitals and labs with flags',
          params: RecordPatientParams,
          response: { 200: RecordSummary, ...errors },
        },
      },
      async (request) => records.summary(request.params.patientId),
    );
    app.get(
      `${base}/timeline`,
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'Encounters, results and other events, newest first',
          params: RecordPatientParams,
          querystring: TimelineQuery,
          response: { 200: Timeline, ...errors },
        },
      },
      async (request) => records.timeline(request.params.patientId, request.query),
    );
    app.get(
      `${base}/vitals`,
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'Vital signs over time',
          params: RecordPatientParams,
          response: { 200: SeriesList, ...errors },
        },
      },
      async (request) => records.series(request.params.patientId, 'vital-signs'),
    );
    app.get(
      `${base}/labs`,
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'Laboratory results over time, with trends',
          params: RecordPatientParams,
          response: { 200: SeriesList, ...errors },
        },
      },
      async (request) => records.series(request.params.patientId, 'laboratory'),
    );
    app.get(
      `${base}/documents`,
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'Documents and clinical notes',
          params: RecordPatientParams,
          response: { 200: DocumentList, ...errors },
        },
      },
      async (request) => records.documents(request.params.patientId),
    );
    app.get(
      `${base}/documents/:documentId`,
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'A document and its text (notes are decrypted for the reader)',
          params: RecordDocumentParams,
          response: { 200: DocumentContent, ...errors },
        },
      },
      async (request) => records.document(request.params.patientId, request.params.documentId),
    );
    app.get(
      `${base}/questionnaire-responses`,
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'The symptoms and history the patient submitted',
          params: RecordPatientParams,
          response: { 200: QuestionnaireAnswersList, ...errors },
        },
      },
      async (request) => records.questionnaireResponses(request.params.patientId),
    );
    app.get(
      `${base}/export.json`,
      {
        config: on('patient.read'),
        schema: {
          tags,
          summary: 'The whole record as a FHIR R4 collection Bundle (a file to keep or take elsewhere)',
          params: RecordPatientParams,
        },
      },
      async (request, reply) =>
        reply
          .type('application/fhir+json; charset=utf-8')
          .header('content-disposition', `attachment; filename="health-record-${day(deps.now())}.json"`)
          .send(await records.exportBundle(request.params.patientId, deps.fhirBase)),
    );
    app.get(
      `${base}/export.pdf`,
      {
        config: on('patient.read'),
        schema: { tags, summary: 'A readable summary of the record as a PDF', params: RecordPatientParams },
      },
      async (request, reply) =>
        reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="health-summary-${day(deps.now())}.pdf"`)
          .send(Buffer.from(await records.exportPdf(request.params.patientId))),
    );

    app.post(
      `${base}/conditions`,
      {
        config: on('patient.record-clinical'),
        schema: {
          tags,
          summary: 'Add a diagnosis to the problem list (clinicians)',
          params: RecordPatientParams,
          body: AddConditionRequest,
          response: { 201: ProblemEntry, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await writes.addCondition(origin(request), request.params.patientId, request.body)),
    );
    app.post(
      `${base}/vitals`,
      {
        config: on('patient.record-clinical'),
        schema: {
          tags,
          summary: 'Record vital signs (clinicians)',
          params: RecordPatientParams,
          body: RecordVitalsRequest,
          response: { 201: RecordedMeasurements, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await writes.recordVitals(origin(request), request.params.patientId, request.body)),
    );
    app.post(
      `${base}/labs`,
      {
        config: on('patient.record-clinical'),
        schema: {
          tags,
          summary: 'Record laboratory results (clinicians)',
          params: RecordPatientParams,
          body: RecordLabsRequest,
          response: { 201: RecordedMeasurements, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await writes.recordLabs(origin(request), request.params.patientId, request.body)),
    );
    app.post(
      `${base}/notes`,
      {
        config: on('patient.record-clinical'),
        schema: {
          tags,
          summary: 'Write a clinical note (encrypted at rest; visible to the patient)',
          params: RecordPatientParams,
          body: WriteNoteRequest,
          response: { 201: DocumentEntry, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await writes.writeNote(origin(request), request.params.patientId, request.body)),
    );
    app.post(
      `${base}/questionnaire-responses`,
      {
        config: on('patient.write'),
        schema: {
          tags,
          summary: 'Submit the symptoms-and-history questionnaire',
          params: RecordPatientParams,
          body: SubmitQuestionnaireRequest,
          response: { 201: QuestionnaireAnswers, ...errors, 422: Problem },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await writes.submitQuestionnaire(origin(request), request.params.patientId, request.body)),
    );
  };
}
