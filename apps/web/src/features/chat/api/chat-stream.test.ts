import type { ChatStreamEvent } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import { isApiError } from '../../../api/api-error.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { buildChatMessage, CONVERSATION_ID, controlledStream, sseEvent } from '../chat.test-helpers.ts';
import { streamChatMessage } from './chat-stream.ts';

const user = buildChatMessage({ author: 'user', text: 'Hello' });
const reply = buildChatMessage({ text: 'Hi there' });

async function send(response: Response) {
  const events: ChatStreamEvent[] = [];
  const result = await streamChatMessage(CONVERSATION_ID, 'Hello', {
    onEvent: (event) => events.push(event),
    fetch: async () => response,
    cookies: () => 'nexus_csrf=abc',
  });
  return { events, result };
}

describe('sending a message with a streamed reply', () => {
  it('gives the events in order and resolves with the stored reply, skipping events it does not know', async () => {
    const stream = controlledStream();
    stream.write(`${sseEvent({ type: 'user', message: user })}data: {"type":"thinking"}\n\n`);
    stream.write(sseEvent({ type: 'delta', text: 'Hi ' }) + sseEvent({ type: 'delta', text: 'there' }));
    stream.write(sseEvent({ type: 'done', message: reply }));
    stream.close();
    const { events, result } = await send(stream.response());
    expect(events.map((event) => event.type)).toEqual(['user', 'delta', 'delta', 'done']);
    expect(result).toEqual(reply);
  });

  it('takes a JSON exchange from a server that does not stream', async () => {
    const { events, result } = await send(jsonResponse(200, { user, reply }));
    expect(events).toEqual([
      { type: 'user', message: user },
      { type: 'done', message: reply },
    ]);
    expect(result).toEqual(reply);
  });

  it('fails with the error event’s words, and when the stream ends before its reply', async () => {
    const failing = controlledStream();
    failing.write(sseEvent({ type: 'error', title: 'Unavailable', detail: 'Try later.' }));
    failing.close();
    const error = await send(failing.response()).catch((caught: unknown) => caught);
    expect(isApiError(error) && [error.problem.title, error.problem.detail]).toEqual([
      'Unavailable',
      'Try later.',
    ]);

    const cut = controlledStream();
    cut.write(sseEvent({ type: 'delta', text: 'Hi' }));
    cut.close();
    const cutError = await send(cut.response()).catch((caught: unknown) => caught);
    expect(isApiError(cutError) && cutError.code).toBe('chat_stream_failed');
  });
});
