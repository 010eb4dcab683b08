import type { PopulationReport } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { callsTo, doctorMe, recordRoutes } from '../../../test/record-api.ts';
import { RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { buildKfreModule, buildModuleSummary, buildPopulationReport } from '../../../test/risk-fixtures.ts';

/** A module no patient has a result from yet is named, not tabled. */
const withUnusedModule = (report: PopulationReport): PopulationReport => ({
  ...report,
  modules: [
    ...report.modules,
    {
      moduleId: 'kfre',
      moduleName: 'Kidney Failure Risk Equation (4-variable)',
      disease: { id: 'kidney-failure', name: 'Kidney failure' },
      assessedPatients: 0,
      distribution: [],
    },
  ],
});

function populationApi() {
  return stubApi(
    recordRoutes(
      { me: doctorMe() },
      {
        'GET /api/v1/cds/population': (_init, search) =>
          jsonResponse(
            200,
            search.get('moduleId') === 'kfre'
              ? buildPopulationReport({ modules: [], screeningGaps: [], trend: [] })
              : withUnusedModule(buildPopulationReport()),
          ),
        'GET /api/v1/cds/modules': () =>
          jsonResponse(200, { modules: [buildModuleSummary(), buildKfreModule()] }),
      },
    ),
  );
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('the population report', () => {
  it('shows how many patients fall in each category, the trend, and who is due screening', async () => {
    populationApi();
    renderApp('/doctor/population');
    expect(await screen.findByRole('heading', { level: 1, name: 'Population' })).toBeTruthy();
    const lung = await screen.findByRole('region', { name: 'Lung cancer: PLCOm2012 lung cancer risk' });
    expect(lung.textContent).toContain('8 patients assessed');
    const distribution = within(lung).getByRole('table', {
      name: 'Patients by risk category: PLCOm2012 lung cancer risk',
    });
    expect(rowsOf(distribution)).toEqual([
      'Low563%',
      'Borderline00%',
      'Intermediate00%',
      'High225%',
      'Very high113%',
    ]);
    const trend = within(lung).getByRole('table', {
      name: 'Results per month over the last year: PLCOm2012 lung cancer risk',
    });
    // Months without a result are left out.
    expect(rowsOf(trend)).toEqual(['Feb 202631', 'Mar 202652']);

    const gaps = screen.getByRole('table', {
      name: 'Patients who meet a screening guideline with no screening recorded in the last year',
    });
    const [gap] = within(gaps).getAllByRole('row').slice(1);
    expect(gap?.textContent).toContain('USPSTF 2021 lung cancer screening');
    expect(gap?.textContent).toContain('8.4%');
    expect(within(gaps).getByRole('link', { name: 'Alex Morgan' }).getAttribute('href')).toBe(
      `/doctor/patients/${RECORD_PATIENT_ID}`,
    );
    expect(screen.getByText('12 patients in your care.')).toBeTruthy();
    expect(
      screen.getByText(
        'No patient in your care has a result yet from: Kidney failure: Kidney Failure Risk Equation (4-variable).',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Kidney failure/ })).toBeNull();
  });

  it('narrows the report and the CSV download to one module', async () => {
    const { calls } = populationApi();
    const { user } = renderApp('/doctor/population');
    expect((await screen.findByRole('link', { name: 'Download CSV' })).getAttribute('href')).toBe(
      '/api/v1/cds/population.csv',
    );
    await screen.findByRole('option', { name: 'Kidney failure: Kidney Failure Risk Equation (4-variable)' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Module' }), 'kfre');
    expect(await screen.findByText('No patient in your care has a risk result yet.')).toBeTruthy();
    expect(screen.getByText(/No screening gaps/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      '/api/v1/cds/population.csv?moduleId=kfre',
    );
    await waitFor(() =>
      expect(
        callsTo(calls, 'GET', '/api/v1/cds/population').map((call) => call.search.get('moduleId')),
      ).toEqual([null, 'kfre']),
    );
  });
});
