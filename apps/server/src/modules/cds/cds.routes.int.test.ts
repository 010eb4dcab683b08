import {
  CarePlanView,
  ModuleList,
  NotificationList,
  PatientRiskOverview,
  PopulationReport,
  ReviewDetail,
  ReviewQueue,
  RiskResult,
} from '@nexus/contracts';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildUser, testAuditSigner, testCipher } from '../../../test/factories.ts';
import { fhirModuleForTest } from '../../../test/fhir-module.ts';
import { HEAVY_SMOKER_ANSWERS } from '../../../test/fixtures/heavy-smoker.answers.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { createAccessModule } from '../access/index.ts';
import { createAuditModule } from '../audit/index.ts';
import { assessChangedRecords } from './cds.jobs.ts';
import { createCdsModule, loadDiseaseRegistry } from './index.ts';

let t: TestApp;
let doctor: SignedInClient;
let patient: SignedInClient;
let stranger: SignedInClient;
let patientId: string;
let doctorEmail: string;

const LDCT = {
  system: 'http://snomed.info/sct',
  code: '16334891000119106',
  display: 'Low dose computed tomography of thorax',
};

beforeAll(async () => {
  t = await createTestApp();
  const patientUser = await buildUser(t.testDb.db, t.clock, { role: 'patient', displayName: 'Tom Hale' });
  const doctorUser = await buildUser(t.testDb.db, t.clock, {
    role: 'doctor',
    organisationId: patientUser.organisationId,
    displayName: 'Dr Ines Duarte',
  });
  doctorEmail = doctorUser.email;
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
  // The clinic records his date of birth and sex (the fake clock stands at 2026-03-01).
  const read = await doctor.request({ method: 'GET', url: `/fhir/R4/Patient/${patientId}` });
  const resource = read.json() as Record<string, unknown>;
  const updated = await doctor.request({
    method: 'PUT',
    url: `/fhir/R4/Patient/${patientId}`,
    headers: { 'content-type': 'application/fhir+json' },
    payload: { ...resource, birthDate: '1961-06-15', gender: 'male' },
  });
  expect(updated.statusCode, updated.body).toBe(200);
});
afterAll(async () => t.close());

const risk = (client: SignedInClient) =>
  client.request({ method: 'GET', url: `/api/v1/patients/${patientId}/risk` });

describe('disease modules and AI-assisted review', () => {
  it('lists the modules with their inputs, and gives each input schema as JSON Schema', async () => {
    const modules = ModuleList.parse(
      (await patient.request({ method: 'GET', url: '/api/v1/cds/modules' })).json(),
    );
    const ids = modules.modules.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(['plcom2012', 'brock-nodule', 'kfre', 'ascvd-pce', 'findrisc']),
    );
    const schema = await patient.request({ method: 'GET', url: '/api/v1/cds/modules/kfre/input-schema' });
    expect(schema.headers['content-type']).toContain('application/schema+json');
    expect(schema.json()).toMatchObject({ type: 'object', properties: { egfr: { type: 'number' } } });
    const missing = await patient.request({ method: 'GET', url: '/api/v1/cds/modules/no-such/input-schema' });
    expect(missing.statusCode).toBe(404);
  });

  it('assesses lung cancer risk when the patient submits the questionnaire, and queues it for the doctor', async () => {
    const before = PatientRiskOverview.parse((await risk(patient)).json());
    expect(before.results).toHaveLength(0);
    const submitted = await patient.request({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/record/questionnaire-responses`,
      payload: { answers: HEAVY_SMOKER_ANSWERS },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);

    const overview = PatientRiskOverview.parse((await risk(patient)).json());
    const lung = overview.results.find((r) => r.moduleId === 'plcom2012');
    expect(lung?.status).toBe('assessed');
    expect(lung?.trigger).toBe('questionnaire');
    // Far above the 1.51% six-year threshold: 64 years, 66 pack-years, current smoker, COPD, family history.
    expect(lung?.probability).toBeGreaterThan(0.05);
    expect(lung?.findings.find((f) => f.guideline.includes('USPSTF'))?.verdict).toBe('meets');
    expect(lung?.review?.status).toBe('pending');
    expect(lung?.plainLanguage.meaning).toMatch(/100/);
    const age = lung?.inputs.find((i) => i.key === 'ageYears');
    expect(age).toMatchObject({ value: 64, origin: { kind: 'calculated' } });
    const cigarettes = lung?.inputs.find(
      (i) => i.origin.kind === 'record' && i.origin.resourceType === 'QuestionnaireResponse',
    );
    expect(cigarettes).toBeDefined();
  });

  it('stores the result as a FHIR RiskAssessment with the module, version, inputs and output', async () => {
    const search = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/RiskAssessment?patient=${patientId}`,
    });
    expect(search.statusCode).toBe(200);
    const bundle = search.json() as { entry: { resource: Record<string, unknown> }[] };
    const assessment = bundle.entry
      .map(
        (e) =>
          e.resource as {
            method?: { coding?: { code?: string; version?: string }[] };
            prediction?: { probabilityDecimal?: number; whenRange?: { high?: { value?: number } } }[];
            extension?: { url: string }[];
            basis?: unknown[];
          },
      )
      .find((r) => r.method?.coding?.[0]?.code === 'plcom2012');
    expect(assessment?.method?.coding?.[0]?.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(assessment?.prediction?.[0]?.whenRange?.high?.value).toBe(6);
    expect(assessment?.prediction?.[0]?.probabilityDecimal).toBeGreaterThan(0.05);
    expect(assessment?.extension?.map((e) => e.url)).toEqual(
      expect.arrayContaining([
        'urn:lifecare-nexus:fhir:extension:cds-inputs',
        'urn:lifecare-nexus:fhir:extension:cds-result',
      ]),
    );
    expect(assessment?.basis?.length).toBeGreaterThan(0);
  });

  it('does not store the same inputs twice when the questionnaire is sent again', async () => {
    const before = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/RiskAssessment?patient=${patientId}&_summary=count`,
    });
    const count = (before.json() as { total: number }).total;
    await patient.request({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/record/questionnaire-responses`,
      payload: { answers: HEAVY_SMOKER_ANSWERS },
    });
    const after = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/RiskAssessment?patient=${patientId}&_summary=count`,
    });
    expect((after.json() as { total: number }).total).toBe(count);
  });

  it("notifies the responsible doctor without health data, and lists the item in the doctor's queue only", async () => {
    const notifications = NotificationList.parse(
      (await doctor.request({ method: 'GET', url: '/api/v1/notifications' })).json(),
    );
    expect(notifications.unreadCount).toBeGreaterThan(0);
    expect(notifications.items[0]?.title).toBe('A risk result is waiting for your review');
    expect(notifications.items[0]?.link).toMatch(new RegExp(`^/doctor/patients/${patientId}/reviews/`));
    const mail = await t.testDb.db.kysely
      .selectFrom('outbox_emails')
      .select(['subject', 'body_envelope', 'id'])
      .where('recipient', '=', doctorEmail.toLowerCase())
      .execute();
    expect(mail.length).toBeGreaterThan(0);
    const body = testCipher.decryptText(mail[0]?.body_envelope ?? '', `outbox:${mail[0]?.id}`);
    expect(body).not.toMatch(/Tom Hale|lung|smok|%/i);

    const queue = ReviewQueue.parse(
      (await doctor.request({ method: 'GET', url: '/api/v1/risk-reviews' })).json(),
    );
    expect(queue.items.map((i) => i.moduleId)).toContain('plcom2012');
    expect(queue.items.find((i) => i.moduleId === 'plcom2012')?.patientName).toBe('Tom Hale');
    const theirs = ReviewQueue.parse(
      (await stranger.request({ method: 'GET', url: '/api/v1/risk-reviews' })).json(),
    );
    expect(theirs.items).toHaveLength(0);
    expect((await risk(stranger)).statusCode).toBe(403);
    const read = await doctor.request({
      method: 'POST',
      url: `/api/v1/notifications/${notifications.items[0]?.id}/read`,
    });
    expect(read.statusCode).toBe(204);
  });

  it('lets the doctor confirm with a note, a low-dose CT referral and a treatment plan, which the patient then sees', async () => {
    const queue = ReviewQueue.parse(
      (await doctor.request({ method: 'GET', url: '/api/v1/risk-reviews' })).json(),
    );
    const item = queue.items.find((i) => i.moduleId === 'plcom2012');
    const reviewUrl = `/api/v1/patients/${patientId}/risk-reviews/${item?.reviewId}`;
    const detail = ReviewDetail.parse((await doctor.request({ method: 'GET', url: reviewUrl })).json());
    expect(detail.result.suggested.serviceRequests[0]?.code.code).toBe(LDCT.code);
    expect(detail.result.references.length).toBeGreaterThan(0);

    const decision = {
      decision: 'confirm',
      note: 'Discussed screening and smoking cessation; he agrees to annual LDCT.',
      serviceRequests: [{ code: LDCT, reason: 'PLCOm2012 above 1.51%; meets USPSTF 2021' }],
      carePlan: {
        title: 'Lung cancer screening and stopping smoking',
        description: 'Annual low-dose CT while eligible, and support to stop smoking.',
        goals: [{ description: 'Stop smoking', targetDate: '2026-09-01' }],
        activities: [
          {
            kind: 'lifestyle',
            description: 'Join the stop-smoking service',
            scheduledDate: '2026-03-15',
            code: null,
          },
          { kind: 'medication', description: 'Varenicline as prescribed', scheduledDate: null, code: null },
        ],
        followUpDate: '2026-04-01',
      },
    };
    const noteless = await doctor.request({
      method: 'POST',
      url: `${reviewUrl}/decision`,
      payload: { ...decision, note: ' ' },
    });
    expect(noteless.statusCode).toBe(400);
    const refused = await stranger.request({
      method: 'POST',
      url: `${reviewUrl}/decision`,
      payload: decision,
    });
    expect(refused.statusCode).toBe(403);
    const byPatient = await patient.request({
      method: 'POST',
      url: `${reviewUrl}/decision`,
      payload: decision,
    });
    expect(byPatient.statusCode).toBe(403);

    const decided = await doctor.request({ method: 'POST', url: `${reviewUrl}/decision`, payload: decision });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = ReviewDetail.parse(decided.json());
    expect(after.review).toMatchObject({
      status: 'confirmed',
      decidedBy: 'Dr Ines Duarte',
      note: decision.note,
    });
    expect(after.review.serviceRequestIds).toHaveLength(1);
    expect(after.review.carePlanId).not.toBeNull();

    const again = await doctor.request({ method: 'POST', url: `${reviewUrl}/decision`, payload: decision });
    expect(again.statusCode).toBe(409);

    const plans = z
      .object({ plans: z.array(CarePlanView) })
      .parse(
        (await patient.request({ method: 'GET', url: `/api/v1/patients/${patientId}/care-plans` })).json(),
      );
    expect(plans.plans).toHaveLength(1);
    const plan = plans.plans[0];
    expect(plan?.title).toBe('Lung cancer screening and stopping smoking');
    expect(plan?.goals).toEqual([{ description: 'Stop smoking', targetDate: '2026-09-01' }]);
    expect(plan?.followUpDate).toBe('2026-04-01');
    expect(plan?.author).toBe('Dr Ines Duarte');
    expect(plan?.nextSteps.map((s) => s.description)).toEqual(
      expect.arrayContaining([
        'Join the stop-smoking service',
        'Low dose computed tomography of thorax',
        'Follow-up appointment',
      ]),
    );
    expect(plan?.nextSteps[0]?.description).toBe('Join the stop-smoking service');
    const overview = PatientRiskOverview.parse((await risk(patient)).json());
    expect(overview.results.find((r) => r.moduleId === 'plcom2012')?.review?.status).toBe('confirmed');

    const referral = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/ServiceRequest?patient=${patientId}`,
    });
    const order = (
      referral.json() as {
        entry: {
          resource: { code: { coding: { code: string }[] }; reasonReference: { reference: string }[] };
        }[];
      }
    ).entry[0]?.resource;
    expect(order?.code.coding[0]?.code).toBe(LDCT.code);
    expect(order?.reasonReference[0]?.reference).toMatch(/^RiskAssessment\//);
    const note = await t.testDb.db.kysely
      .selectFrom('risk_reviews')
      .select('decision_note_envelope')
      .execute();
    expect(note.some((row) => row.decision_note_envelope?.includes('smoking'))).toBe(false);
  });

  it('answers 422 with the field for out-of-range inputs, and stores nothing', async () => {
    const count = async () =>
      (
        await t.testDb.db.kysely
          .selectFrom('fhir_resources')
          .select('id')
          .where('resource_type', '=', 'RiskAssessment')
          .execute()
      ).length;
    const before = await count();
    const bad = await doctor.request({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/risk/assessments`,
      payload: { moduleId: 'kfre', inputs: { egfr: 25, acrMgG: -3 } },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((bad.json() as { errors: { pointer: string }[] }).errors.map((e) => e.pointer)).toContain(
      '/body/inputs/acrMgG',
    );
    const unknown = await doctor.request({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/risk/assessments`,
      payload: { moduleId: 'no-such-module', inputs: {} },
    });
    expect(unknown.statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it("runs a clinician's module on request: Brock nodule probability with the CT findings entered", async () => {
    const preview = await doctor.request({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/risk/preview`,
      payload: { moduleId: 'brock-nodule', inputs: {} },
    });
    const missing = (preview.json() as { missing: { key: string }[] }).missing.map((m) => m.key);
    expect(missing).toEqual(expect.arrayContaining(['noduleSizeMm']));
    expect(missing).not.toContain('ageYears');
    const modules = ModuleList.parse(
      (await doctor.request({ method: 'GET', url: '/api/v1/cds/modules' })).json(),
    );
    const brock = modules.modules.find((m) => m.id === 'brock-nodule');
    const entered = Object.fromEntries(
      (brock?.inputs ?? [])
        .filter((field) => missing.includes(field.key))
        .map((field) => [
          field.key,
          field.key === 'noduleSizeMm'
            ? 12
            : field.key === 'noduleCount'
              ? 1
              : field.type === 'boolean'
                ? false
                : field.type === 'choice'
                  ? (field.options.find((o) => o.code === 'solid')?.code ?? field.options[0]?.code)
                  : field.min,
        ]),
    );
    const stored = await doctor.request({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/risk/assessments`,
      payload: { moduleId: 'brock-nodule', inputs: entered },
    });
    expect(stored.statusCode, stored.body).toBe(201);
    const result = RiskResult.parse(stored.json());
    expect(result.trigger).toBe('clinician');
    expect(result.inputs.find((i) => i.key === 'noduleSizeMm')?.origin.kind).toBe('entered');
    expect(result.probability).toBeGreaterThan(0);
  });

  it('assesses at night the patients whose records changed, once', async () => {
    const labs = await doctor.request({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/record/labs`,
      payload: {
        results: [
          { loincCode: '2093-3', value: 213 },
          { loincCode: '2085-9', value: 50 },
        ],
      },
    });
    expect(labs.statusCode, labs.body).toBe(201);
    const vitals = await doctor.request({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/record/vitals`,
      payload: { systolicMmHg: 128, diastolicMmHg: 80 },
    });
    expect(vitals.statusCode, vitals.body).toBe(201);
    const log = pino({ level: 'silent' });
    const audit = createAuditModule({
      db: t.testDb.db.kysely,
      clock: t.clock,
      log,
      signer: testAuditSigner,
    }).service;
    const access = createAccessModule({
      db: t.testDb.db.kysely,
      clock: t.clock,
      log,
      audit,
      auditLog: audit,
    });
    const cds = createCdsModule({
      db: t.testDb.db.kysely,
      registry: await loadDiseaseRegistry({}),
      fhir: fhirModuleForTest(t.testDb.db, t.clock).services,
      readablePatients: access.readablePatients,
      cipher: testCipher,
      outbox: { enqueue: async () => 'no-mail' },
      audit,
      clock: t.clock,
      log,
      publicUrl: 'http://localhost:3000',
    });
    const first = await assessChangedRecords({
      db: t.testDb.db.kysely,
      repo: cds.repo,
      assessments: cds.assessments,
      log,
    });
    expect(first.patients).toBeGreaterThanOrEqual(1);
    expect(first.failures).toBe(0);
    const overview = PatientRiskOverview.parse((await risk(doctor)).json());
    const ascvd = overview.results.find((r) => r.moduleId === 'ascvd-pce');
    expect(ascvd?.trigger).toBe('nightly');
    expect(ascvd?.probability).toBeGreaterThan(0);
    const second = await assessChangedRecords({
      db: t.testDb.db.kysely,
      repo: cds.repo,
      assessments: cds.assessments,
      log,
    });
    expect(second).toEqual({ patients: 0, results: 0, failures: 0 });
  });

  it("gives the doctor the population's risk distribution, trend and CSV, and refuses patients", async () => {
    const report = PopulationReport.parse(
      (await doctor.request({ method: 'GET', url: '/api/v1/cds/population' })).json(),
    );
    const lung = report.modules.find((m) => m.moduleId === 'plcom2012');
    expect(lung?.assessedPatients).toBe(1);
    expect(lung?.distribution.reduce((sum, d) => sum + d.count, 0)).toBe(1);
    expect(report.trend.find((p) => p.moduleId === 'plcom2012' && p.month === '2026-03')?.high).toBe(1);
    expect(report.screeningGaps.map((g) => g.patientId)).toContain(patientId);
    const csv = await doctor.request({ method: 'GET', url: '/api/v1/cds/population.csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      'patient,record_number,module,module_version,assessed_at,category,probability,horizon_years,score',
    );
    expect(csv.body).toContain('Tom Hale');
    expect((await patient.request({ method: 'GET', url: '/api/v1/cds/population' })).statusCode).toBe(403);
    const audited = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select('details')
      .where('patient_id', '=', patientId)
      .execute();
    expect(audited.some((row) => JSON.stringify(row.details).includes('population-report'))).toBe(true);
  });
});
