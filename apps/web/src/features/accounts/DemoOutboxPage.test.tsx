import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import { buildPlatformInfo, jsonResponse } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

describe('demo mailbox page', () => {
  it("lists an address's mail with its links clickable", async () => {
    const { calls } = stubApi({
      'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo({ isDemo: true })),
      'GET /api/v1/demo/outbox': () =>
        jsonResponse(200, {
          to: 'robin@example.org',
          mails: [
            {
              id: '00000000-0000-4000-8000-000000000901',
              subject: 'Confirm your e-mail address for LifeCare Nexus',
              text: 'Hello,\n\nOpen this link:\n\nhttp://localhost:3000/verify-email#token=abcDEF_123-xyz\n\nThanks.',
              createdAt: '2026-03-01T09:00:00.000Z',
            },
          ],
        }),
    });
    renderApp('/demo-outbox?to=robin%40example.org');
    const mail = await screen.findByRole('article', {
      name: 'Confirm your e-mail address for LifeCare Nexus',
    });
    const link = within(mail).getByRole('link', {
      name: 'http://localhost:3000/verify-email#token=abcDEF_123-xyz',
    });
    expect(link.getAttribute('href')).toBe('http://localhost:3000/verify-email#token=abcDEF_123-xyz');
    expect(mail.textContent).toContain('Thanks.');
    expect(screen.getByRole('heading', { name: 'Mail to robin@example.org' })).toBeTruthy();
    const request = calls.find((call) => call.path === '/api/v1/demo/outbox');
    expect(request).toBeTruthy();
  });

  it('says there is no demo mailbox on a real installation, and asks for nothing', async () => {
    const { calls } = stubApi({ 'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()) });
    renderApp('/demo-outbox?to=robin%40example.org');
    expect(await screen.findByText(/This installation is not a demo/)).toBeTruthy();
    expect(calls.some((call) => call.path === '/api/v1/demo/outbox')).toBe(false);
  });
});
