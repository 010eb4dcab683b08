import type { AssessRequest } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { bodyOf, callsTo, doctorMe, nurseMe, recordRoutes } from '../../../test/record-api.ts';
import { RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import {
  buildKfreModule,
  buildModuleSummary,
  buildPreview,
  buildRiskOverview,
  buildRiskResult,
  REVIEW_ID,
} from '../../../test/risk-fixtures.ts';

const risk = `/api/v1/patients/${RECORD_PATIENT_ID}/risk`;
const kfre = buildKfreModule();
const [, , egfrField, acrField] = kfre.inputs;

/** What the record gives the KFRE: age (calculated) and sex (the patient resource); no labs. */
const prefilled = [
  {
    key: 'ageYears',
    label: 'Age',
    value: 64,
    display: '64 years',
    origin: { kind: 'calculated', display: 'From the date of birth' },
  },
  {
    key: 'sex',
    label: 'Sex',
    value: 'female',
    display: 'Female',
    origin: {
      kind: 'record',
      display: 'Patient record',
      resourceType: 'Patient',
      resourceId: RECORD_PATIENT_ID,
      date: '2026-01-15',
    },
  },
] as const;

const kfreResult = buildRiskResult({
  id: 'risk-kfre-1',
  moduleId: 'kfre',
  moduleName: kfre.name,
  disease: kfre.disease,
  probability: 0.241,
  horizonYears: 5,
  category: 'very-high',
  categoryLabel: 'Very high: at least 20% in 5 years',
  summary: 'KFRE 5-year kidney failure risk 24.1%.',
  review: null,
});

function chartApi(assess: (body: AssessRequest) => Response = () => jsonResponse(201, kfreResult)) {
  const api = stubApi(
    recordRoutes(
      { me: doctorMe() },
      {
        [`GET ${risk}`]: () => jsonResponse(200, buildRiskOverview()),
        'GET /api/v1/cds/modules': () => jsonResponse(200, { modules: [buildModuleSummary(), kfre] }),
        [`POST ${risk}/preview`]: (init) => {
          const body = JSON.parse(String(init?.body)) as AssessRequest;
          const entered = Object.keys(body.inputs ?? {});
          const missing = [egfrField, acrField].filter((field) => field && !entered.includes(field.key));
          return jsonResponse(
            200,
            buildPreview({
              inputs: [...prefilled],
              missing: missing.flatMap((field) => (field ? [field] : [])),
              result: missing.length === 0 ? { ...kfreResult } : null,
            }),
          );
        },
        [`POST ${risk}/assessments`]: (init) => assess(JSON.parse(String(init?.body)) as AssessRequest),
      },
    ),
  );
  return api;
}

async function chooseKfre(user: ReturnType<typeof renderApp>['user']): Promise<HTMLInputElement> {
  await screen.findByRole('option', {
    name: 'Kidney failure: Kidney Failure Risk Equation (4-variable) (clinician)',
  });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Module' }), 'kfre');
  const egfr = await screen.findByRole('textbox', { name: /eGFR/ });
  if (!(egfr instanceof HTMLInputElement)) throw new Error('eGFR is not an input');
  return egfr;
}

describe("the chart's Risk tab", { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await import('../../records/chart/PatientChartPage.tsx');
  });

  it("lists the patient's latest results with their review, linked for the doctor", async () => {
    chartApi();
    renderApp(`/doctor/patients/${RECORD_PATIENT_ID}?tab=risk`);
    const table = await screen.findByRole('table', { name: 'The latest result of each module' });
    const row = within(table).getByRole('row', { name: /Lung cancer/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['High', '8.4% within 6 years', '1 Mar 2026', 'PendingOpen review']);
    expect(
      within(row)
        .getByRole('link', { name: 'Open the review of the Lung cancer result' })
        .getAttribute('href'),
    ).toBe(`/doctor/patients/${RECORD_PATIENT_ID}/reviews/${REVIEW_ID}`);
  });

  it('gives a nurse the results without a link to the review, which is for doctors', async () => {
    stubApi(
      recordRoutes(
        { me: nurseMe() },
        {
          [`GET ${risk}`]: () => jsonResponse(200, buildRiskOverview()),
          'GET /api/v1/cds/modules': () => jsonResponse(200, { modules: [kfre] }),
        },
      ),
    );
    renderApp(`/nurse/patients/${RECORD_PATIENT_ID}?tab=risk`);
    const table = await screen.findByRole('table', { name: 'The latest result of each module' });
    expect(within(table).getByText('Pending')).toBeTruthy();
    expect(within(table).queryByRole('link')).toBeNull();
  });

  it('fills in what the record holds, previews with the values entered, and saves the result', async () => {
    const { calls } = chartApi();
    const { user } = renderApp(`/doctor/patients/${RECORD_PATIENT_ID}?tab=risk`);
    const egfr = await chooseKfre(user);
    expect(bodyOf(callsTo(calls, 'POST', `${risk}/preview`)[0])).toEqual({ moduleId: 'kfre', inputs: {} });
    const age = screen.getByRole('textbox', { name: /Age \(years\)/ }) as HTMLInputElement;
    expect(age.value).toBe('64');
    expect(screen.getByText(/Calculated: From the date of birth/)).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /Sex/ }) as HTMLSelectElement).value).toBe('female');
    expect(screen.getByText(/Record: Patient record, 15 Jan 2026/)).toBeTruthy();
    expect(egfr.value).toBe('');
    expect(screen.getAllByText(/Not in the record: enter it/)).toHaveLength(2);

    await user.type(egfr, '25');
    await user.type(screen.getByRole('textbox', { name: /albumin-to-creatinine/ }), '300');
    await user.selectOptions(screen.getByRole('combobox', { name: /Lives in North America/ }), 'yes');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));

    const result = await screen.findByRole('region', { name: 'Result' });
    expect(result.textContent).toContain('Very high');
    expect(result.textContent).toContain('24.1% within 5 years');
    // Age and sex stay as the record has them, so they keep their source.
    expect(bodyOf(callsTo(calls, 'POST', `${risk}/preview`)[1])).toEqual({
      moduleId: 'kfre',
      inputs: { egfr: 25, acrMgG: 300, isNorthAmerican: true },
    });

    await user.click(screen.getByRole('button', { name: 'Save to record' }));
    expect(
      await screen.findByText('The Kidney Failure Risk Equation (4-variable) result is saved to the record.'),
    ).toBeTruthy();
    expect(bodyOf(callsTo(calls, 'POST', `${risk}/assessments`)[0])).toEqual({
      moduleId: 'kfre',
      inputs: { egfr: 25, acrMgG: 300, isNorthAmerican: true },
    });
    await waitFor(() => expect(callsTo(calls, 'GET', risk).length).toBeGreaterThanOrEqual(2));
  });

  it('sends an overridden value, checks ranges first, and shows the server’s errors by field', async () => {
    const { calls } = chartApi(() =>
      problemResponse(
        buildProblem({
          status: 422,
          code: 'invalid_module_input',
          detail: 'Some inputs for Kidney Failure Risk Equation (4-variable) are missing or out of range.',
          errors: [{ pointer: '/body/inputs/acrMgG', detail: 'Number must be at most 5000 at this eGFR' }],
        }),
      ),
    );
    const { user } = renderApp(`/doctor/patients/${RECORD_PATIENT_ID}?tab=risk`);
    const egfr = await chooseKfre(user);
    await user.type(egfr, '75');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(await screen.findByText('Enter a value in 1–59 mL/min/1.73 m²')).toBeTruthy();
    expect(screen.getByText('Enter a value')).toBeTruthy();
    expect(callsTo(calls, 'POST', `${risk}/preview`)).toHaveLength(1);

    await user.clear(egfr);
    await user.type(egfr, '25');
    await user.type(screen.getByRole('textbox', { name: /albumin-to-creatinine/ }), '9000');
    const age = screen.getByRole('textbox', { name: /Age \(years\)/ });
    await user.clear(age);
    await user.type(age, '70');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    await screen.findByRole('region', { name: 'Result' });
    await user.click(screen.getByRole('button', { name: 'Save to record' }));
    expect(await screen.findByText('Number must be at most 5000 at this eGFR')).toBeTruthy();
    expect(screen.getByText('The result could not be saved')).toBeTruthy();
    expect(bodyOf(callsTo(calls, 'POST', `${risk}/assessments`)[0])).toEqual({
      moduleId: 'kfre',
      inputs: { ageYears: 70, egfr: 25, acrMgG: 9000 },
    });
  });
});
