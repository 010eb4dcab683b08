import type { AccessLogEntry, CareRelationship, CareTeam, ClinicianSummary } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import {
  buildMe,
  buildPlatformInfo,
  buildProblem,
  jsonResponse,
  problemResponse,
  signedInState,
} from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const PATIENT_ID = buildMe().patientId ?? '';
const base = `/api/v1/patients/${PATIENT_ID}`;

const drGrey: ClinicianSummary = {
  userId: '00000000-0000-4000-8000-000000000301',
  displayName: 'Dr Meredith Grey',
  roles: [{ role: 'doctor', organisationName: 'Seattle Grace' }],
};
const nurseJoy: ClinicianSummary = {
  userId: '00000000-0000-4000-8000-000000000302',
  displayName: 'Joy Nurse',
  roles: [{ role: 'nurse', organisationName: 'Pallet Clinic' }],
};

const grant = (clinician: ClinicianSummary, id: string): CareRelationship => ({
  id,
  source: 'patient_grant',
  since: '2026-02-01T10:00:00.000Z',
  clinician,
  organisation: null,
});
const admission: CareRelationship = {
  id: '00000000-0000-4000-8000-000000000402',
  source: 'admission',
  since: '2026-02-10T10:00:00.000Z',
  clinician: null,
  organisation: { id: '00000000-0000-4000-8000-000000000010', name: 'St Elsewhere', kind: 'hospital' },
};

const logEntry = (
  overrides: Partial<AccessLogEntry> & Pick<AccessLogEntry, 'id' | 'action'>,
): AccessLogEntry => ({
  occurredAt: '2026-02-20T08:15:00.000Z',
  actor: { displayName: 'Dr Meredith Grey', role: 'doctor' },
  outcome: 'success',
  isBreakGlass: false,
  ...overrides,
});

/** The sharing page on a server that holds `team` as the care team. */
function sharingPageWith(initial: CareTeam, routes: Parameters<typeof stubApi>[0] = {}) {
  let team = initial;
  const api = stubApi({
    'GET /api/v1/session': () => jsonResponse(200, signedInState()),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    [`GET ${base}/care-team`]: () => jsonResponse(200, team),
    [`GET ${base}/access-log`]: () => jsonResponse(200, { entries: [], nextBefore: null }),
    ...routes,
  });
  const view = renderApp('/patient/sharing');
  return {
    ...api,
    ...view,
    setTeam: (next: CareTeam) => {
      team = next;
    },
  };
}

const careTeamRegion = () => screen.findByRole('region', { name: 'Who can see your record' });
const countOf = (calls: ReturnType<typeof stubApi>['calls'], method: string, path: string) =>
  calls.filter((call) => call.method === method && call.path === path).length;

describe('sharing & access', () => {
  it('lists who can see the record: chosen clinicians, admitting organisations and emergency access', async () => {
    sharingPageWith({
      relationships: [grant(drGrey, '00000000-0000-4000-8000-000000000401'), admission],
      emergencyAccess: [
        {
          grantId: '00000000-0000-4000-8000-000000000501',
          clinician: { userId: nurseJoy.userId, displayName: 'Joy Nurse' },
          organisationName: 'Pallet Clinic',
          reason: 'Found unconscious in the waiting room',
          openedAt: '2026-02-20T08:00:00.000Z',
          expiresAt: '2026-02-20T12:00:00.000Z',
        },
      ],
    });
    const region = await careTeamRegion();
    const items = await within(region).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Joy Nurse, Pallet Clinic'),
      expect.stringContaining('Dr Meredith Grey'),
      expect.stringContaining('St Elsewhere'),
    ]);
    expect(items[0]?.textContent).toContain('Found unconscious in the waiting room');
    expect(items[1]?.textContent).toContain('You gave access');
    expect(items[1]?.textContent).toContain('Doctor, Seattle Grace');
    expect(items[2]?.textContent).toContain('You were admitted');
    expect(within(region).getByRole('button', { name: 'End access for St Elsewhere' })).toBeTruthy();
  });

  it('ends an access after confirmation and refreshes the list; cancelling asks nothing', async () => {
    const relationship = grant(drGrey, '00000000-0000-4000-8000-000000000401');
    const { user, calls, setTeam } = sharingPageWith(
      { relationships: [relationship, admission], emergencyAccess: [] },
      {
        [`DELETE ${base}/care-team/${relationship.id}`]: () => {
          setTeam({ relationships: [admission], emergencyAccess: [] });
          return new Response(null, { status: 204 });
        },
      },
    );
    const end = await screen.findByRole('button', { name: 'End access for Dr Meredith Grey' });
    await user.click(end);
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    await user.click(end);
    const dialog = await screen.findByRole('dialog', { name: 'End this access?' });
    expect(dialog.textContent).toContain('Dr Meredith Grey will no longer be able to see your record');
    await user.click(within(dialog).getByRole('button', { name: 'End access' }));

    expect(await screen.findByText('Dr Meredith Grey can no longer see your record.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'End access for Dr Meredith Grey' })).toBeNull(),
    );
    expect(countOf(calls, 'DELETE', `${base}/care-team/${relationship.id}`)).toBe(1);
    expect(countOf(calls, 'GET', `${base}/care-team`)).toBe(2);
  });

  it('finds a clinician by name and gives them access', async () => {
    const { user, calls, fetchMock, setTeam } = sharingPageWith(
      { relationships: [], emergencyAccess: [] },
      {
        'GET /api/v1/clinicians': () => jsonResponse(200, { clinicians: [drGrey, nurseJoy] }),
        [`POST ${base}/care-team`]: (init) => {
          const { clinicianUserId } = JSON.parse(String(init?.body));
          const created = grant(
            clinicianUserId === drGrey.userId ? drGrey : nurseJoy,
            '00000000-0000-4000-8000-000000000409',
          );
          setTeam({ relationships: [created], emergencyAccess: [] });
          return jsonResponse(201, created);
        },
      },
    );
    expect(await screen.findByText('Nobody but you can see your record.')).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: /Clinician’s name/ });
    await user.type(search, 'g');
    expect(countOf(calls, 'GET', '/api/v1/clinicians')).toBe(0);
    await user.type(search, 're');
    const results = await screen.findByRole('list', { name: 'Clinicians found' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Dr Meredith GreyDoctor, Seattle Grace'),
      expect.stringContaining('Joy NurseNurse, Pallet Clinic'),
    ]);
    const searched = fetchMock.mock.calls
      .map(([input]) => String(input))
      .filter((url) => url.startsWith('/api/v1/clinicians'));
    expect(searched).toEqual(['/api/v1/clinicians?query=gre']);

    await user.click(within(results).getByRole('button', { name: 'Give Dr Meredith Grey access' }));
    expect(await screen.findByText('Dr Meredith Grey can now see your record.')).toBeTruthy();
    const posted = calls.find((call) => call.method === 'POST' && call.path === `${base}/care-team`);
    expect(JSON.parse(String(posted?.init?.body))).toEqual({ clinicianUserId: drGrey.userId });
    expect(await within(results).findByText('Has access')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'End access for Dr Meredith Grey' })).toBeTruthy();
  });

  it("shows the server's explanation when access cannot be given", async () => {
    const { user } = sharingPageWith(
      { relationships: [], emergencyAccess: [] },
      {
        'GET /api/v1/clinicians': () => jsonResponse(200, { clinicians: [drGrey] }),
        [`POST ${base}/care-team`]: () =>
          problemResponse(
            buildProblem({
              status: 404,
              code: 'clinician_not_found',
              detail: 'There is no clinician with this id.',
            }),
          ),
      },
    );
    await user.type(await screen.findByRole('searchbox', { name: /Clinician’s name/ }), 'grey');
    await user.click(await screen.findByRole('button', { name: 'Give Dr Meredith Grey access' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Access could not be given');
    expect(alert.textContent).toContain('There is no clinician with this id.');
  });

  it('shows who looked at the record, flagging emergency access', async () => {
    sharingPageWith(
      { relationships: [], emergencyAccess: [] },
      {
        [`GET ${base}/access-log`]: () =>
          jsonResponse(200, {
            entries: [
              logEntry({
                id: '9',
                action: 'patient.read',
                isBreakGlass: true,
                actor: { displayName: 'Joy Nurse', role: 'nurse' },
              }),
              logEntry({
                id: '8',
                action: 'access.break_glass',
                isBreakGlass: true,
                actor: { displayName: 'Joy Nurse', role: 'nurse' },
              }),
              logEntry({ id: '5', action: 'patient.read', outcome: 'denied' }),
              logEntry({ id: '3', action: 'patient.read' }),
            ],
            nextBefore: null,
          }),
      },
    );
    const list = await screen.findByRole('list', { name: 'Accesses to your record, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]?.textContent).toContain('Joy Nurse, nurse');
    expect(items[0]?.textContent).toContain('Emergency access');
    expect(items[0]?.textContent).toContain('Viewed your record');
    expect(items[1]?.textContent).toContain('Opened emergency access to your record');
    expect(items[2]?.textContent).toContain('Refused');
    expect(items[2]?.textContent).not.toContain('Emergency access');
    expect(items[3]?.textContent).toContain('Dr Meredith Grey, doctor');
    expect(items[3]?.textContent).not.toContain('Emergency access');
  });

  it('shows the patient ID for clinics and emergency staff', async () => {
    sharingPageWith({ relationships: [], emergencyAccess: [] });
    const region = await screen.findByRole('region', { name: 'Your patient ID' });
    expect(region.textContent).toContain(PATIENT_ID);
  });
});
