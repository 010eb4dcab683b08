import { randomUUID } from 'node:crypto';
import type { Observation, Patient, Resource } from '@medplum/fhirtypes';
import type {
  AddConditionRequest,
  DocumentEntry,
  ProblemEntry,
  QuestionnaireAnswers,
  RecordedMeasurements,
  RecordLabsRequest,
  RecordVitalsRequest,
  SubmitQuestionnaireRequest,
  WriteNoteRequest,
} from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { RequestOrigin } from '../audit/index.ts';
import type { FhirContext, FhirServices, WriteRequest } from '../fhir/index.ts';
import {
  createNameLookup,
  patientContext,
  presentDocument,
  presentMeasurement,
  presentProblem,
} from './projections/index.ts';
import {
  answersToResponse,
  observationsFromAnswers,
  responseToAnswers,
  SYMPTOMS_AND_HISTORY,
} from './questionnaire/index.ts';
import {
  authorReference,
  conditionFrom,
  labObservations,
  noteResources,
  vitalSignObservations,
} from './record-resources.ts';

export type WriteOrigin = { actor: Actor; origin: RequestOrigin; route: string };

/**
 * What clinicians and patients write to a record from the portals: diagnoses, vital signs, lab
 * results, notes (encrypted), and the patient's own answers. Each goes through the FHIR store's
 * writer as one transaction, so it is validated, attributed (Provenance) and audited like any FHIR write.
 */
export function createRecordWritesService(deps: {
  writer: FhirServices['writer'];
  records: FhirServices['records'];
  clock: Clock;
  /** Told after the patient's answers are stored (the risk assessment runs on them); its failure does not fail the submit. */
  onQuestionnaireSubmitted?: (write: WriteOrigin, patientId: string) => Promise<void>;
}) {
  const { writer, records, clock } = deps;

  const context = (write: WriteOrigin): FhirContext => ({
    ...write,
    interaction: 'create',
    isAccessRecorded: true,
  });

  async function patientOf(patientId: string): Promise<Patient> {
    const found = await records.resource('Patient', patientId);
    if (!found) throw notFound('record_not_found', 'There is no record for this patient.');
    return found.resource as Patient;
  }

  async function create(
    write: WriteOrigin,
    resources: readonly (Resource & { fullUrl?: string })[],
  ): Promise<Resource[]> {
    const requests: WriteRequest[] = resources.map(({ fullUrl, ...resource }) => ({
      method: 'POST',
      resource,
      ...(fullUrl ? { fullUrl } : {}),
    }));
    const results = await writer.write(context(write), requests, {
      atOf: (i) => `${resources[i]?.resourceType ?? 'resource'}[${i}]`,
    });
    return results.flatMap((r) => (r.resource ? [r.resource] : []));
  }

  const facts = (patient: Patient) => {
    const ctx = patientContext(patient, clock.now());
    return { sex: ctx.sex, ageYears: ctx.ageYears };
  };

  type MeasurementInput = {
    subject: { reference: string };
    performer: ReturnType<typeof authorReference>;
    effective: string;
    patient: ReturnType<typeof facts>;
  };

  /** Observations measured together, stored in one transaction, read back with their flags. */
  async function recordMeasurements(
    write: WriteOrigin,
    patientId: string,
    effective: string | undefined,
    build: (input: MeasurementInput) => Observation[],
  ): Promise<RecordedMeasurements> {
    const patient = await patientOf(patientId);
    const observations = build({
      subject: { reference: `Patient/${patientId}` },
      performer: authorReference(write.actor),
      effective: effective ?? clock.now().toISOString(),
      patient: facts(patient),
    });
    const stored = (await create(write, observations)) as Observation[];
    const ctx = patientContext(patient, clock.now());
    return { measurements: stored.map((o) => presentMeasurement(o, ctx)) };
  }

  return {
    async addCondition(
      write: WriteOrigin,
      patientId: string,
      request: AddConditionRequest,
    ): Promise<ProblemEntry> {
      await patientOf(patientId);
      const condition = conditionFrom({
        request,
        subject: { reference: `Patient/${patientId}` },
        recorder: authorReference(write.actor),
        recordedAt: clock.now().toISOString(),
      });
      const [stored] = await create(write, [condition]);
      return presentProblem(stored as typeof condition, createNameLookup([]));
    },

    recordVitals: (write: WriteOrigin, patientId: string, request: RecordVitalsRequest) =>
      recordMeasurements(write, patientId, request.effective, (input) =>
        vitalSignObservations({ ...input, request }),
      ),

    recordLabs: (write: WriteOrigin, patientId: string, request: RecordLabsRequest) =>
      recordMeasurements(write, patientId, request.effective, (input) =>
        labObservations({ ...input, request }),
      ),

    async writeNote(
      write: WriteOrigin,
      patientId: string,
      request: WriteNoteRequest,
    ): Promise<DocumentEntry> {
      await patientOf(patientId);
      const binaryUrn = `urn:uuid:${randomUUID()}`;
      const { binary, document } = noteResources({
        request,
        subject: { reference: `Patient/${patientId}` },
        author: authorReference(write.actor),
        date: clock.now().toISOString(),
        binaryUrn,
      });
      const stored = await create(write, [{ ...binary, fullUrl: binaryUrn }, document]);
      const storedDocument = stored.find((r) => r.resourceType === 'DocumentReference');
      if (!storedDocument) throw new Error('the note was not stored');
      return presentDocument(storedDocument as typeof document, createNameLookup([]));
    },

    /** The patient's answers as a QuestionnaireResponse, with the observations they imply (smoking, height, weight). */
    async submitQuestionnaire(
      write: WriteOrigin,
      patientId: string,
      request: SubmitQuestionnaireRequest,
    ): Promise<QuestionnaireAnswers> {
      await patientOf(patientId);
      const subject = { reference: `Patient/${patientId}` };
      const author =
        write.actor.patientId === patientId
          ? { reference: `Patient/${patientId}`, display: write.actor.displayName }
          : authorReference(write.actor);
      const authored = clock.now().toISOString();
      const responseUrn = `urn:uuid:${randomUUID()}`;
      const response = answersToResponse(SYMPTOMS_AND_HISTORY, request.answers, {
        subject,
        author,
        authored,
        questionnaireRef: `${SYMPTOMS_AND_HISTORY.url}|${SYMPTOMS_AND_HISTORY.version}`,
      });
      const observations = observationsFromAnswers(SYMPTOMS_AND_HISTORY, request.answers, {
        subject,
        performer: author,
        effective: authored,
        responseRef: responseUrn,
      });
      const stored = await create(write, [{ ...response, fullUrl: responseUrn }, ...observations]);
      const storedResponse = stored.find((r) => r.resourceType === 'QuestionnaireResponse');
      if (!storedResponse) throw new Error('the answers were not stored');
      await deps.onQuestionnaireSubmitted?.(write, patientId);
      return responseToAnswers(SYMPTOMS_AND_HISTORY, storedResponse as typeof response, createNameLookup([]));
    },
  };
}
export type RecordWritesService = ReturnType<typeof createRecordWritesService>;
