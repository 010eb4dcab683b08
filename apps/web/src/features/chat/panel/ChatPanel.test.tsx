import type { ChatMessageView, ConversationView } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import {
  buildChatMessage,
  buildConversation,
  buildEmergencyCard,
  buildTriageCard,
  CONVERSATION_ID,
  controlledStream,
  sseEvent,
  sseResponse,
} from '../chat.test-helpers.ts';
import { ConversationPane } from '../patient/ConversationPane.tsx';

const conversationPath = `/api/v1/chat/conversations/${CONVERSATION_ID}`;
const messagesPath = `${conversationPath}/messages`;

/** A server holding one conversation; what the test's POST handler stores is read back by later GETs. */
function chatApi(answer: (text: string, store: (...messages: ChatMessageView[]) => void) => Response) {
  let conversation: ConversationView = buildConversation();
  const store = (...messages: ChatMessageView[]) => {
    conversation = { ...conversation, messages: [...conversation.messages, ...messages] };
  };
  return stubApi({
    [`GET ${conversationPath}`]: () => jsonResponse(200, conversation),
    [`POST ${messagesPath}`]: (init) =>
      answer((JSON.parse(String(init?.body)) as { text: string }).text, store),
  });
}

const log = () => screen.getByRole('log', { name: 'Messages' });
const composer = () => screen.getByRole('textbox', { name: /^Message/ });

describe('the chat panel', () => {
  afterEach(() => {
    // biome-ignore lint/suspicious/noDocumentCookie: the CSRF cookie as the server sets it, for the client to read.
    document.cookie = 'nexus_csrf=; max-age=0';
  });

  it('sends on Enter with the CSRF header, streams the reply in as deltas and shows its triage card', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the CSRF cookie as the server sets it, for the client to read.
    document.cookie = 'nexus_csrf=token-123';
    const stream = controlledStream();
    const user = buildChatMessage({
      author: 'user',
      text: 'I have had a headache for four days',
      suggestions: [],
    });
    const reply = buildChatMessage({
      text: 'It sounds like a tension headache.',
      card: buildTriageCard(),
      suggestions: ['What can I take for it?'],
    });
    const api = chatApi((_text, store) => {
      store(user, reply);
      return stream.response();
    });
    const view = renderWithProviders(<ConversationPane conversationId={CONVERSATION_ID} />);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Headache since this morning' }),
    ).toBeTruthy();
    expect(log().getAttribute('aria-live')).toBe('polite');

    await view.user.type(composer(), 'I have had a headache{Shift>}{Enter}{/Shift}for four days');
    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);
    await view.user.keyboard('{Enter}');

    const post = await waitFor(() => {
      const found = api.calls.find((call) => call.method === 'POST');
      if (!found) throw new Error('not sent yet');
      return found;
    });
    const headers = new Headers(post.init?.headers);
    expect(headers.get('accept')).toContain('text/event-stream');
    expect(headers.get('x-csrf-token')).toBe('token-123');
    expect(JSON.parse(String(post.init?.body))).toEqual({ text: 'I have had a headache\nfor four days' });
    expect(within(log()).getByText(/I have had a headache/).textContent).toContain('You said:');
    expect((composer() as HTMLTextAreaElement).value).toBe('');
    expect(document.activeElement).toBe(composer());
    expect(screen.getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(true);
    // The greeting's suggestions go while the reply is written.
    expect(screen.queryByRole('button', { name: 'I have a headache' })).toBeNull();

    stream.write(sseEvent({ type: 'user', message: user }));
    stream.write(sseEvent({ type: 'delta', text: 'It sounds like ' }).slice(0, 20));
    stream.write(sseEvent({ type: 'delta', text: 'It sounds like ' }).slice(20));
    expect(await within(log()).findByText(/It sounds like/)).toBeTruthy();
    stream.write(
      sseEvent({ type: 'delta', text: 'a tension headache.' }) +
        sseEvent({ type: 'card', card: buildTriageCard() }),
    );
    expect(await within(log()).findByText(/It sounds like a tension headache\./)).toBeTruthy();
    stream.write(sseEvent({ type: 'done', message: reply }));
    stream.close();

    const triage = await screen.findByRole('region', { name: 'Triage result' });
    expect(within(triage).getByText('See a doctor in the next few days')).toBeTruthy();
    expect(triage.textContent).toContain('The headache has lasted more than three days.');
    expect(triage.textContent).toContain('You haveheadache, tiredness');
    expect(triage.textContent).toContain('You do not havefever, stiff neck');
    expect(triage.textContent).toContain('Tension-type headache');
    expect(triage.textContent).toContain('More likely');
    const source = within(triage).getByRole('link', { name: /Source: NHS: Tension headaches/ });
    expect(source.getAttribute('target')).toBe('_blank');
    expect(source.getAttribute('href')).toBe('https://www.nhs.uk/conditions/tension-headaches/');
    expect(triage.textContent).toContain('This is not a diagnosis.');
    // Not shareable: the conversation says so.
    expect(within(triage).queryByRole('button', { name: 'Share with my doctor' })).toBeNull();

    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Send' }).hasAttribute('disabled')).toBe(false),
    );
    expect(screen.getByRole('button', { name: 'What can I take for it?' })).toBeTruthy();
    // The reply is shown once, from the conversation.
    await waitFor(() =>
      expect(within(log()).getAllByText(/It sounds like a tension headache\./)).toHaveLength(1),
    );
  });

  it('shows an emergency card the moment it arrives, with a call link, before the text is written', async () => {
    const stream = controlledStream();
    chatApi(() => stream.response());
    const view = renderWithProviders(<ConversationPane conversationId={CONVERSATION_ID} />);
    await view.user.click(await screen.findByRole('button', { name: 'I have a headache' }));

    stream.write(
      sseEvent({
        type: 'card',
        card: buildEmergencyCard({ crisisLine: { label: 'Crisis line', number: '116 123' } }),
      }),
    );
    const alert = await screen.findByRole('alert', { name: 'This could be a stroke' });
    expect(within(alert).getByRole('link', { name: 'Call 112' }).getAttribute('href')).toBe('tel:112');
    expect(within(alert).getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe('tel:116123');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Call the emergency number now.', 'Note the time the symptoms started.']);
    expect(screen.getByText('The assistant is writing…')).toBeTruthy();
    stream.close();
  });

  it('sends a suggested reply and keeps focus in the composer', async () => {
    const api = chatApi((text) =>
      sseResponse([
        { type: 'user', message: buildChatMessage({ author: 'user', text }) },
        { type: 'delta', text: 'Blood pressure is…' },
        { type: 'done', message: buildChatMessage({ text: 'Blood pressure is…' }) },
      ]),
    );
    const view = renderWithProviders(<ConversationPane conversationId={CONVERSATION_ID} />);
    await view.user.click(await screen.findByRole('button', { name: 'What is blood pressure?' }));
    expect(await within(log()).findByText('Blood pressure is…')).toBeTruthy();
    expect(
      api.calls.filter((call) => call.method === 'POST').map((call) => JSON.parse(String(call.init?.body))),
    ).toEqual([{ text: 'What is blood pressure?' }]);
    expect(document.activeElement).toBe(composer());
  });

  it('shows what went wrong: an error event, or the problem the server answered with', async () => {
    let attempt = 0;
    chatApi((text) => {
      attempt += 1;
      return attempt === 1
        ? sseResponse([
            { type: 'user', message: buildChatMessage({ author: 'user', text }) },
            { type: 'error', title: 'The assistant is unavailable', detail: 'Try again in a few minutes.' },
          ])
        : problemResponse(
            buildProblem({
              status: 429,
              code: 'rate_limited',
              title: 'Too many messages',
              detail: 'Wait a minute.',
            }),
          );
    });
    const view = renderWithProviders(<ConversationPane conversationId={CONVERSATION_ID} />);
    await view.user.type(await screen.findByRole('textbox', { name: /^Message/ }), 'Hello{Enter}');
    const failure = await screen.findByRole('alert');
    expect(failure.textContent).toContain('The assistant is unavailable');
    expect(failure.textContent).toContain('Try again in a few minutes.');

    await view.user.type(composer(), 'Again{Enter}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Wait a minute.'));
    // The server did not take it: the text comes back to try again.
    expect((composer() as HTMLTextAreaElement).value).toBe('Again');
  });

  it('asks for text before sending and counts characters up to 2,000', async () => {
    const api = chatApi(() => sseResponse([]));
    const view = renderWithProviders(<ConversationPane conversationId={CONVERSATION_ID} />);
    await view.user.click(await screen.findByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Write a message first.')).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);
    await view.user.type(composer(), 'Hi');
    expect(composer().getAttribute('maxlength')).toBe('2000');
    expect(screen.getByText('2 / 2,000 characters')).toBeTruthy();
  });
});
