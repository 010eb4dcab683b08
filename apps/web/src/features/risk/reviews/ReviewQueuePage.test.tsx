import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { callsTo, doctorMe, recordRoutes } from '../../../test/record-api.ts';
import { RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { buildQueueItem, REVIEW_ID } from '../../../test/risk-fixtures.ts';

const decided = buildQueueItem({
  reviewId: '00000000-0000-4000-8000-000000000c02',
  patientId: '00000000-0000-4000-8000-000000000202',
  patientName: 'Tom Hale',
  recordNumber: null,
  moduleId: 'findrisc',
  moduleName: 'FINDRISC',
  disease: { id: 'diabetes', name: 'Type 2 diabetes' },
  probability: null,
  category: 'very-high',
  summary: 'FINDRISC 21 of 26 points.',
  status: 'confirmed',
});

function queueApi() {
  return stubApi(
    recordRoutes(
      { me: doctorMe() },
      {
        'GET /api/v1/risk-reviews': (_init, search) =>
          jsonResponse(200, {
            items: search.get('status') === 'decided' ? [decided] : [buildQueueItem()],
            pendingCount: 1,
          }),
      },
    ),
  );
}

describe('the review queue', () => {
  it('lists the pending results with the pending count, each leading to its review', async () => {
    const { calls } = queueApi();
    renderApp('/doctor/reviews');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews (1 pending)' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Risk results waiting for your review, oldest first' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Patient', 'Result', 'Risk', 'Category', 'Summary', 'Since', 'Status', 'Review']);
    const [row] = within(table).getAllByRole('row').slice(1);
    const cells = within(row as HTMLElement)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 4)).toEqual([
      'Alex MorganRecord number LCN-000201',
      'Lung cancerPLCOm2012 lung cancer risk',
      '8.4%',
      'High',
    ]);
    expect(cells[5]).toBe('1 Mar 2026');
    expect(
      screen.getByRole('link', { name: 'Open review: Alex Morgan, Lung cancer' }).getAttribute('href'),
    ).toBe(`/doctor/patients/${RECORD_PATIENT_ID}/reviews/${REVIEW_ID}`);
    expect(callsTo(calls, 'GET', '/api/v1/risk-reviews').map((call) => call.search.get('status'))).toEqual([
      'pending',
    ]);
  });

  it('switches to the decided reviews, asking the server for them', async () => {
    const { calls } = queueApi();
    const { user } = renderApp('/doctor/reviews');
    await screen.findByRole('table', { name: 'Risk results waiting for your review, oldest first' });
    await user.click(screen.getByRole('radio', { name: 'Decided' }));
    const table = await screen.findByRole('table', {
      name: 'Risk results you and your colleagues have reviewed',
    });
    expect(within(table).getByText('Tom Hale')).toBeTruthy();
    expect(within(table).getByText('Confirmed')).toBeTruthy();
    expect(within(table).getByText('Very high')).toBeTruthy();
    expect(within(table).queryByText('Alex Morgan')).toBeNull();
    await waitFor(() =>
      expect(callsTo(calls, 'GET', '/api/v1/risk-reviews').map((call) => call.search.get('status'))).toEqual([
        'pending',
        'decided',
      ]),
    );
    // The pending count stays in the heading whichever list is shown.
    expect(screen.getByRole('heading', { level: 1, name: 'Reviews (1 pending)' })).toBeTruthy();
  });

  it('says so when nothing waits for review', async () => {
    stubApi(
      recordRoutes(
        { me: doctorMe() },
        { 'GET /api/v1/risk-reviews': () => jsonResponse(200, { items: [], pendingCount: 0 }) },
      ),
    );
    renderApp('/doctor/reviews');
    expect(await screen.findByText('No results are waiting for your review.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Reviews (0 pending)' })).toBeTruthy();
  });
});
