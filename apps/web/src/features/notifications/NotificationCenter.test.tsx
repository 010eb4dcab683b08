import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import { jsonResponse } from '../../test/fixtures.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { NotificationCenter } from './NotificationCenter.tsx';
import { buildNotification, FakeSocket } from './notifications.test-helpers.ts';

const unreadReminder = buildNotification();
const readReview = buildNotification({
  id: '00000000-0000-4000-8000-000000000902',
  kind: 'risk-review',
  title: 'A risk result is waiting for your review',
  link: '/doctor/reviews',
  readAt: new Date().toISOString(),
});

function stubNotifications(items = [unreadReminder, readReview]) {
  return stubApi({
    'GET /api/v1/notifications': () =>
      jsonResponse(200, { items, unreadCount: items.filter((item) => item.readAt === null).length }),
    [`POST /api/v1/notifications/${unreadReminder.id}/read`]: () => new Response(null, { status: 204 }),
  });
}

describe('the notification bell', () => {
  beforeEach(() => {
    FakeSocket.opened = [];
    vi.stubGlobal('WebSocket', FakeSocket);
  });

  it('says how many are unread, lists them, and opens one (marking it read)', async () => {
    const api = stubNotifications();
    const view = renderWithProviders(<NotificationCenter />, { path: '/patient' });
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await view.user.click(bell);
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    const links = within(dialog).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringContaining('Unread: It is time for your 08:00 medicines'),
      expect.stringContaining('A risk result is waiting for your review'),
    ]);
    expect(links[1]?.textContent).not.toContain('Unread');
    await view.user.click(within(dialog).getByRole('link', { name: /08:00 medicines/ }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/patient/medicines'));
    expect(
      api.calls.some((call) => call.method === 'POST' && call.path.endsWith(`${unreadReminder.id}/read`)),
    ).toBe(true);
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).toBeNull();
  });

  it('opens a read notification without marking it again', async () => {
    const api = stubNotifications();
    const view = renderWithProviders(<NotificationCenter />, { path: '/doctor' });
    await view.user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    await view.user.click(await screen.findByRole('link', { name: /risk result/ }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/doctor/reviews'));
    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('says when there is nothing', async () => {
    stubNotifications([]);
    const view = renderWithProviders(<NotificationCenter />);
    await view.user.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText('You have no notifications.')).toBeTruthy();
  });

  it('shows a new notification as it arrives and refreshes the list', async () => {
    const api = stubNotifications([readReview]);
    const view = renderWithProviders(<NotificationCenter />, { path: '/patient' });
    await screen.findByRole('button', { name: 'Notifications' });
    const socket = FakeSocket.opened[0];
    if (!socket) throw new Error('no socket');
    expect(socket.url).toBe(`ws://${window.location.host}/ws`);
    socket.open();
    const listReads = () => api.calls.filter((call) => call.path === '/api/v1/notifications').length;
    const before = listReads();
    socket.receive({
      type: 'notification',
      notification: {
        id: unreadReminder.id,
        kind: unreadReminder.kind,
        title: unreadReminder.title,
        link: '/patient/medicines',
        createdAt: unreadReminder.createdAt,
      },
    });
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('New notification');
    expect(status.textContent).toContain('It is time for your 08:00 medicines');
    await waitFor(() => expect(listReads()).toBeGreaterThan(before));
    await view.user.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('closes its socket when it goes away', async () => {
    stubNotifications();
    const view = renderWithProviders(<NotificationCenter />);
    await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    view.unmount();
    expect(FakeSocket.opened[0]?.closedWith).toBe(1000);
  });
});
