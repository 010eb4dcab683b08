import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { callsTo, doctorMe, recordRoutes } from '../../../test/record-api.ts';
import { renderApp } from '../../../test/render.tsx';
import { buildChatMessage, buildConversation, CONVERSATION_ID } from '../chat.test-helpers.ts';

const base = '/api/v1/chat/conversations';

describe('the help assistant in the header', { timeout: 20_000 }, () => {
  it('starts a help conversation on first open only, keeps it, and closes when a help link is followed', async () => {
    const help = buildConversation({
      mode: 'help',
      title: 'Help',
      messages: [
        buildChatMessage({
          text: 'You can see your patients under My patients.',
          card: {
            kind: 'help',
            title: 'Finding a patient',
            links: [{ label: 'My patients', path: '/doctor/patients' }],
          },
        }),
      ],
    });
    const api = stubApi(
      recordRoutes(
        { me: doctorMe() },
        {
          [`POST ${base}`]: () => jsonResponse(201, help),
          [`GET ${base}/${CONVERSATION_ID}`]: () => jsonResponse(200, help),
          'GET /api/v1/my-patients': () => jsonResponse(200, { patients: [] }),
        },
      ),
    );
    const { user, router } = renderApp('/doctor');
    const button = await screen.findByRole('button', { name: 'Help assistant' });
    expect(callsTo(api.calls, 'POST', base)).toHaveLength(0);

    await user.click(button);
    const drawer = await screen.findByRole('dialog', { name: 'Help assistant' });
    expect(await within(drawer).findByText('You can see your patients under My patients.')).toBeTruthy();
    expect(callsTo(api.calls, 'POST', base).map((call) => JSON.parse(String(call.init?.body)))).toEqual([
      { mode: 'help' },
    ]);
    expect(within(drawer).getByText(/It does not diagnose/)).toBeTruthy();

    await user.click(within(drawer).getByRole('link', { name: 'My patients' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/doctor/patients'));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Help assistant' })).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Help assistant' }));
    expect(
      await within(await screen.findByRole('dialog', { name: 'Help assistant' })).findByText(
        'You can see your patients under My patients.',
      ),
    ).toBeTruthy();
    expect(callsTo(api.calls, 'POST', base)).toHaveLength(1);
  });
});
