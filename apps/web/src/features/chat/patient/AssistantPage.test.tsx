import type { ConversationSummaryView } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { callsTo, recordRoutes } from '../../../test/record-api.ts';
import { renderApp } from '../../../test/render.tsx';
import {
  buildChatMessage,
  buildConversation,
  CONVERSATION_ID,
  OTHER_CONVERSATION_ID,
} from '../chat.test-helpers.ts';

const base = '/api/v1/chat/conversations';
const NEW_ID = '00000000-0000-4000-8000-000000000c03';

const summary = (id: string, title: string, updatedAt: string): ConversationSummaryView => ({
  id,
  mode: 'patient',
  title,
  createdAt: updatedAt,
  updatedAt,
});

function assistantApi(options: { granted?: boolean } = {}) {
  let list = [
    summary(CONVERSATION_ID, 'Headache since this morning', '2026-03-04T09:05:00.000Z'),
    summary(OTHER_CONVERSATION_ID, 'Questions about cholesterol', '2026-03-01T15:00:00.000Z'),
  ];
  let consent = { granted: options.granted ?? false, grantedAt: null as string | null };
  return stubApi(
    recordRoutes(
      {},
      {
        [`GET ${base}`]: () => jsonResponse(200, { conversations: list }),
        [`GET ${base}/${CONVERSATION_ID}`]: () => jsonResponse(200, buildConversation()),
        [`GET ${base}/${OTHER_CONVERSATION_ID}`]: () =>
          jsonResponse(
            200,
            buildConversation({
              id: OTHER_CONVERSATION_ID,
              title: 'Questions about cholesterol',
              messages: [buildChatMessage({ text: 'Cholesterol is a fat in the blood.' })],
            }),
          ),
        [`POST ${base}`]: () => {
          const started = buildConversation({
            id: NEW_ID,
            title: 'New conversation',
            messages: [buildChatMessage({ text: 'Hello again! What can I do for you?' })],
          });
          list = [summary(NEW_ID, 'New conversation', '2026-03-04T10:00:00.000Z'), ...list];
          return jsonResponse(201, started);
        },
        [`DELETE ${base}/${OTHER_CONVERSATION_ID}`]: () => {
          list = list.filter((item) => item.id !== OTHER_CONVERSATION_ID);
          return new Response(null, { status: 204 });
        },
        'GET /api/v1/chat/record-consent': () => jsonResponse(200, consent),
        'PUT /api/v1/chat/record-consent': (init) => {
          const { granted } = JSON.parse(String(init?.body)) as { granted: boolean };
          consent = { granted, grantedAt: granted ? '2026-03-04T10:00:00.000Z' : null };
          return jsonResponse(200, consent);
        },
      },
    ),
  );
}

describe('the patient’s Assistant page', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await import('./AssistantPage.tsx');
  });

  it('lists the conversations newest first with the newest open, and opens another', async () => {
    const api = assistantApi();
    const { user, router } = renderApp('/patient/assistant');
    expect(await screen.findByRole('heading', { level: 1, name: 'Health assistant' })).toBeTruthy();
    expect(api.calls.find((call) => call.path === base)?.search.get('mode')).toBe('patient');
    const list = await screen.findByRole('list', { name: 'Your conversations, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Headache since this morning'),
      expect.stringContaining('Questions about cholesterol'),
    ]);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Headache since this morning' }),
    ).toBeTruthy();
    expect(within(list).getByRole('button', { current: true }).textContent).toContain('Headache');

    await user.click(within(list).getByRole('button', { name: /^Questions about cholesterol/ }));
    expect(await screen.findByText('Cholesterol is a fat in the blood.')).toBeTruthy();
    expect(router.state.location.search).toBe(`?conversation=${OTHER_CONVERSATION_ID}`);
  });

  it('starts a new conversation, which opens with the greeting', async () => {
    const api = assistantApi();
    const { user } = renderApp('/patient/assistant');
    await user.click(await screen.findByRole('button', { name: 'New conversation' }));
    expect(await screen.findByText('Hello again! What can I do for you?')).toBeTruthy();
    expect(callsTo(api.calls, 'POST', base).map((call) => JSON.parse(String(call.init?.body)))).toEqual([
      { mode: 'patient' },
    ]);
  });

  it('deletes a conversation after asking', async () => {
    const api = assistantApi();
    const { user } = renderApp('/patient/assistant');
    await user.click(
      await screen.findByRole('button', { name: 'Delete conversation “Questions about cholesterol”' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete this conversation?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsTo(api.calls, 'DELETE', `${base}/${OTHER_CONVERSATION_ID}`)).toHaveLength(0);

    await user.click(
      screen.getByRole('button', { name: 'Delete conversation “Questions about cholesterol”' }),
    );
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete this conversation?' })).getByRole('button', {
        name: 'Delete conversation',
      }),
    );
    expect(await screen.findByText('The conversation was deleted.')).toBeTruthy();
    expect(callsTo(api.calls, 'DELETE', `${base}/${OTHER_CONVERSATION_ID}`)).toHaveLength(1);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /^Questions about cholesterol/ })).toBeNull(),
    );
  });

  it('lets the patient allow the assistant to read their record, in its settings', async () => {
    const api = assistantApi();
    const { user } = renderApp('/patient/assistant');
    await user.click(await screen.findByRole('button', { name: 'Assistant settings' }));
    const settings = await screen.findByRole('dialog', { name: 'Assistant settings' });
    const consent = await within(settings).findByRole('switch', {
      name: /^Let the assistant read my record to answer questions about it/,
    });
    expect((consent as HTMLInputElement).checked).toBe(false);
    await user.click(consent);
    await waitFor(() => expect((consent as HTMLInputElement).checked).toBe(true));
    expect(
      callsTo(api.calls, 'PUT', '/api/v1/chat/record-consent').map((call) =>
        JSON.parse(String(call.init?.body)),
      ),
    ).toEqual([{ granted: true }]);
    expect(await screen.findByText('Allowed since 4 Mar 2026.')).toBeTruthy();
  });
});
