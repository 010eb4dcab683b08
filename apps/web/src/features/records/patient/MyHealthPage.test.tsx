import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildMe, buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { callsTo, recordBase, recordRoutes } from '../../../test/record-api.ts';
import { buildEmptySummary, buildHba1c } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const base = recordBase();

describe('my health', () => {
  it('says it is loading, then shows the summary section by section', async () => {
    stubApi(recordRoutes());
    renderApp('/patient/health');
    expect(await screen.findByRole('heading', { level: 1, name: 'My health' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Loading the health record…');

    const problems = await screen.findByRole('region', { name: 'Problems and diagnoses' });
    expect(problems.textContent).toContain('Type 2 diabetes mellitus');
    expect(problems.textContent).toContain('Active');
    expect(problems.textContent).toContain('Since 12 Jun 2019');
    const medicines = screen.getByRole('region', { name: 'Medicines' });
    expect(medicines.textContent).toContain('Metformin 500 mg tablet');
    expect(medicines.textContent).toContain('1 tablet twice a day with meals');
    const allergies = screen.getByRole('region', { name: 'Allergies and intolerances' });
    expect(allergies.textContent).toContain('Penicillin');
    expect(allergies.textContent).toContain('High risk');
    expect(allergies.textContent).toContain('Reactions: Hives, Wheezing');
    expect(screen.getByRole('region', { name: 'Smoking' }).textContent).toContain('Ex-smoker');
    expect(screen.getByRole('region', { name: 'Immunizations' }).textContent).toContain('Influenza vaccine');
  });

  it('shows the latest vitals and labs in tables, the flag in words beside the value', async () => {
    stubApi(recordRoutes());
    renderApp('/patient/health');
    const vitals = await screen.findByRole('table', { name: 'The latest value of each vital sign' });
    const bp = within(vitals).getByRole('row', { name: /Blood pressure/ });
    expect(bp.textContent).toContain('128/82 mmHg');

    const labs = screen.getByRole('table', {
      name: 'The latest result of each test, with its reference range',
    });
    const headers = within(labs)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Test', 'Value', 'Flag', 'Reference range', 'Date']);
    const hba1c = within(labs).getByRole('row', { name: /Hemoglobin A1c/ });
    const cells = within(hba1c)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 3)).toEqual(['7.2 %', 'High', '4.0–5.6 %']);
    // The table scrolls on its own on a phone, and can be reached by keyboard to do so.
    expect(
      screen.getByRole('region', { name: 'The latest result of each test, with its reference range' })
        .tabIndex,
    ).toBe(0);
  });

  it('offers the record as a FHIR file and the summary as a PDF, as downloads', async () => {
    stubApi(recordRoutes());
    renderApp('/patient/health');
    const fhir = await screen.findByRole('link', { name: 'Download my record (FHIR)' });
    expect(fhir.getAttribute('href')).toBe(`${base}/export.json`);
    expect(fhir.hasAttribute('download')).toBe(true);
    const pdf = screen.getByRole('link', { name: 'Download summary (PDF)' });
    expect(pdf.getAttribute('href')).toBe(`${base}/export.pdf`);
    expect(pdf.hasAttribute('download')).toBe(true);
  });

  it('says plainly when nothing is recorded yet', async () => {
    stubApi(recordRoutes({ summary: buildEmptySummary() }));
    renderApp('/patient/health');
    expect(await screen.findByText('No problems or diagnoses recorded.')).toBeTruthy();
    expect(screen.getByText('No medicines recorded.')).toBeTruthy();
    expect(screen.getByText('No allergies recorded.')).toBeTruthy();
    expect(screen.getByText('No vital signs recorded.')).toBeTruthy();
    expect(screen.getByText('No lab results recorded.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('marks a critical result in words too, not by colour alone', async () => {
    const critical = buildHba1c({
      id: 'obs-k',
      code: { system: null, code: null, display: 'Potassium' },
      flag: 'critical-high',
    });
    stubApi(recordRoutes({ summary: { ...buildEmptySummary(), labs: [critical] } }));
    renderApp('/patient/health');
    const row = await screen.findByRole('row', { name: /Potassium/ });
    expect(row.textContent).toContain('Critically high');
  });

  it("shows the server's explanation when the record cannot be loaded, and tries again", async () => {
    let isDown = true;
    const { calls } = stubApi(
      recordRoutes(
        {},
        {
          [`GET ${base}/summary`]: () =>
            isDown
              ? problemResponse(
                  buildProblem({
                    status: 503,
                    code: 'unavailable',
                    detail: 'The record store is restarting.',
                  }),
                )
              : jsonResponse(200, buildEmptySummary()),
        },
      ),
    );
    const { user } = renderApp('/patient/health');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The health record could not be loaded');
    expect(alert.textContent).toContain('The record store is restarting.');
    isDown = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No problems or diagnoses recorded.')).toBeTruthy();
    expect(callsTo(calls, 'GET', `${base}/summary`)).toHaveLength(2);
  });

  it('tells an account without a patient record so, and asks nothing', async () => {
    const { calls } = stubApi(recordRoutes({ me: buildMe({ patientId: null }) }));
    renderApp('/patient/health');
    expect(await screen.findByText('You have no patient record')).toBeTruthy();
    expect(calls.some((call) => call.path.includes('/record/'))).toBe(false);
  });
});
