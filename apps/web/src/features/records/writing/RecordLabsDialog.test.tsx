import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { buildLabCatalogue } from '../../../test/form-fixtures.ts';
import { bodyOf, callsTo, doctorMe, recordBase, recordRoutes } from '../../../test/record-api.ts';
import { buildHba1c, RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const base = recordBase();

// Whole-page tests that type into forms: slow on a busy machine, so they get more time.
describe('recording lab results', { timeout: 15_000 }, () => {
  beforeAll(async () => {
    await import('../chart/PatientChartPage.tsx');
  });

  it('adds tests from the catalogue, checks each value against its bounds, and sends them', async () => {
    const { calls } = stubApi(
      recordRoutes(
        { me: doctorMe() },
        {
          'GET /api/v1/codes/labs': () => jsonResponse(200, { tests: buildLabCatalogue() }),
          [`POST ${base}/labs`]: () =>
            jsonResponse(201, { measurements: [buildHba1c(), buildHba1c({ id: 'k' })] }),
        },
      ),
    );
    const { user } = renderApp(`/doctor/patients/${RECORD_PATIENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Record lab results' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record lab results' });
    const add = await within(dialog).findByRole('combobox', { name: 'Add a test' });
    await user.selectOptions(add, 'HbA1c (%)');
    await user.selectOptions(add, 'Potassium (mmol/L)');
    const hba1c = within(dialog).getByRole('textbox', { name: 'HbA1c (%)' });
    expect(hba1c.getAttribute('aria-describedby')).toBeTruthy();
    expect(dialog.textContent).toContain('3–20 % · Reference range 4.0–5.6 %');

    await user.type(hba1c, '25');
    await user.type(within(dialog).getByRole('textbox', { name: 'Potassium (mmol/L)' }), '4.6');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Enter a value from 3 to 20 %')).toBeTruthy();
    expect(callsTo(calls, 'POST', `${base}/labs`)).toHaveLength(0);

    await user.clear(hba1c);
    await user.type(hba1c, '6.9');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('2 lab results are recorded.')).toBeTruthy();
    const [post] = callsTo(calls, 'POST', `${base}/labs`);
    expect(bodyOf(post)).toEqual({
      effective: expect.stringMatching(/Z$/),
      results: [
        { loincCode: '4548-4', value: 6.9 },
        { loincCode: '2823-3', value: 4.6 },
      ],
    });
    await waitFor(() => expect(callsTo(calls, 'GET', `${base}/summary`)).toHaveLength(2));
  });

  it('needs at least one test', async () => {
    stubApi(
      recordRoutes(
        { me: doctorMe() },
        { 'GET /api/v1/codes/labs': () => jsonResponse(200, { tests: buildLabCatalogue() }) },
      ),
    );
    const { user } = renderApp(`/doctor/patients/${RECORD_PATIENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Record lab results' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record lab results' });
    await within(dialog).findByRole('combobox', { name: 'Add a test' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Add at least one test');
  });
});
