import type { SessionSummary } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountPageRoutes, stubApi } from '../../../test/fake-api.ts';
import {
  buildPlatformInfo,
  buildProblem,
  buildSessionSummary,
  jsonResponse,
  problemResponse,
  signedInState,
} from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const current = buildSessionSummary({
  id: '00000000-0000-4000-8000-000000000500',
  isCurrent: true,
  device: 'Chrome on Linux',
  sourceIp: '198.51.100.4',
});
const firefox = buildSessionSummary({ id: '00000000-0000-4000-8000-000000000501' });
const safari = buildSessionSummary({
  id: '00000000-0000-4000-8000-000000000502',
  device: 'Safari on iOS',
  sourceIp: null,
  lastSeenAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
});

/** The signed-in account page, with a server that holds `initial` as the user's sessions. */
function accountPageWith(initial: SessionSummary[], routes: Parameters<typeof stubApi>[0] = {}) {
  let sessions = initial;
  const api = stubApi({
    ...accountPageRoutes(),
    'GET /api/v1/session': () => jsonResponse(200, signedInState()),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    'GET /api/v1/sessions': () => jsonResponse(200, { sessions }),
    ...routes,
  });
  const view = renderApp('/patient/account');
  const setSessions = (next: SessionSummary[]) => {
    sessions = next;
  };
  return { ...api, ...view, setSessions };
}

const sessionsRegion = () => screen.findByRole('region', { name: 'Your sessions' });
const sessionItems = async () => within(await sessionsRegion()).findAllByRole('listitem');
const countOf = (calls: ReturnType<typeof stubApi>['calls'], method: string, path: string) =>
  calls.filter((call) => call.method === method && call.path === path).length;

describe('your sessions', () => {
  it('lists the sessions, this device first and marked, with where from and when', async () => {
    accountPageWith([firefox, current, safari]);
    const items = await sessionItems();
    expect(items).toHaveLength(3);
    const [first, second, third] = items;
    expect(within(first as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(
      'Chrome on LinuxThis device',
    );
    expect(first?.textContent).toContain('198.51.100.4');
    expect(within(first as HTMLElement).queryByRole('button')).toBeNull();

    expect(second?.textContent).toContain('Firefox on Windows');
    expect(second?.textContent).not.toContain('This device');
    expect(second?.textContent).toContain('1 minute ago');
    expect(second?.textContent).toMatch(/Signed in(Today|Yesterday), \d\d:\d\d/);
    expect(third?.textContent).toContain('Not recorded');
    expect(third?.textContent).toContain('3 hours ago');
    expect(
      within(third as HTMLElement).getByRole('button', { name: 'End session on Safari on iOS' }),
    ).toBeTruthy();
  });

  it('ends another session after confirmation, and refreshes the list', async () => {
    const { user, calls, setSessions } = accountPageWith([current, firefox, safari], {
      [`DELETE /api/v1/sessions/${firefox.id}`]: () => {
        setSessions([current, safari]);
        return new Response(null, { status: 204 });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'End session on Firefox on Windows' }));
    const dialog = await screen.findByRole('dialog', { name: 'End this session?' });
    expect(dialog.textContent).toContain('Firefox on Windows will be signed out');
    expect(countOf(calls, 'DELETE', `/api/v1/sessions/${firefox.id}`)).toBe(0);

    await user.click(within(dialog).getByRole('button', { name: 'End session' }));

    expect(await screen.findByText('The session on Firefox on Windows has ended.')).toBeTruthy();
    await waitFor(async () => expect(await sessionItems()).toHaveLength(2));
    expect(screen.queryByText('Firefox on Windows')).toBeNull();
    expect(countOf(calls, 'DELETE', `/api/v1/sessions/${firefox.id}`)).toBe(1);
    expect(countOf(calls, 'GET', '/api/v1/sessions')).toBe(2);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Your sessions' }));
  });

  it('asks nothing of the server when the confirmation is cancelled', async () => {
    const { user, calls } = accountPageWith([current, firefox]);
    const end = await screen.findByRole('button', { name: 'End session on Firefox on Windows' });
    await user.click(end);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);
    expect(document.activeElement).toBe(end);
  });

  it('ends all other sessions at once', async () => {
    const { user, calls, setSessions } = accountPageWith([current, firefox, safari], {
      'POST /api/v1/sessions/end-others': () => {
        setSessions([current]);
        return jsonResponse(200, { ended: 2 });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'End all other sessions' }));
    const dialog = await screen.findByRole('dialog', { name: 'End all other sessions?' });
    expect(dialog.textContent).toContain('Your 2 other sessions will be signed out');
    await user.click(within(dialog).getByRole('button', { name: 'End other sessions' }));

    expect(await screen.findByText('2 other sessions have ended.')).toBeTruthy();
    await waitFor(async () => expect(await sessionItems()).toHaveLength(1));
    expect(countOf(calls, 'POST', '/api/v1/sessions/end-others')).toBe(1);
    expect(screen.getByText('You are not signed in anywhere else.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'End all other sessions' })).toBeNull();
  });

  it("shows the server's explanation when a session cannot be ended", async () => {
    const { user } = accountPageWith([current, firefox], {
      [`DELETE /api/v1/sessions/${firefox.id}`]: () =>
        problemResponse(
          buildProblem({
            status: 404,
            code: 'session_not_found',
            detail: 'There is no open session of yours with this id.',
          }),
        ),
    });
    await user.click(await screen.findByRole('button', { name: 'End session on Firefox on Windows' }));
    await user.click(await screen.findByRole('button', { name: 'End session' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The session could not be ended');
    expect(alert.textContent).toContain('There is no open session of yours with this id.');
  });

  it('explains when the sessions cannot be loaded, and tries again on request', async () => {
    let isDown = true;
    const { user } = accountPageWith([], {
      'GET /api/v1/sessions': () =>
        isDown
          ? problemResponse(
              buildProblem({ status: 503, code: 'not_ready', detail: 'The server is starting.' }),
            )
          : jsonResponse(200, { sessions: [current] }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your sessions could not be loaded');
    expect(alert.textContent).toContain('The server is starting.');

    isDown = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('This device')).toBeTruthy();
  });
});
