import {
  ChatExchange,
  type ChatMessageView,
  ChatStreamEvent,
  type Problem,
  Problem as ProblemSchema,
} from '@nexus/contracts';
import { apiStrings } from '../../../api/api.strings.ts';
import { ApiError, CLIENT_PROBLEM_CODES } from '../../../api/api-error.ts';
import { CSRF_HEADER, csrfTokenFrom } from '../../../api/http-client.ts';
import { chatStrings } from '../chat.strings.ts';
import { messagesPath } from './paths.ts';
import { createSseParser } from './sse-parser.ts';

/** The code of a reply that failed on the way (an `error` event, or a stream cut off before `done`). */
export const STREAM_FAILED_CODE = 'chat_stream_failed';

export type StreamOptions = {
  /** Each event as it arrives: `user`, `card`, `delta`, and finally `done`. */
  onEvent: (event: ChatStreamEvent) => void;
  signal?: AbortSignal;
  /** Defaults to the global fetch, looked up on every call (so tests can stub it). */
  fetch?: typeof fetch;
  /** The page's cookies, for the CSRF token; defaults to `document.cookie`. */
  cookies?: () => string;
};

const problem = (title: string, detail: string, status: number, code: string, path: string): Problem => ({
  type: 'about:blank',
  title,
  detail,
  status,
  code,
  instance: path,
  requestId: '',
});

async function failureOf(response: Response, path: string): Promise<ApiError> {
  try {
    const parsed = ProblemSchema.safeParse(await response.json());
    if (parsed.success) return new ApiError(parsed.data);
  } catch {
    // Not JSON: described below like any other unexpected answer.
  }
  const detail = response.status >= 500 ? apiStrings.serverErrorDetail : apiStrings.unexpectedResponseDetail;
  return new ApiError(
    problem(
      apiStrings.unexpectedResponseTitle,
      detail,
      response.status,
      CLIENT_PROBLEM_CODES.unexpectedResponse,
      path,
    ),
  );
}

const cutOff = (path: string) =>
  new ApiError(problem(chatStrings.sendFailed, chatStrings.errorFallback, 200, STREAM_FAILED_CODE, path));

/**
 * Sends a message and reads the reply as server-sent events (fetch and a stream reader: EventSource
 * cannot POST). Resolves with the stored reply; every failure (HTTP, network, an `error` event, a
 * stream that ends early) is thrown as an ApiError whose problem says what went wrong.
 */
export async function streamChatMessage(
  conversationId: string,
  text: string,
  {
    onEvent,
    signal,
    fetch: doFetch = (input, init) => globalThis.fetch(input, init),
    cookies,
  }: StreamOptions,
): Promise<ChatMessageView> {
  const path = messagesPath(conversationId);
  const headers = new Headers({
    accept: 'text/event-stream, application/problem+json',
    'content-type': 'application/json',
  });
  const csrfToken = csrfTokenFrom(
    cookies ? cookies() : typeof document === 'undefined' ? '' : document.cookie,
  );
  if (csrfToken) headers.set(CSRF_HEADER, csrfToken);
  let response: Response;
  try {
    response = await doFetch(path, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text }),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(
      problem(
        apiStrings.networkErrorTitle,
        apiStrings.networkErrorDetail,
        0,
        CLIENT_PROBLEM_CODES.networkError,
        path,
      ),
    );
  }
  if (!response.ok) throw await failureOf(response, path);

  if (!/^text\/event-stream/i.test(response.headers.get('content-type') ?? '') || !response.body) {
    // A server (or proxy) that answered with JSON: the same exchange, all at once.
    const exchange = ChatExchange.safeParse(await response.json().catch(() => null));
    if (!exchange.success) throw cutOff(path);
    onEvent({ type: 'user', message: exchange.data.user });
    onEvent({ type: 'done', message: exchange.data.reply });
    return exchange.data.reply;
  }

  const parser = createSseParser();
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  // Set from inside take(); an object, so the compiler does not narrow it to null.
  const outcome: { reply: ChatMessageView | null } = { reply: null };
  const take = (payloads: string[]) => {
    for (const payload of payloads) {
      let json: unknown;
      try {
        json = JSON.parse(payload);
      } catch {
        continue;
      }
      // An event this app does not know (a newer server) is skipped, not fatal.
      const event = ChatStreamEvent.safeParse(json);
      if (!event.success) continue;
      if (event.data.type === 'error') {
        throw new ApiError(problem(event.data.title, event.data.detail, 200, STREAM_FAILED_CODE, path));
      }
      if (event.data.type === 'done') outcome.reply = event.data.message;
      onEvent(event.data);
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      take(parser.push(decoder.decode(value, { stream: true })));
    }
    take(parser.push(decoder.decode()));
    take(parser.end());
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    if (error instanceof ApiError || signal?.aborted) throw error;
    throw new ApiError(
      problem(
        apiStrings.networkErrorTitle,
        apiStrings.networkErrorDetail,
        0,
        CLIENT_PROBLEM_CODES.networkError,
        path,
      ),
    );
  }
  if (!outcome.reply) throw cutOff(path);
  return outcome.reply;
}
