import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import {
  buildMe,
  buildMembership,
  buildPlatformInfo,
  jsonResponse,
  signedInState,
} from '../../test/fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const platformAdmin = buildMe({
  patientId: null,
  memberships: [buildMembership({ role: 'platform_admin' })],
});

describe('the audit log page', () => {
  it('verifies on request and names the first broken entry', async () => {
    let isIntact = true;
    stubApi({
      'GET /api/v1/session': () => jsonResponse(200, signedInState(platformAdmin)),
      'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
      'POST /api/v1/admin/audit/verification': () =>
        jsonResponse(
          200,
          isIntact
            ? {
                isIntact,
                entries: 1204,
                checkpoints: 12,
                problem: null,
                verifiedAt: '2026-03-01T09:00:00.000Z',
              }
            : {
                isIntact,
                entries: 41,
                checkpoints: 12,
                problem: {
                  seq: 42,
                  problem: 'altered',
                  detail: 'entry #42 was altered after it was written',
                },
                verifiedAt: '2026-03-01T09:05:00.000Z',
              },
        ),
    });
    const { user } = renderApp('/admin/audit');
    await user.click(await screen.findByRole('button', { name: 'Verify now' }));
    expect(await screen.findByText('The audit log is intact')).toBeTruthy();
    expect(screen.getByText('1,204 entries and 12 signed checkpoints verified.')).toBeTruthy();

    isIntact = false;
    await user.click(screen.getByRole('button', { name: 'Verify now' }));
    expect(await screen.findByText('The audit log has been tampered with')).toBeTruthy();
    expect(screen.getByText(/First affected entry: #42/).textContent).toContain(
      'Altered after it was written',
    );
    expect(screen.getByText('entry #42 was altered after it was written')).toBeTruthy();
  });

  it('tells an organisation administrator it is not for them', async () => {
    stubApi({
      'GET /api/v1/session': () =>
        jsonResponse(200, signedInState(buildMe({ memberships: [buildMembership({ role: 'org_admin' })] }))),
      'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    });
    renderApp('/admin/audit');
    expect(await screen.findByText('Only platform administrators can verify the audit log.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verify now' })).toBeNull();
  });
});
