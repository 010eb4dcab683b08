import type { BreakGlassGrant, MyPatients } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import {
  buildMe,
  buildMembership,
  buildPlatformInfo,
  buildProblem,
  jsonResponse,
  problemResponse,
  signedInState,
} from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const PATIENT_ID = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const CLINIC_ID = buildMembership().organisationId;
const REASON = 'Unconscious on arrival, no relatives reachable';

const doctor = buildMe({ patientId: null, memberships: [buildMembership({ role: 'doctor' })] });
const grant: BreakGlassGrant = {
  grantId: '00000000-0000-4000-8000-000000000601',
  patient: { id: PATIENT_ID, displayName: 'Sam Taylor' },
  organisationId: CLINIC_ID,
  openedAt: '2026-03-01T09:00:00.000Z',
  expiresAt: '2026-03-01T13:00:00.000Z',
};

function myPatientsPageWith(routes: Parameters<typeof stubApi>[0] = {}) {
  let mine: MyPatients = { patients: [], emergencyAccess: [] };
  const api = stubApi({
    'GET /api/v1/session': () => jsonResponse(200, signedInState(doctor)),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    'GET /api/v1/my-patients': () => jsonResponse(200, mine),
    [`POST /api/v1/patients/${PATIENT_ID}/break-glass`]: () => {
      mine = { patients: [], emergencyAccess: [{ ...grant, organisationName: 'LifeCare Demo Clinic' }] };
      return jsonResponse(201, grant);
    },
    ...routes,
  });
  return { ...api, ...renderApp('/doctor/patients') };
}

const breakGlassCalls = (calls: ReturnType<typeof stubApi>['calls']) =>
  calls.filter((call) => call.method === 'POST' && call.path.endsWith('/break-glass'));

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Emergency access' }));
  return screen.findByRole('dialog', { name: 'Emergency access to a record' });
}

describe('the emergency access dialog', () => {
  it('warns that the patient and the administrators will be told', async () => {
    const { user } = myPatientsPageWith();
    const dialog = await openDialog(user);
    expect(dialog.textContent).toContain('The patient and your organisation’s administrators will be told');
    expect(dialog.textContent).toContain('Access ends by itself after 4 hours.');
    expect(within(dialog).getByRole('textbox', { name: /Patient ID/ })).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /Reason/ })).toBeTruthy();
  });

  it('requires a patient ID and a reason of at least 20 characters before asking the server', async () => {
    const { user, calls } = myPatientsPageWith();
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: /Patient ID/ }), 'not-an-id');
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Emergency');
    expect(dialog.textContent).toContain('At least 20 characters (9 so far)');
    await user.click(within(dialog).getByRole('button', { name: 'Open emergency access' }));

    expect(await within(dialog).findByText('Give a reason of at least 20 characters')).toBeTruthy();
    expect(within(dialog).getByText(/Enter a patient ID like/)).toBeTruthy();
    expect(breakGlassCalls(calls)).toHaveLength(0);
  });

  it('opens emergency access with the reason, closes, and lists the access', async () => {
    const { user, calls } = myPatientsPageWith();
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: /Patient ID/ }), PATIENT_ID.toUpperCase());
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), REASON);
    await user.click(within(dialog).getByRole('button', { name: 'Open emergency access' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(/Emergency access to Sam Taylor’s record is open until/)).toBeTruthy();
    const [call] = breakGlassCalls(calls);
    expect(call?.path).toBe(`/api/v1/patients/${PATIENT_ID}/break-glass`);
    expect(JSON.parse(String(call?.init?.body))).toEqual({ reason: REASON, organisationId: CLINIC_ID });
    const list = await screen.findByRole('list', { name: 'Emergency access you hold' });
    expect(list.textContent).toContain('Sam Taylor');
  });

  it("keeps the dialog open with the server's explanation when access cannot be opened", async () => {
    const { user } = myPatientsPageWith({
      [`POST /api/v1/patients/${PATIENT_ID}/break-glass`]: () =>
        problemResponse(
          buildProblem({
            status: 404,
            code: 'patient_not_found',
            detail: 'There is no patient with this id.',
          }),
        ),
    });
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: /Patient ID/ }), PATIENT_ID);
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), REASON);
    await user.click(within(dialog).getByRole('button', { name: 'Open emergency access' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Emergency access could not be opened');
    expect(alert.textContent).toContain('There is no patient with this id.');
    expect(screen.getByRole('dialog', { name: 'Emergency access to a record' })).toBeTruthy();
  });

  it('is not offered to pharmacists', async () => {
    stubApi({
      'GET /api/v1/session': () =>
        jsonResponse(200, signedInState(buildMe({ memberships: [buildMembership({ role: 'pharmacist' })] }))),
      'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
      'GET /api/v1/my-patients': () => jsonResponse(200, { patients: [], emergencyAccess: [] }),
    });
    renderApp('/doctor/patients');
    expect(await screen.findByText('This portal is not available to you')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Emergency access' })).toBeNull();
  });
});
