import { ChatExchange } from '@nexus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories.ts';
import { type SignedInClient, signedIn } from '../../../test/signed-in.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { startFakeOpenAiServer } from './language-model/fake-openai-server.test-helpers.ts';

/**
 * With CHAT_LLM_URL set, the assistant's grounded answers are reworded by the model, while
 * emergencies never reach it.
 */
let t: TestApp;
let patient: SignedInClient;
let fake: Awaited<ReturnType<typeof startFakeOpenAiServer>>;
const REWORDED = 'Here is what the library says about blood pressure, in kinder words.';

beforeAll(async () => {
  fake = await startFakeOpenAiServer({
    pieces: ['Here is what the library says ', 'about blood pressure, in kinder words.'],
  });
  t = await createTestApp({ env: { CHAT_LLM_URL: fake.baseUrl, CHAT_LLM_MODEL: 'local-model' } });
  patient = await signedIn(t, await buildUser(t.testDb.db, t.clock, { role: 'patient' }));
});
afterAll(async () => {
  await t.close();
  await fake.close();
});

async function ask(text: string): Promise<ChatExchange> {
  const started = await patient.request({
    method: 'POST',
    url: '/api/v1/chat/conversations',
    payload: { mode: 'patient' },
  });
  const response = await patient.request({
    method: 'POST',
    url: `/api/v1/chat/conversations/${started.json().id}/messages`,
    payload: { text },
  });
  expect(response.statusCode, response.body).toBe(200);
  return ChatExchange.parse(response.json());
}

describe('the assistant with a language model', () => {
  it('rewords a grounded answer, keeping its card and source', async () => {
    const exchange = await ask('What is high blood pressure?');
    expect(exchange.reply.text).toBe(REWORDED);
    expect(exchange.reply.card?.kind).toBe('information');
    expect(fake.requests).toHaveLength(1);
    expect(JSON.stringify(fake.requests[0]?.body)).toMatch(/blood pressure/i);
  });

  it('never sends an emergency to the model', async () => {
    const before = fake.requests.length;
    const exchange = await ask('I have crushing chest pain and I am sweating');
    expect(exchange.reply.card?.kind).toBe('emergency');
    expect(exchange.reply.text).toMatch(/112/);
    expect(fake.requests.length).toBe(before);
  });
});
