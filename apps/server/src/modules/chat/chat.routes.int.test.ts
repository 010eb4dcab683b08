import { ChatExchange, type ChatStreamEvent, ConversationView, TriageSummaryList } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

/**
 * The health assistant through the HTTP API as the portal uses it: a symptom conversation to a triage
 * result, an emergency answered at once (and first in the stream), history encrypted at rest and
 * private to its owner, the patient's record read only with permission, and a result shared with the
 * doctor who sees it in the chart.
 */
let t: TestApp;
let patient: SignedInClient;
let doctor: SignedInClient;
let stranger: SignedInClient;
let patientId: string;
let doctorUserId: string;

async function start(client: SignedInClient, mode: 'patient' | 'help'): Promise<ConversationView> {
  const response = await client.request({
    method: 'POST',
    url: '/api/v1/chat/conversations',
    payload: { mode },
  });
  expect(response.statusCode, response.body).toBe(201);
  return ConversationView.parse(response.json());
}

async function say(client: SignedInClient, conversationId: string, text: string): Promise<ChatExchange> {
  const response = await client.request({
    method: 'POST',
    url: `/api/v1/chat/conversations/${conversationId}/messages`,
    payload: { text },
  });
  expect(response.statusCode, response.body).toBe(200);
  return ChatExchange.parse(response.json());
}

beforeAll(async () => {
  t = await createTestApp();
  const patientUser = await buildUser(t.testDb.db, t.clock, { role: 'patient', displayName: 'Mary Ellis' });
  const doctorUser = await buildUser(t.testDb.db, t.clock, {
    role: 'doctor',
    organisationId: patientUser.organisationId,
    displayName: 'Dr Ana Silva',
  });
  patientId = patientUser.patientId as string;
  doctorUserId = doctorUser.id;
  patient = await signedIn(t, patientUser);
  doctor = await signedIn(t, doctorUser);
  stranger = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'doctor' }));
  const admitted = await doctor.request({
    method: 'POST',
    url: `/api/v1/organisations/${doctorUser.organisationId}/admissions`,
    payload: { patientId },
  });
  expect(admitted.statusCode, admitted.body).toBe(201);
});
afterAll(async () => t.close());

describe('a symptom conversation', () => {
  let conversationId: string;

  it('asks the follow-ups that matter, then gives a triage level with reasons and likely conditions', async () => {
    const conversation = await start(patient, 'patient');
    conversationId = conversation.id;
    expect(conversation.messages).toHaveLength(1);
    expect(conversation.messages[0]?.suggestions.length).toBeGreaterThan(0);

    let exchange = await say(
      patient,
      conversationId,
      'I have had a sore throat and a high temperature for 2 days',
    );
    expect(exchange.reply.card).toBeNull();
    expect(exchange.reply.text).toMatch(/how old/i);
    const questions: string[] = [exchange.reply.text];
    for (let i = 0; i < 8 && exchange.reply.card === null; i++) {
      exchange = await say(patient, conversationId, exchange.reply.text.match(/how old/i) ? '29' : 'No');
      questions.push(exchange.reply.text);
    }
    const card = exchange.reply.card;
    expect(card?.kind).toBe('triage');
    if (card?.kind !== 'triage') return;
    expect(['self-care', 'doctor']).toContain(card.level);
    expect(card.reasons.length).toBeGreaterThan(0);
    expect(
      card.conditions
        .slice(0, 3)
        .map((c) => c.name.toLowerCase())
        .join(' '),
    ).toMatch(/tonsillitis|pharyngitis|strep/);
    expect(card.understood.present).toEqual(expect.arrayContaining([expect.stringMatching(/sore throat/i)]));
    expect(card.disclaimer).toMatch(/not a diagnosis/);
    expect(new Set(questions).size).toBe(questions.length);
  });

  it('keeps the history encrypted at rest', async () => {
    const rows = await t.testDb.db.kysely.selectFrom('chat_messages').select('content_envelope').execute();
    const conversations = await t.testDb.db.kysely.selectFrom('chat_conversations').selectAll().execute();
    const stored = JSON.stringify([rows, conversations]);
    expect(rows.length).toBeGreaterThan(2);
    expect(stored).not.toMatch(/sore throat|temperature|tonsillitis/i);
  });

  it('is private to its owner', async () => {
    for (const request of [
      { method: 'GET' as const, url: `/api/v1/chat/conversations/${conversationId}` },
      {
        method: 'POST' as const,
        url: `/api/v1/chat/conversations/${conversationId}/messages`,
        payload: { text: 'hello' },
      },
      { method: 'DELETE' as const, url: `/api/v1/chat/conversations/${conversationId}` },
    ])
      expect((await stranger.request(request)).statusCode).toBe(404);
    const mine = await patient.request({ method: 'GET', url: '/api/v1/chat/conversations?mode=patient' });
    expect(mine.json().conversations[0].title).toMatch(/sore throat/);
    const theirs = await stranger.request({ method: 'GET', url: '/api/v1/chat/conversations' });
    expect(theirs.json().conversations).toEqual([]);
  });

  it('shares the result with the doctor, who sees it in the chart and is notified', async () => {
    const shared = await patient.request({
      method: 'POST',
      url: `/api/v1/chat/conversations/${conversationId}/share`,
      payload: { askForAppointment: true, note: 'It hurts to swallow' },
    });
    expect(shared.statusCode, shared.body).toBe(201);
    expect(shared.json().appointmentRequested).toBe(true);
    const again = await patient.request({
      method: 'POST',
      url: `/api/v1/chat/conversations/${conversationId}/share`,
      payload: { askForAppointment: false },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('triage_already_shared');

    const chart = await doctor.request({
      method: 'GET',
      url: `/api/v1/patients/${patientId}/triage-summaries`,
    });
    expect(chart.statusCode, chart.body).toBe(200);
    const [summary] = TriageSummaryList.parse(chart.json()).summaries;
    expect(summary?.appointmentRequested).toBe(true);
    expect(summary?.note).toBe('It hurts to swallow');
    expect(summary?.patientWords).toMatch(/sore throat/);
    expect(summary?.facts).toEqual(expect.arrayContaining([{ label: 'Age', value: '29 years' }]));
    const impression = await doctor.request({
      method: 'GET',
      url: `/fhir/R4/ClinicalImpression?subject=Patient/${patientId}`,
    });
    expect(impression.statusCode, impression.body).toBe(200);
    expect(impression.json().total ?? impression.json().entry?.length).toBeGreaterThan(0);

    const notes = await t.testDb.db.kysely
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', doctorUserId)
      .execute();
    expect(notes.map((n) => n.kind)).toContain('triage-summary');
    expect(
      (await stranger.request({ method: 'GET', url: `/api/v1/patients/${patientId}/triage-summaries` }))
        .statusCode,
    ).toBe(403);
    const view = await patient.request({
      method: 'GET',
      url: `/api/v1/chat/conversations/${conversationId}`,
    });
    expect(view.json().canShare).toBe(false);
  });
});

describe('emergencies', () => {
  it('answers a stroke described by a relative at once, the card before any text in the stream', async () => {
    const { id } = await start(patient, 'patient');
    const response = await patient.request({
      method: 'POST',
      url: `/api/v1/chat/conversations/${id}/messages`,
      headers: { accept: 'text/event-stream' },
      payload: { text: 'My husband’s face is drooping and he can’t talk properly' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/event-stream/);
    const events = response.body
      .split('\n\n')
      .filter((chunk) => chunk.startsWith('data: '))
      .map((chunk) => JSON.parse(chunk.slice('data: '.length)) as ChatStreamEvent);
    expect(events.map((e) => e.type).slice(0, 3)).toEqual(['user', 'card', 'delta']);
    expect(events.at(-1)?.type).toBe('done');
    const card = events[1]?.type === 'card' ? events[1].card : undefined;
    expect(card).toMatchObject({ kind: 'emergency', rule: 'stroke', call: { number: '112' } });
  });

  it('does not treat chest pain last year as an emergency', async () => {
    const { id } = await start(patient, 'patient');
    const exchange = await say(patient, id, 'I had chest pain last year, what tests exist?');
    expect(exchange.reply.card?.kind).not.toBe('emergency');
  });

  it('answers thoughts of suicide with the crisis line, whatever came before', async () => {
    const { id } = await start(patient, 'patient');
    await say(patient, id, 'How do I add a passkey?');
    const exchange = await say(patient, id, 'honestly I just want to end my life');
    expect(exchange.reply.card).toMatchObject({ kind: 'emergency', crisisLine: { number: '116 123' } });
  });
});

describe('the patient’s own record', () => {
  it('asks permission first, then answers from the record and audits the read', async () => {
    const hba1c = await doctor.request({
      method: 'POST',
      url: '/fhir/R4/Observation',
      headers: { 'content-type': 'application/fhir+json' },
      payload: {
        resourceType: 'Observation',
        status: 'final',
        category: [
          {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' },
            ],
          },
        ],
        code: {
          coding: [
            {
              system: 'http://loinc.org',
              code: '4548-4',
              display: 'Hemoglobin A1c/Hemoglobin.total in Blood',
            },
          ],
        },
        subject: { reference: `Patient/${patientId}` },
        effectiveDateTime: '2026-02-20T09:00:00Z',
        valueQuantity: { value: 6.4, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
      },
    });
    expect(hba1c.statusCode, hba1c.body).toBe(201);
    const { id } = await start(patient, 'patient');
    const asked = await say(patient, id, 'What was my last HbA1c?');
    expect(asked.reply.card?.kind).toBe('consent');
    const answered = await say(patient, id, 'Yes, use my record');
    expect(answered.reply.text).toMatch(/6\.4 %/);
    expect(answered.reply.card?.kind).toBe('record');
    const consent = await patient.request({ method: 'GET', url: '/api/v1/chat/record-consent' });
    expect(consent.json().granted).toBe(true);
    const audited = await t.testDb.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('patient_id', '=', patientId)
      .where('action', 'in', ['chat.record_consent_granted', 'patient.read'])
      .execute();
    expect(audited.map((a) => a.action)).toContain('chat.record_consent_granted');
    expect(JSON.stringify(audited)).toMatch(/health-assistant/);
    const revoked = await patient.request({
      method: 'PUT',
      url: '/api/v1/chat/record-consent',
      payload: { granted: false },
    });
    expect(revoked.json().granted).toBe(false);
    expect((await say(patient, id, 'What was my last HbA1c?')).reply.card?.kind).toBe('consent');
  });
});

describe('bad input and other roles', () => {
  it('refuses empty and over-long messages and changes nothing', async () => {
    const { id } = await start(patient, 'patient');
    for (const text of ['   ', 'x'.repeat(2001)]) {
      const response = await patient.request({
        method: 'POST',
        url: `/api/v1/chat/conversations/${id}/messages`,
        payload: { text },
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
    const view = ConversationView.parse(
      (await patient.request({ method: 'GET', url: `/api/v1/chat/conversations/${id}` })).json(),
    );
    expect(view.messages).toHaveLength(1);
  });

  it('gives clinicians the help assistant, not the patient one', async () => {
    const refused = await doctor.request({
      method: 'POST',
      url: '/api/v1/chat/conversations',
      payload: { mode: 'patient' },
    });
    expect(refused.statusCode).toBe(403);
    const help = await start(doctor, 'help');
    const exchange = await say(doctor, help.id, 'How do I prescribe a medicine?');
    expect(exchange.reply.card?.kind).toBe('help');
  });

  it('deletes a conversation with its messages', async () => {
    const { id } = await start(patient, 'patient');
    const deleted = await patient.request({ method: 'DELETE', url: `/api/v1/chat/conversations/${id}` });
    expect(deleted.statusCode).toBe(204);
    expect(
      (await patient.request({ method: 'GET', url: `/api/v1/chat/conversations/${id}` })).statusCode,
    ).toBe(404);
    const left = await t.testDb.db.kysely
      .selectFrom('chat_messages')
      .select('id')
      .where('conversation_id', '=', id)
      .execute();
    expect(left).toEqual([]);
  });
});
