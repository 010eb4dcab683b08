import {
  DocumentContent,
  DocumentEntry,
  ProblemEntry,
  QuestionnaireAnswersList,
  RecordedMeasurements,
  RecordSummary,
  SeriesList,
  Timeline,
} from '@nexus/contracts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let doctor: SignedInClient;
let patient: SignedInClient;
let stranger: SignedInClient;
let patientId: string;
const url = (path: string) => `/api/v1/patients/${patientId}/record/${path}`;

beforeAll(async () => {
  t = await createTestApp();
  const patientUser = await buildUser(t.testDb.db, t.clock, { role: 'patient', displayName: 'Maya Okafor' });
  const doctorUser = await buildUser(t.testDb.db, t.clock, {
    role: 'doctor',
    organisationId: patientUser.organisationId,
  });
  patientId = patientUser.patientId as string;
  doctor = await signedIn(t, doctorUser);
  patient = await signedIn(t, patientUser);
  stranger = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'doctor' }));
  const admitted = await doctor.request({
    method: 'POST',
    url: `/api/v1/organisations/${doctorUser.organisationId}/admissions`,
    payload: { patientId },
  });
  expect(admitted.statusCode, admitted.body).toBe(201);
});
afterAll(async () => t.close());

describe('the record API', () => {
  it('gives every patient account a record with a record number', async () => {
    const summary = RecordSummary.parse(
      (await patient.request({ method: 'GET', url: url('summary') })).json(),
    );
    expect(summary.patient.displayName).toBe('Maya Okafor');
    expect(summary.patient.identifiers.some((i) => /^MRN-\d+$/.test(i.value))).toBe(true);
  });

  it('lets the doctor record a blood pressure that the patient then sees, flagged', async () => {
    const recorded = await doctor.request({
      method: 'POST',
      url: url('vitals'),
      payload: { systolicMmHg: 152, diastolicMmHg: 95, heartRateBpm: 72 },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const measurements = RecordedMeasurements.parse(recorded.json()).measurements;
    expect(measurements).toHaveLength(2);
    const summary = RecordSummary.parse(
      (await patient.request({ method: 'GET', url: url('summary') })).json(),
    );
    const bloodPressure = summary.vitals.find((v) => v.value?.kind === 'components');
    expect(bloodPressure?.value).toMatchObject({ text: '152/95 mmHg' });
    // 152/95 mmHg is stage 2 hypertension (ESH 2023: grade 1 from 140/90).
    expect(bloodPressure?.flag).toBe('high');
    const vitals = SeriesList.parse((await patient.request({ method: 'GET', url: url('vitals') })).json());
    expect(vitals.series.find((s) => s.code.code === '8480-6')?.points.at(-1)?.value).toBe(152);
  });

  it('records lab results against the catalogue and flags them for the patient', async () => {
    const recorded = await doctor.request({
      method: 'POST',
      url: url('labs'),
      payload: { results: [{ loincCode: '4548-4', value: 7.2 }] },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    // HbA1c 7.2 % is above the ADA diagnostic threshold of 6.5 %.
    expect(RecordedMeasurements.parse(recorded.json()).measurements[0]?.flag).toBe('high');
    const labs = SeriesList.parse((await patient.request({ method: 'GET', url: url('labs') })).json());
    expect(labs.series.find((s) => s.code.code === '4548-4')?.points).toHaveLength(1);
  });

  it('adds a diagnosis with its ICD-10 code to the problem list', async () => {
    const added = await doctor.request({
      method: 'POST',
      url: url('conditions'),
      payload: {
        code: { system: 'http://snomed.info/sct', code: '44054006', display: 'Type 2 diabetes mellitus' },
        onsetDate: '2026-02-20',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const problem = ProblemEntry.parse(added.json());
    expect(problem.icd10?.code).toBe('E11.9');
    const summary = RecordSummary.parse(
      (await patient.request({ method: 'GET', url: url('summary') })).json(),
    );
    expect(summary.problems.map((p) => p.code.code)).toContain('44054006');
  });

  it('stores clinical notes encrypted and shows them to the patient', async () => {
    const text = 'Discussed glucose results; start metformin 500 mg twice daily.';
    const written = await doctor.request({
      method: 'POST',
      url: url('notes'),
      payload: { title: 'Diabetes review', text },
    });
    expect(written.statusCode, written.body).toBe(201);
    const note = DocumentEntry.parse(written.json());
    const stored = await t.testDb.db.kysely.selectFrom('fhir_binaries').select('data_envelope').execute();
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) expect(row.data_envelope).not.toContain('metformin');
    const contents = await t.testDb.db.kysely
      .selectFrom('fhir_resource_versions')
      .select('content')
      .where('resource_type', '=', 'Binary')
      .execute();
    for (const row of contents)
      expect(JSON.stringify(row.content)).not.toContain(Buffer.from(text).toString('base64'));
    const read = DocumentContent.parse(
      (await patient.request({ method: 'GET', url: url(`documents/${note.id}`) })).json(),
    );
    expect(read.text).toBe(text);
    expect(read.document.kind).toBe('clinical-note');
  });

  it('keeps the patient’s answers for the doctor, with the smoking history they imply', async () => {
    const definition = (
      await patient.request({ method: 'GET', url: '/api/v1/questionnaires/symptoms-and-history' })
    ).json() as {
      sections: { questions: { linkId: string; type: string; required: boolean }[] }[];
    };
    expect(definition.sections.length).toBeGreaterThan(2);
    const submitted = await patient.request({
      method: 'POST',
      url: url('questionnaire-responses'),
      payload: { answers: {} },
    });
    const isEmptyAllowed = definition.sections.every((s) => s.questions.every((q) => !q.required));
    expect(submitted.statusCode).toBe(isEmptyAllowed ? 201 : 422);
    const answers = await doctor.request({ method: 'GET', url: url('questionnaire-responses') });
    expect(QuestionnaireAnswersList.parse(answers.json()).responses.length).toBe(isEmptyAllowed ? 1 : 0);
  });

  it('downloads the record as a FHIR Bundle and a PDF', async () => {
    const bundle = await patient.request({ method: 'GET', url: url('export.json') });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-disposition']).toContain('attachment');
    const parsed = bundle.json() as {
      type: string;
      entry: { resource: { resourceType: string; data?: string } }[];
    };
    expect(parsed.type).toBe('collection');
    expect(parsed.entry.find((e) => e.resource.resourceType === 'Binary')?.resource.data).toBeTruthy();
    const pdf = await patient.request({ method: 'GET', url: url('export.pdf') });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const document = await getDocument({ data: new Uint8Array(pdf.rawPayload) }).promise;
    const page = await document.getPage(1);
    const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    expect(text).toContain('Maya Okafor');
  });

  it('lists events on the timeline, newest first', async () => {
    const timeline = Timeline.parse(
      (await patient.request({ method: 'GET', url: url('timeline?limit=50') })).json(),
    );
    expect(timeline.entries.length).toBeGreaterThan(2);
    const dates = timeline.entries.map((e) => new Date(e.date).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('refuses clinical writes to the patient and reads to clinicians without a care relationship', async () => {
    const bySelf = await patient.request({
      method: 'POST',
      url: url('vitals'),
      payload: { heartRateBpm: 60 },
    });
    expect(bySelf.statusCode).toBe(403);
    expect((await stranger.request({ method: 'GET', url: url('summary') })).statusCode).toBe(403);
    expect((await stranger.request({ method: 'GET', url: url('export.json') })).statusCode).toBe(403);
  });

  it('rejects implausible values without writing anything', async () => {
    const before = SeriesList.parse((await doctor.request({ method: 'GET', url: url('vitals') })).json());
    const response = await doctor.request({
      method: 'POST',
      url: url('vitals'),
      payload: { systolicMmHg: 80, diastolicMmHg: 120 },
    });
    expect(response.statusCode).toBe(400);
    const after = SeriesList.parse((await doctor.request({ method: 'GET', url: url('vitals') })).json());
    expect(after).toEqual(before);
  });
});
