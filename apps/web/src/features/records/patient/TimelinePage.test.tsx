import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { callsTo, recordBase, recordRoutes } from '../../../test/record-api.ts';
import { buildTimelineEntry } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const path = `${recordBase()}/timeline`;
const visit = buildTimelineEntry();
const result = buildTimelineEntry({
  reference: 'Observation/obs-hba1c-1',
  kind: 'observation',
  date: '2026-02-10T08:00:00.000Z',
  title: 'HbA1c 7.2 %',
  detail: 'Reference range 4.0–5.6 %',
  flag: 'high',
});
const older = buildTimelineEntry({
  reference: 'Encounter/enc-0',
  date: '2025-08-12T09:00:00.000Z',
  title: 'First diabetes visit',
  detail: null,
});

describe('the timeline', () => {
  it('lists the events newest first with their kind and flag, and pages back with Show older', async () => {
    const { calls, user } = {
      ...stubApi(
        recordRoutes(
          {},
          {
            [`GET ${path}`]: (_init, search) =>
              jsonResponse(
                200,
                search.get('before')
                  ? { entries: [older], nextBefore: null }
                  : { entries: [visit, result], nextBefore: '2026-02-10T08:00:00.000Z' },
              ),
          },
        ),
      ),
      ...renderApp('/patient/timeline'),
    };
    const list = await screen.findByRole('list', { name: 'Events in the record, newest first' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Diabetes review'),
      expect.stringContaining('HbA1c 7.2 %'),
    ]);
    expect(items[0]?.textContent).toContain('Visit');
    expect(items[1]?.textContent).toContain('Result');
    expect(items[1]?.textContent).toContain('High');

    await user.click(screen.getByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(within(list).getAllByRole('listitem')[2]?.textContent).toContain('First diabetes visit');
    expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull();
    const pages = callsTo(calls, 'GET', path).map((call) => call.search.get('before'));
    expect(pages).toEqual([null, '2026-02-10T08:00:00.000Z']);
  });

  it('asks the server for the kinds the filter names', async () => {
    const { calls, user } = { ...stubApi(recordRoutes()), ...renderApp('/patient/timeline') };
    expect(await screen.findByText('Nothing of this kind in the record yet.')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Results and reports');
    expect(await screen.findByRole('heading', { level: 2, name: 'Results and reports' })).toBeTruthy();
    await waitFor(() => expect(callsTo(calls, 'GET', path)).toHaveLength(2));
    const kinds = callsTo(calls, 'GET', path).map((call) => call.search.get('kinds'));
    expect(kinds).toEqual([null, 'observation,report']);
  });

  it("shows the server's explanation when the timeline cannot be loaded", async () => {
    stubApi(
      recordRoutes(
        {},
        {
          [`GET ${path}`]: () =>
            problemResponse(
              buildProblem({ status: 500, code: 'internal', detail: 'The record store did not answer.' }),
            ),
        },
      ),
    );
    renderApp('/patient/timeline');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The timeline could not be loaded');
    expect(alert.textContent).toContain('The record store did not answer.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
