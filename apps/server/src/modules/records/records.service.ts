import type {
  DocumentReference,
  Observation,
  Patient,
  QuestionnaireResponse,
  Resource,
} from '@medplum/fhirtypes';
import type {
  DocumentContent,
  DocumentList,
  QuestionnaireAnswersList,
  RecordSummary,
  SeriesList,
  Timeline,
  TimelineQuery,
} from '@nexus/contracts';
import type { Clock } from '../../platform/clock.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { FhirServices } from '../fhir/index.ts';
import { renderRecordSummaryPdf } from './pdf/index.ts';
import {
  buildSeries,
  buildSummary,
  buildTimeline,
  createNameLookup,
  patientContext,
  presentDocument,
} from './projections/index.ts';
import { responseToAnswers, SYMPTOMS_AND_HISTORY } from './questionnaire/index.ts';

/** Billing resources are part of an imported record but not of what patients and clinicians read. */
const READ_TYPES = [
  'Patient',
  'Condition',
  'Observation',
  'MedicationRequest',
  'MedicationStatement',
  'AllergyIntolerance',
  'Encounter',
  'Immunization',
  'Procedure',
  'DiagnosticReport',
  'DocumentReference',
  'QuestionnaireResponse',
  'CarePlan',
];

const recordNotFound = () => notFound('record_not_found', 'There is no record for this patient.');

/**
 * The portal's readable views of a record (summary, timeline, charts, documents, answers, downloads).
 * Routes have authorised and audited access to the patient; this reads the store for them.
 */
export function createRecordsService(deps: {
  records: FhirServices['records'];
  clock: Clock;
  productName: string;
}) {
  const { records, clock } = deps;

  async function load(patientId: string, types: readonly string[] = READ_TYPES) {
    const resources = await records.compartment(patientId, [...new Set(['Patient', ...types])]);
    const patient = resources.find((r): r is Patient => r.resourceType === 'Patient' && r.id === patientId);
    if (!patient) throw recordNotFound();
    const shared = await records.sharedReferencedBy(patientId);
    const others = resources.filter((r) => r !== patient);
    return {
      patient,
      resources: others,
      names: createNameLookup([patient, ...others, ...shared]),
      now: clock.now(),
    };
  }

  const ofType = <T extends Resource>(resources: readonly Resource[], type: T['resourceType']): T[] =>
    resources.filter((r): r is T => r.resourceType === type);

  async function summary(patientId: string): Promise<RecordSummary> {
    const { patient, resources, now } = await load(patientId);
    return buildSummary({ patient, resources, now });
  }

  async function timelineEntries(patientId: string) {
    const { patient, resources, names, now } = await load(patientId);
    return buildTimeline({ resources, ctx: patientContext(patient, now), names });
  }

  return {
    summary,

    async timeline(patientId: string, query: TimelineQuery): Promise<Timeline> {
      const kinds = query.kinds ? new Set(query.kinds.split(',')) : null;
      const before = query.before ? new Date(query.before).getTime() : Number.POSITIVE_INFINITY;
      const matching = (await timelineEntries(patientId)).filter(
        (entry) => (!kinds || kinds.has(entry.kind)) && new Date(entry.date).getTime() < before,
      );
      const page = matching.slice(0, query.limit);
      const last = page.at(-1);
      return { entries: page, nextBefore: matching.length > page.length && last ? last.date : null };
    },

    async series(patientId: string, category: 'vital-signs' | 'laboratory'): Promise<SeriesList> {
      const { patient, resources, now } = await load(patientId, ['Observation']);
      return {
        series: buildSeries({
          observations: ofType<Observation>(resources, 'Observation'),
          category,
          ctx: patientContext(patient, now),
        }),
      };
    },

    async documents(patientId: string): Promise<DocumentList> {
      const { resources, names } = await load(patientId, ['DocumentReference']);
      const documents = ofType<DocumentReference>(resources, 'DocumentReference')
        .filter((d) => d.status !== 'entered-in-error')
        .map((d) => presentDocument(d, names))
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
      return { documents };
    },

    /** A document and, for text, its content (clinical notes are decrypted for the reader). */
    async document(patientId: string, documentId: string): Promise<DocumentContent> {
      const found = await records.resource('DocumentReference', documentId);
      if (!found || found.patientId !== patientId)
        throw notFound('document_not_found', 'This record has no such document.');
      const document = found.resource as DocumentReference;
      const { names } = await load(patientId, []);
      const attachment = document.content?.[0]?.attachment;
      const isText = (type: string | undefined) => Boolean(type?.startsWith('text/'));
      let text: string | null = null;
      if (attachment?.data && isText(attachment.contentType))
        text = Buffer.from(attachment.data, 'base64').toString('utf8');
      const binaryId = attachment?.url?.startsWith('Binary/') ? attachment.url.slice('Binary/'.length) : null;
      if (!text && binaryId) {
        const binary = await records.binary(binaryId);
        if (binary && binary.patientId === patientId && isText(binary.contentType))
          text = Buffer.from(binary.data).toString('utf8');
      }
      return { document: presentDocument(document, names), text };
    },

    async questionnaireResponses(patientId: string): Promise<QuestionnaireAnswersList> {
      const { resources, names } = await load(patientId, ['QuestionnaireResponse']);
      const responses = ofType<QuestionnaireResponse>(resources, 'QuestionnaireResponse')
        .filter(
          (qr) => qr.questionnaire?.startsWith(SYMPTOMS_AND_HISTORY.url) && qr.status !== 'entered-in-error',
        )
        .map((qr) => responseToAnswers(SYMPTOMS_AND_HISTORY, qr, names))
        .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
      return { responses };
    },

    /** The whole record as a FHIR collection Bundle (what `$everything` returns), to keep or take elsewhere. */
    async exportBundle(patientId: string, base: string): Promise<string> {
      const own = await records.compartment(patientId);
      if (!own.some((r) => r.resourceType === 'Patient')) throw recordNotFound();
      // Binary content is stored encrypted apart from its resource: the export carries it in full.
      const withContent = await Promise.all(
        own.map(async (r) => {
          if (r.resourceType !== 'Binary' || !r.id) return r;
          const binary = await records.binary(r.id);
          return binary ? { ...r, data: Buffer.from(binary.data).toString('base64') } : r;
        }),
      );
      const all = [...withContent, ...(await records.sharedReferencedBy(patientId))];
      const entries = all.map(
        (r) =>
          `{"fullUrl":${JSON.stringify(`${base}/${r.resourceType}/${r.id}`)},"resource":${JSON.stringify(r)}}`,
      );
      return `{"resourceType":"Bundle","type":"collection","timestamp":"${clock.now().toISOString()}","entry":[${entries.join(',')}]}`;
    },

    async exportPdf(patientId: string): Promise<Uint8Array> {
      const [record, timeline] = await Promise.all([summary(patientId), timelineEntries(patientId)]);
      return renderRecordSummaryPdf({
        summary: record,
        timeline: timeline.slice(0, 40),
        generatedAt: clock.now(),
        productName: deps.productName,
      });
    },
  };
}
export type RecordsService = ReturnType<typeof createRecordsService>;
