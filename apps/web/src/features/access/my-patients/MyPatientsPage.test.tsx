import type { MyPatients, PatientUnderCare } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import {
  buildPlatformInfo,
  buildProblem,
  jsonResponse,
  problemResponse,
  signedInState,
} from '../../../test/fixtures.ts';
import { callsTo, doctorMe } from '../../../test/record-api.ts';
import { renderApp } from '../../../test/render.tsx';

const alex: PatientUnderCare = {
  patient: { id: '00000000-0000-4000-8000-000000000201', displayName: 'Alex Morgan' },
  birthDate: '1974-03-04',
  gender: 'female',
  mrn: 'LCN-000201',
  since: '2026-01-05T10:00:00.000Z',
  via: [{ source: 'admission', organisationName: 'LifeCare Demo Clinic' }],
};
const sam: PatientUnderCare = {
  patient: { id: '00000000-0000-4000-8000-000000000202', displayName: 'Sam Taylor' },
  birthDate: null,
  gender: null,
  mrn: null,
  since: '2026-02-01T10:00:00.000Z',
  via: [{ source: 'patient_grant', organisationName: null }],
};

/** A server that filters as the contract says: part of a name, or a whole birth date or record number. */
function myPatientsWith(patients: PatientUnderCare[]) {
  const api = stubApi({
    'GET /api/v1/session': () => jsonResponse(200, signedInState(doctorMe())),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    'GET /api/v1/my-patients': (_init, search) => {
      const query = (search.get('query') ?? '').toLowerCase();
      const found = patients.filter(
        (p) =>
          !query ||
          p.patient.displayName.toLowerCase().includes(query) ||
          p.birthDate === query ||
          p.mrn?.toLowerCase() === query,
      );
      const sorted = search.get('sort') === '-name' ? [...found].reverse() : found;
      const body: MyPatients = { patients: sorted, emergencyAccess: [] };
      return jsonResponse(200, body);
    },
  });
  return { ...api, ...renderApp('/doctor/patients') };
}

const listNames = () =>
  within(screen.getByRole('list', { name: 'Your patients' }))
    .getAllByRole('listitem')
    .map((item) => within(item).getByRole('heading', { level: 3 }).textContent);

describe('my patients', () => {
  it('lists each patient with birth date, sex and record number, linking to their chart', async () => {
    myPatientsWith([alex, sam]);
    const link = await screen.findByRole('link', { name: 'Alex Morgan' });
    expect(link.getAttribute('href')).toBe(`/doctor/patients/${alex.patient.id}`);
    const item = link.closest('li');
    expect(item?.textContent).toContain('Born 4 Mar 1974 · Female · Record number LCN-000201');
    expect(item?.textContent).toContain('Admitted to LifeCare Demo Clinic');
    expect(listNames()).toEqual(['Alex Morgan', 'Sam Taylor']);
  });

  it('finds patients by part of a name or a whole record number, and says how many match', async () => {
    const { user, calls } = myPatientsWith([alex, sam]);
    const search = await screen.findByRole('searchbox', { name: /Find a patient/ });
    await user.type(search, 'lcn-000201');
    expect(await screen.findByText('1 patient matches “lcn-000201”.')).toBeTruthy();
    await waitFor(() => expect(listNames()).toEqual(['Alex Morgan']));
    await user.clear(search);
    await user.type(search, 'nobody');
    expect(await screen.findByText('No patient matches “nobody”.')).toBeTruthy();
    const queries = callsTo(calls, 'GET', '/api/v1/my-patients').map((call) => call.search.get('query'));
    expect(queries).toContain('lcn-000201');
    expect(queries.at(-1)).toBe('nobody');
  });

  it('sorts on the server', async () => {
    const { user, calls } = myPatientsWith([alex, sam]);
    await screen.findByRole('link', { name: 'Alex Morgan' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Name, Z to A');
    await waitFor(() => expect(listNames()).toEqual(['Sam Taylor', 'Alex Morgan']));
    expect(callsTo(calls, 'GET', '/api/v1/my-patients').map((call) => call.search.get('sort'))).toEqual([
      'name',
      '-name',
    ]);
  });

  it('opens the chart from the list', async () => {
    const { user, router } = myPatientsWith([alex]);
    await user.click(await screen.findByRole('link', { name: 'Alex Morgan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/doctor/patients/${alex.patient.id}`));
  });

  it("shows the server's explanation when the list cannot be loaded", async () => {
    stubApi({
      'GET /api/v1/session': () => jsonResponse(200, signedInState(doctorMe())),
      'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
      'GET /api/v1/my-patients': () =>
        problemResponse(
          buildProblem({ status: 503, code: 'unavailable', detail: 'The directory is restarting.' }),
        ),
    });
    renderApp('/doctor/patients');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your patients could not be loaded');
    expect(alert.textContent).toContain('The directory is restarting.');
  });
});
