import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer } from './fake-openai-server.test-helpers.ts';
import { offlineWriter } from './language-model.ts';
import { createOpenAiCompatibleModel } from './openai-compatible.ts';

const request = {
  question: 'What is a normal HbA1c?',
  draft: 'An HbA1c below 42 mmol/mol is normal.',
  grounding: 'HbA1c: below 42 mmol/mol (6.0%) is normal.',
};
const collect = async (pieces: AsyncIterable<string>) => {
  let text = '';
  for await (const piece of pieces) text += piece;
  return text;
};
let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe('the OpenAI-compatible language model', () => {
  it('streams the chat completion, sending the draft and the retrieved knowledge', async () => {
    const fake = await startFakeOpenAiServer({ pieces: ['A normal ', 'HbA1c is ', 'below 42 mmol/mol.'] });
    close = fake.close;
    const model = createOpenAiCompatibleModel({
      baseUrl: fake.baseUrl,
      model: 'llama3.1',
      apiKey: 'sk-test',
      timeoutMs: 5000,
    });
    expect(await collect(model.reword(request, AbortSignal.timeout(5000)))).toBe(
      'A normal HbA1c is below 42 mmol/mol.',
    );
    const [sent] = fake.requests;
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.authorization).toBe('Bearer sk-test');
    expect(sent?.body).toMatchObject({ model: 'llama3.1', stream: true });
    expect(JSON.stringify(sent?.body.messages)).toContain('below 42 mmol/mol (6.0%)');
  });

  it('throws when the endpoint fails, so the caller keeps its draft', async () => {
    const fake = await startFakeOpenAiServer({ pieces: [], status: 503 });
    close = fake.close;
    const model = createOpenAiCompatibleModel({
      baseUrl: fake.baseUrl,
      model: 'm',
      apiKey: undefined,
      timeoutMs: 5000,
    });
    await expect(collect(model.reword(request, AbortSignal.timeout(5000)))).rejects.toThrow(/503/);
  });
});

describe('the offline writer', () => {
  it('streams the draft unchanged', async () => {
    expect(await collect(offlineWriter.reword(request, AbortSignal.timeout(1000)))).toBe(request.draft);
  });
});
