import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { bodyOf, callsTo, doctorMe, recordBase, recordRoutes } from '../../../test/record-api.ts';
import { buildBloodPressure, RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const base = recordBase();

function chartWithVitals(routes: Parameters<typeof stubApi>[0] = {}) {
  const api = stubApi(
    recordRoutes(
      { me: doctorMe() },
      {
        [`POST ${base}/vitals`]: () => jsonResponse(201, { measurements: [buildBloodPressure()] }),
        ...routes,
      },
    ),
  );
  return { ...api, ...renderApp(`/doctor/patients/${RECORD_PATIENT_ID}`) };
}

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Record vitals' }));
  return screen.findByRole('dialog', { name: 'Record vital signs' });
}

// Whole-page tests that type into forms: slow on a busy machine, so they get more time.
describe('recording vital signs', { timeout: 15_000 }, () => {
  beforeAll(async () => {
    await import('../chart/PatientChartPage.tsx');
  });

  it('shows each field with its unit, blood pressure as two numbers', async () => {
    const { user } = chartWithVitals();
    const dialog = await openDialog(user);
    const pressure = within(dialog).getByRole('group', { name: 'Blood pressure (mmHg)' });
    expect(within(pressure).getByRole('textbox', { name: 'Systolic (mmHg)' })).toBeTruthy();
    expect(within(pressure).getByRole('textbox', { name: 'Diastolic (mmHg)' })).toBeTruthy();
    for (const name of [
      'Heart rate (beats/min)',
      'Temperature (°C)',
      'Oxygen saturation (SpO₂) (%)',
      'Weight (kg)',
      'Height (cm)',
    ])
      expect(within(dialog).getByRole('textbox', { name })).toBeTruthy();
  });

  it('says what is wrong beside the field and sends nothing', async () => {
    const { user, calls } = chartWithVitals();
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Systolic (mmHg)' }), '132');
    await user.type(within(dialog).getByRole('textbox', { name: 'Temperature (°C)' }), '52');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const diastolic = within(dialog).getByRole('textbox', { name: 'Diastolic (mmHg)' });
    expect(diastolic.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Enter the diastolic pressure too')).toBeTruthy();
    expect(within(dialog).getByText('Enter a value from 30 to 45 °C')).toBeTruthy();
    expect(callsTo(calls, 'POST', `${base}/vitals`)).toHaveLength(0);
  });

  it('records 132/84 mmHg, closes, announces it and refreshes the chart', async () => {
    const { user, calls } = chartWithVitals();
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Systolic (mmHg)' }), '132');
    await user.type(within(dialog).getByRole('textbox', { name: 'Diastolic (mmHg)' }), '84');
    await user.type(within(dialog).getByRole('textbox', { name: 'Heart rate (beats/min)' }), '68');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const announced = await screen.findByText('The vital signs are recorded.');
    expect(announced.closest('[aria-live="polite"]')).not.toBeNull();
    const [post] = callsTo(calls, 'POST', `${base}/vitals`);
    expect(bodyOf(post)).toEqual({
      effective: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/),
      systolicMmHg: 132,
      diastolicMmHg: 84,
      heartRateBpm: 68,
    });
    await waitFor(() => expect(callsTo(calls, 'GET', `${base}/summary`)).toHaveLength(2));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Record vitals' }));
  });

  it("keeps the dialog open with the server's explanation when the server refuses", async () => {
    const { user } = chartWithVitals({
      [`POST ${base}/vitals`]: () =>
        problemResponse(
          buildProblem({
            status: 403,
            code: 'not_permitted',
            detail: 'Only clinicians caring for this patient may write to the record.',
          }),
        ),
    });
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Heart rate (beats/min)' }), '68');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This could not be saved');
    expect(alert.textContent).toContain('Only clinicians caring for this patient may write to the record.');
  });
});
