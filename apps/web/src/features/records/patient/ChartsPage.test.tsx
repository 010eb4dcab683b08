import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { recordBase, recordRoutes } from '../../../test/record-api.ts';
import { renderApp } from '../../../test/render.tsx';
import { buildBloodPressureSeries, buildSeries } from '../../../test/series-fixtures.ts';

const base = recordBase();
const withSeries = () =>
  recordRoutes(
    {},
    {
      [`GET ${base}/vitals`]: () => jsonResponse(200, { series: buildBloodPressureSeries() }),
      [`GET ${base}/labs`]: () => jsonResponse(200, { series: [buildSeries()] }),
    },
  );

describe('charts', () => {
  // The chart library is large: load the page once up front, so the first test does not time out on it.
  beforeAll(async () => {
    await import('./ChartsPage.tsx');
  });

  it('offers vital signs and lab results to pick, and describes the chart in words', async () => {
    stubApi(withSeries());
    renderApp('/patient/charts');
    const picker = await screen.findByRole('combobox', { name: 'Measure' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Blood pressure', 'HbA1c']);
    const section = screen.getByRole('region', { name: 'Blood pressure' });
    const figure = within(section).getByRole('figure');
    expect(figure.textContent).toContain('Blood pressure: 3 results from 1 Sept 2025 to 1 Mar 2026.');
    expect(figure.textContent).toContain('Reference range for systolic blood pressure: 90–120 mmHg.');
  });

  it('shows the same results as a table on request, newest first with flags in words', async () => {
    stubApi(withSeries());
    const { user } = renderApp('/patient/charts');
    await user.click(await screen.findByRole('radio', { name: 'Table' }));
    const table = screen.getByRole('table', { name: 'Blood pressure: every result, newest first' });
    const [, newest] = within(table).getAllByRole('row');
    expect(
      within(newest as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['132 mmHg', '84 mmHg', 'High', 'High']);
  });

  it('switches to another measure', async () => {
    stubApi(withSeries());
    const { user } = renderApp('/patient/charts');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Measure' }), 'HbA1c');
    const section = await screen.findByRole('region', { name: 'HbA1c' });
    expect(within(section).getByRole('figure').textContent).toContain('Latest: 7.2 % (high)');
  });

  it('says when there is nothing to chart yet', async () => {
    stubApi(recordRoutes());
    renderApp('/patient/charts');
    expect(await screen.findByText('No results over time recorded yet.')).toBeTruthy();
  });

  it("shows the server's explanation when the results cannot be loaded", async () => {
    stubApi(
      recordRoutes(
        {},
        {
          [`GET ${base}/labs`]: () =>
            problemResponse(
              buildProblem({ status: 503, code: 'unavailable', detail: 'Lab results are being reindexed.' }),
            ),
        },
      ),
    );
    renderApp('/patient/charts');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Results over time could not be loaded');
    expect(alert.textContent).toContain('Lab results are being reindexed.');
  });
});
