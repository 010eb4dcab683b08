import type { PrescribeRequest, PrescriptionView } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import {
  buildPrescription,
  buildSafetyAlert,
  buildSafetyCheck,
  SIMVASTATIN_DRUG,
} from '../../../test/medication-fixtures.ts';
import { bodyOf, callsTo, doctorMe, recordRoutes } from '../../../test/record-api.ts';
import { RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const patient = `/api/v1/patients/${RECORD_PATIENT_ID}`;
const chartTab = `/doctor/patients/${RECORD_PATIENT_ID}?tab=prescriptions`;
const signed = buildPrescription({
  id: '00000000-0000-4000-8000-000000000d02',
  medicine: 'Simvastatin 40 mg tablet',
  dispenses: [],
  dispensedUnits: 0,
  remainingUnits: 28,
  authorisedUnits: 28,
  refills: 0,
});

function chartApi(sign: (body: PrescribeRequest) => Response) {
  const prescriptions: PrescriptionView[] = [buildPrescription()];
  return stubApi(
    recordRoutes(
      { me: doctorMe() },
      {
        [`GET ${patient}/prescriptions`]: () => jsonResponse(200, { prescriptions }),
        'GET /api/v1/medicines': (_init, search) =>
          jsonResponse(200, { drugs: search.get('q')?.startsWith('simva') ? [SIMVASTATIN_DRUG] : [] }),
        [`POST ${patient}/medications/check`]: () =>
          jsonResponse(
            200,
            buildSafetyCheck([
              buildSafetyAlert(),
              buildSafetyAlert({
                key: 'minor:1',
                severity: 'minor',
                title: 'Grapefruit juice',
                needsOverride: false,
              }),
            ]),
          ),
        [`POST ${patient}/prescriptions`]: (init) => {
          const response = sign(JSON.parse(String(init?.body)) as PrescribeRequest);
          if (response.status === 201) prescriptions.unshift(signed);
          return response;
        },
      },
    ),
  );
}

/** Opens the dialog, chooses simvastatin 40 mg at 21:30 every day, 28 tablets, and runs the check. */
async function fillAndCheck(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Prescribe' }));
  const dialog = await screen.findByRole('dialog', { name: 'Prescribe' });
  await user.type(within(dialog).getByRole('combobox', { name: 'Medicine' }), 'simva');
  await user.click(await screen.findByRole('option', { name: 'Simvastatin 40 mg tablet' }));
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'When' }), 'At set times');
  const time = within(dialog).getByLabelText('Time 1');
  await user.clear(time);
  await user.type(time, '21:30');
  await user.type(within(dialog).getByRole('textbox', { name: /Quantity/ }), '28');
  expect(within(dialog).getByText('1 tablet by mouth every day at 21:30', { exact: false })).toBeTruthy();
  await user.click(within(dialog).getByRole('button', { name: 'Check' }));
  await within(dialog).findByRole('heading', { name: 'Safety check: 2 alerts' });
  return dialog;
}

describe('prescribing from the chart', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    await import('../../records/chart/PatientChartPage.tsx');
  });

  it('lists the prescriptions, most serious alert first, and signs only once every alert that needs one has a reason', async () => {
    const api = chartApi(() => jsonResponse(201, signed));
    const { user } = renderApp(chartTab);
    const list = await screen.findByRole('article', { name: 'Simvastatin 20 mg tablet' });
    expect(list.textContent).toContain('28 of 56');
    expect(list.textContent).toContain('28 on 2 Mar 2026 at LifeCare Demo Clinic');

    const dialog = await fillAndCheck(user);
    const sign = within(dialog).getByRole('button', { name: 'Sign prescription' });
    expect(sign.hasAttribute('disabled')).toBe(true);
    expect(
      within(dialog).getByText('Give a reason for the alert that needs one before signing.'),
    ).toBeTruthy();
    const alerts = within(dialog).getAllByRole('article');
    expect(
      alerts.map((alert) => alert.getAttribute('aria-labelledby') && alert.querySelector('h4')?.textContent),
    ).toEqual(['Simvastatin with amlodipine: more muscle damage', 'Grapefruit juice']);
    const major = alerts[0];
    if (!major) throw new Error('no alert');
    expect(major.textContent).toContain('Major');
    expect(major.textContent).toContain('Amlodipine inhibits CYP3A4');
    expect(major.textContent).toContain('Do not exceed simvastatin 20 mg daily');
    expect(major.textContent).toContain('MHRA Drug Safety Update');
    // The minor alert asks for no reason.
    expect(within(dialog).getAllByRole('textbox', { name: /Reason to prescribe anyway/ })).toHaveLength(1);

    const reason = within(major).getByRole('textbox', { name: /Reason to prescribe anyway/ });
    await user.type(reason, 'ok');
    expect(sign.hasAttribute('disabled')).toBe(true);
    await user.type(reason, ' — lipid clinic advice, CK checked');
    await waitFor(() => expect(sign.hasAttribute('disabled')).toBe(false));
    await user.click(sign);

    expect(await screen.findByText('The prescription for Simvastatin 40 mg tablet is signed.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('article', { name: 'Simvastatin 40 mg tablet' })).toBeTruthy();
    const body = bodyOf(callsTo(api.calls, 'POST', `${patient}/prescriptions`)[0]) as PrescribeRequest;
    expect(body).toMatchObject({
      productId: 'simvastatin-40mg-tablet',
      dosage: {
        doseQuantity: 1,
        doseUnit: 'tablet',
        route: 'oral',
        timing: { kind: 'at-times', times: ['21:30'] },
      },
      quantityUnits: 28,
      refills: 0,
      validityDays: 30,
      pharmacyOrganisationId: null,
      reminders: true,
      overrides: [
        { alertKey: 'interaction:amlodipine+simvastatin', reason: 'ok — lipid clinic advice, CK checked' },
      ],
    });
  });

  it('asks for the check again when the dosage changes after it', async () => {
    chartApi(() => jsonResponse(201, signed));
    const { user } = renderApp(chartTab);
    const dialog = await fillAndCheck(user);
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason to prescribe anyway/ }),
      'Specialist advice',
    );
    const sign = within(dialog).getByRole('button', { name: 'Sign prescription' });
    await waitFor(() => expect(sign.hasAttribute('disabled')).toBe(false));
    const amount = within(dialog).getByRole('textbox', { name: /Amount each time/ });
    await user.clear(amount);
    await user.type(amount, '2');
    expect(sign.hasAttribute('disabled')).toBe(true);
    expect(within(dialog).getByText(/changed since the check/)).toBeTruthy();
  });

  it("shows the server's problem when signing is refused", async () => {
    chartApi(() =>
      problemResponse(
        buildProblem({
          status: 422,
          code: 'safety_override_required',
          detail: 'Signing needs a reason for this alert: Simvastatin with amlodipine: more muscle damage.',
        }),
      ),
    );
    const { user } = renderApp(chartTab);
    const dialog = await fillAndCheck(user);
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason to prescribe anyway/ }),
      'Specialist advice',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Sign prescription' }));
    const alert = await within(dialog).findByRole('alert', { name: 'The prescription was not signed' });
    expect(alert.textContent).toContain('Signing needs a reason for this alert');
    expect(screen.getByRole('dialog', { name: 'Prescribe' })).toBeTruthy();
  });
});
