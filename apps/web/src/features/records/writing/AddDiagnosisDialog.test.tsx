import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { buildConditionConcepts } from '../../../test/form-fixtures.ts';
import { bodyOf, callsTo, doctorMe, recordBase, recordRoutes } from '../../../test/record-api.ts';
import { buildProblemEntry, RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const base = recordBase();

function chartForDiagnosis() {
  const api = stubApi(
    recordRoutes(
      { me: doctorMe() },
      {
        'GET /api/v1/codes/conditions': () => jsonResponse(200, { conditions: buildConditionConcepts() }),
        [`POST ${base}/conditions`]: () =>
          jsonResponse(
            201,
            buildProblemEntry({
              id: 'condition-2',
              code: { system: 'http://snomed.info/sct', code: '59621000', display: 'Essential hypertension' },
            }),
          ),
      },
    ),
  );
  return { ...api, ...renderApp(`/doctor/patients/${RECORD_PATIENT_ID}`) };
}

// Whole-page tests that type into forms: slow on a busy machine, so they get more time.
describe('adding a diagnosis', { timeout: 15_000 }, () => {
  beforeAll(async () => {
    await import('../chart/PatientChartPage.tsx');
  });

  it('searches the catalogue as the doctor types, from 2 letters', async () => {
    const { user, calls } = chartForDiagnosis();
    await user.click(await screen.findByRole('button', { name: 'Add diagnosis' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a diagnosis' });
    const search = within(dialog).getByRole('searchbox', { name: /Diagnosis/ });
    await user.type(search, 'h');
    expect(callsTo(calls, 'GET', '/api/v1/codes/conditions')).toHaveLength(0);
    await user.type(search, 'yper');
    const results = await within(dialog).findByRole('list', { name: 'Conditions found' });
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Essential hypertensionSNOMED CT 59621000 · ICD-10 I10'),
      expect.stringContaining('Hypertensive disorderSNOMED CT 38341003'),
    ]);
    expect(callsTo(calls, 'GET', '/api/v1/codes/conditions').map((call) => call.search.get('query'))).toEqual(
      ['hyper'],
    );
  });

  it('asks for a condition from the list before saving', async () => {
    const { user, calls } = chartForDiagnosis();
    await user.click(await screen.findByRole('button', { name: 'Add diagnosis' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a diagnosis' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Search for the diagnosis and choose it from the list')).toBeTruthy();
    expect(callsTo(calls, 'POST', `${base}/conditions`)).toHaveLength(0);
  });

  it('adds the chosen condition with its status, verification, onset and note', async () => {
    const { user, calls } = chartForDiagnosis();
    await user.click(await screen.findByRole('button', { name: 'Add diagnosis' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a diagnosis' });
    await user.type(within(dialog).getByRole('searchbox', { name: /Diagnosis/ }), 'hypertension');
    await user.click(await within(dialog).findByRole('button', { name: 'Choose Essential hypertension' }));
    expect(within(dialog).getByRole('region', { name: 'Chosen diagnosis' }).textContent).toContain(
      'Essential hypertension',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Provisional' }));
    await user.type(within(dialog).getByLabelText(/Onset/), '2025-11-20');
    await user.click(within(dialog).getByRole('textbox', { name: 'Note' }));
    await user.paste('Home readings around 150/95.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Essential hypertension is added to the problem list.')).toBeTruthy();
    const [post] = callsTo(calls, 'POST', `${base}/conditions`);
    expect(bodyOf(post)).toEqual({
      code: { system: 'http://snomed.info/sct', code: '59621000', display: 'Essential hypertension' },
      clinicalStatus: 'active',
      verificationStatus: 'provisional',
      onsetDate: '2025-11-20',
      note: 'Home readings around 150/95.',
    });
    await waitFor(() => expect(callsTo(calls, 'GET', `${base}/summary`)).toHaveLength(2));
  });
});
