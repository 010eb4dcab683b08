import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { doctorMe, recordRoutes } from '../../../test/record-api.ts';
import { RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const OTHER_PATIENT_ID = '00000000-0000-4000-8000-000000000202';

describe('adherence across the doctor’s patients', () => {
  it('lists the patients missing doses, fewest taken first, each linked to their prescriptions', async () => {
    stubApi(
      recordRoutes(
        { me: doctorMe() },
        {
          'GET /api/v1/adherence/poor': () =>
            jsonResponse(200, {
              thresholdProportion: 0.8,
              patients: [
                {
                  patientId: RECORD_PATIENT_ID,
                  patientName: 'Alex Morgan',
                  proportionTaken: 0.75,
                  missed: 15,
                  scheduled: 60,
                },
                {
                  patientId: OTHER_PATIENT_ID,
                  patientName: 'Sam Okafor',
                  proportionTaken: 0.4,
                  missed: 18,
                  scheduled: 30,
                },
              ],
            }),
        },
      ),
    );
    renderApp('/doctor/adherence');
    expect(await screen.findByRole('heading', { level: 1, name: 'Adherence' })).toBeTruthy();
    expect(screen.getByText(/fewer than 80% of their doses/)).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Patients missing doses, fewest taken first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Sam Okafor40%1830', 'Alex Morgan75%1560']);
    expect(
      within(table).getByRole('link', { name: 'Alex Morgan: open prescriptions' }).getAttribute('href'),
    ).toBe(`/doctor/patients/${RECORD_PATIENT_ID}?tab=prescriptions`);
  });

  it('says so when every patient is taking their doses', async () => {
    stubApi(
      recordRoutes(
        { me: doctorMe() },
        { 'GET /api/v1/adherence/poor': () => jsonResponse(200, { thresholdProportion: 0.8, patients: [] }) },
      ),
    );
    renderApp('/doctor/adherence');
    expect(await screen.findByText(/took at least 80% of their doses/)).toBeTruthy();
  });
});
