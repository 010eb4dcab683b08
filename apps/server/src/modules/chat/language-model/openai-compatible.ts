import type { LanguageModel, RewordRequest } from './language-model.ts';

/**
 * A language model behind any OpenAI-compatible chat completions API: a local Ollama
 * (`http://127.0.0.1:11434/v1`) or vLLM, or a hosted service. It streams (`stream: true`) and reads
 * the server-sent events of `choices[0].delta.content`. Nothing of the user's record is sent: only
 * the question, the assistant's draft and the retrieved public knowledge.
 */
export interface OpenAiCompatibleOptions {
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey: string | undefined;
  readonly timeoutMs: number;
  readonly fetch?: typeof fetch;
}

export const REWORD_INSTRUCTIONS = [
  'You are the health assistant of a clinical platform. Rewrite the DRAFT answer so it reads warmly and clearly for a patient.',
  'Use only facts from the DRAFT and the KNOWLEDGE. Do not add diagnoses, doses, or advice that is not there.',
  'Never change what the draft says to do or how urgently. If the KNOWLEDGE does not answer the question, say you do not know.',
  'Keep it under 150 words. Plain text, no headings.',
].join(' ');

export function rewordMessages(request: RewordRequest) {
  return [
    { role: 'system', content: REWORD_INSTRUCTIONS },
    {
      role: 'user',
      content: `QUESTION:\n${request.question}\n\nKNOWLEDGE:\n${request.grounding}\n\nDRAFT:\n${request.draft}`,
    },
  ];
}

export function createOpenAiCompatibleModel(options: OpenAiCompatibleOptions): LanguageModel {
  const doFetch = options.fetch ?? fetch;
  return {
    name: `openai-compatible:${options.model}`,
    async *reword(request, signal) {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const response = await doFetch(`${options.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: options.model,
          stream: true,
          temperature: 0.2,
          max_tokens: 400,
          messages: rewordMessages(request),
        }),
        signal: AbortSignal.any([signal, timeout]),
      });
      if (!response.ok || !response.body) throw new Error(`language model answered ${response.status}`);
      const decoder = new TextDecoder();
      let buffered = '';
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffered += decoder.decode(value, { stream: true });
        let end = buffered.indexOf('\n');
        while (end >= 0) {
          const line = buffered.slice(0, end).trim();
          buffered = buffered.slice(end + 1);
          end = buffered.indexOf('\n');
          if (!line.startsWith('data:')) continue;
          const data = line.slice('data:'.length).trim();
          if (data === '[DONE]') return;
          const piece = contentOf(data);
          if (piece) yield piece;
        }
      }
    },
  };
}

function contentOf(data: string): string | undefined {
  try {
    const event = JSON.parse(data) as { choices?: { delta?: { content?: unknown } }[] };
    const content = event.choices?.[0]?.delta?.content;
    return typeof content === 'string' ? content : undefined;
  } catch {
    return undefined;
  }
}
