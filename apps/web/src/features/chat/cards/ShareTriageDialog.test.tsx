import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import {
  buildChatMessage,
  buildConversation,
  buildTriageCard,
  CONVERSATION_ID,
} from '../chat.test-helpers.ts';
import { ConversationPane } from '../patient/ConversationPane.tsx';

const conversationPath = `/api/v1/chat/conversations/${CONVERSATION_ID}`;

function shareApi(share: (body: unknown) => Response) {
  const conversation = buildConversation({
    canShare: true,
    messages: [
      buildChatMessage({ text: 'Here is what I think.', card: buildTriageCard() }),
      buildChatMessage({ text: 'Anything else?', suggestions: ['No, thank you'] }),
    ],
  });
  return stubApi({
    [`GET ${conversationPath}`]: () => jsonResponse(200, conversation),
    [`POST ${conversationPath}/share`]: (init) => share(JSON.parse(String(init?.body))),
  });
}

describe('sharing a triage result with the doctor', () => {
  it('posts the choice to ask for an appointment and the note, then says when it was shared', async () => {
    const api = shareApi(() =>
      jsonResponse(201, {
        summaryId: 'summary-1',
        sharedAt: '2026-03-04T09:10:00.000Z',
        appointmentRequested: true,
      }),
    );
    const view = renderWithProviders(<ConversationPane conversationId={CONVERSATION_ID} />);
    const triage = await screen.findByRole('region', { name: 'Triage result' });
    await view.user.click(within(triage).getByRole('button', { name: 'Share with my doctor' }));

    const dialog = await screen.findByRole('dialog', { name: 'Share this result with your doctor' });
    await view.user.click(within(dialog).getByRole('checkbox', { name: 'Ask for an appointment' }));
    await view.user.type(
      within(dialog).getByRole('textbox', { name: /Note for your doctor/ }),
      '  Mornings suit me  ',
    );
    expect(within(dialog).getByText('20 / 500 characters')).toBeTruthy();
    await view.user.click(within(dialog).getByRole('button', { name: 'Share' }));

    expect(await within(triage).findByText('Shared with your doctor on 4 Mar 2026')).toBeTruthy();
    const posts = api.calls.filter((call) => call.method === 'POST');
    expect(posts.map((call) => JSON.parse(String(call.init?.body)))).toEqual([
      { askForAppointment: true, note: 'Mornings suit me' },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(triage).queryByRole('button', { name: 'Share with my doctor' })).toBeNull();
  });

  it('sends no note when none is written, and keeps the dialog open with the reason when sharing fails', async () => {
    const bodies: unknown[] = [];
    shareApi((body) => {
      bodies.push(body);
      return problemResponse(
        buildProblem({ status: 409, code: 'nothing_to_share', detail: 'This result was already shared.' }),
      );
    });
    const view = renderWithProviders(<ConversationPane conversationId={CONVERSATION_ID} />);
    await view.user.click(await screen.findByRole('button', { name: 'Share with my doctor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this result with your doctor' });
    await view.user.click(within(dialog).getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(dialog.textContent).toContain('This result was already shared.'));
    expect(dialog.textContent).toContain('The result could not be shared');
    expect(bodies).toEqual([{ askForAppointment: false }]);
  });

  it('offers sharing only on the latest triage result, and not once it is shared', async () => {
    stubApi({
      [`GET ${conversationPath}`]: () =>
        jsonResponse(
          200,
          buildConversation({
            canShare: true,
            messages: [
              buildChatMessage({ card: buildTriageCard({ sharedAt: '2026-03-01T10:00:00.000Z' }) }),
              buildChatMessage({ card: buildTriageCard({ level: 'urgent', levelLabel: 'Get help today' }) }),
            ],
          }),
        ),
    });
    renderWithProviders(<ConversationPane conversationId={CONVERSATION_ID} />);
    const [earlier, latest] = await screen.findAllByRole('region', { name: 'Triage result' });
    if (!earlier || !latest) throw new Error('two triage results expected');
    expect(earlier.textContent).toContain('Shared with your doctor on 1 Mar 2026');
    expect(within(earlier).queryByRole('button', { name: 'Share with my doctor' })).toBeNull();
    expect(within(latest).getByRole('button', { name: 'Share with my doctor' })).toBeTruthy();
  });
});
