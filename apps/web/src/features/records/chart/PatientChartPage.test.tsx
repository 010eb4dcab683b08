import type { BreakGlassGrant } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { buildQuestionnaireAnswers } from '../../../test/form-fixtures.ts';
import { bodyOf, callsTo, doctorMe, nurseMe, recordBase, recordRoutes } from '../../../test/record-api.ts';
import {
  buildEmptySummary,
  buildProblemEntry,
  buildRecordSummary,
  RECORD_PATIENT_ID,
} from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { buildBloodPressureSeries, buildSeries } from '../../../test/series-fixtures.ts';

const base = recordBase();
const chartPath = `/doctor/patients/${RECORD_PATIENT_ID}`;

// Whole-page tests that type into forms: slow on a busy machine, so they get more time.
describe('the patient chart', { timeout: 15_000 }, () => {
  // The chart's tabs bring the chart library: load the page once up front, so no test times out on it.
  beforeAll(async () => {
    await import('./PatientChartPage.tsx');
  });

  it('heads the chart with who the patient is and their allergies, always in view', async () => {
    stubApi(recordRoutes({ me: doctorMe() }));
    renderApp(chartPath);
    expect(await screen.findByRole('heading', { level: 1, name: 'Alex Morgan' })).toBeTruthy();
    const facts = screen.getByText('Age').closest('dl');
    expect(facts?.textContent).toContain('Age52 years');
    expect(facts?.textContent).toContain('SexFemale');
    expect(facts?.textContent).toContain('Born4 Mar 1974');
    expect(facts?.textContent).toContain('Record numberLCN-000201');
    const allergies = screen.getByRole('note', { name: 'Allergies' });
    expect(allergies.textContent).toContain('Penicillin (high risk)');
    expect(screen.getByRole('link', { name: /Back to My patients/ }).getAttribute('href')).toBe(
      '/doctor/patients',
    );
  });

  it('says so in the banner when no allergy is recorded', async () => {
    stubApi(recordRoutes({ me: doctorMe(), summary: buildEmptySummary() }));
    renderApp(chartPath);
    expect((await screen.findByRole('note', { name: 'Allergies' })).textContent).toContain(
      'No allergies recorded.',
    );
  });

  it('opens on the summary and moves between the parts of the record by tab, keeping the tab in the address', async () => {
    stubApi(
      recordRoutes(
        {
          me: doctorMe(),
          summary: buildRecordSummary({
            problems: [buildProblemEntry({ note: 'Diet-controlled until 2021.' })],
          }),
        },
        {
          [`GET ${base}/vitals`]: () => jsonResponse(200, { series: buildBloodPressureSeries() }),
          [`GET ${base}/questionnaire-responses`]: () =>
            jsonResponse(200, { responses: [buildQuestionnaireAnswers()] }),
        },
      ),
    );
    const { user, router } = renderApp(chartPath);
    const tabs = await screen.findByRole('tablist', { name: 'Parts of the record' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual([
      'Summary',
      'Problems',
      'Medications',
      'Prescriptions',
      'Allergies',
      'Labs',
      'Vitals',
      'Encounters',
      'Documents',
      'Patient-reported',
      'Risk',
      'Assistant',
    ]);
    expect(screen.getByRole('tab', { name: 'Summary' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('region', { name: 'Latest vital signs' })).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Problems' }));
    // The Problems tab shows what the summary leaves out: codes, who recorded it, the note.
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Problems and diagnoses' }).textContent).toContain(
        'ICD-10 E11.9',
      ),
    );
    const problems = screen.getByRole('list', { name: 'Problems and diagnoses' });
    expect(problems.textContent).toContain('Recorded by Dr Samira Haddad');
    expect(problems.textContent).toContain('Diet-controlled until 2021.');
    expect(router.state.location.search).toBe('?tab=problems');

    await user.click(screen.getByRole('tab', { name: 'Vitals' }));
    expect(await screen.findByRole('region', { name: 'Blood pressure' })).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Patient-reported' }));
    const reported = await screen.findByRole('list', { name: 'Questionnaires answered, newest first' });
    // The newest answers are open straight away for the clinician.
    expect(within(reported).getByText('Tiredness, Thirst')).toBeTruthy();
  });

  it('lists each lab test with its latest value, flag, range and trend in words, and its history on demand', async () => {
    stubApi(
      recordRoutes(
        { me: doctorMe() },
        { [`GET ${base}/labs`]: () => jsonResponse(200, { series: [buildSeries()] }) },
      ),
    );
    const { user } = renderApp(`${chartPath}?tab=labs`);
    const table = await screen.findByRole('table', {
      name: 'Each test’s latest result, its reference range and its trend',
    });
    const row = within(table).getByRole('row', { name: /HbA1c/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['7.2 %', 'High', '4.0–5.6 %', 'Falling', expect.stringContaining('10 Feb 2026'), 'History']);
    const toggle = within(row).getByRole('button', { name: 'History of HbA1c' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const history = screen.getByRole('table', { name: 'HbA1c: every result, newest first' });
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(history.textContent).toContain('7.9 %');
  });

  it('offers a doctor every action, a nurse vitals and notes only', async () => {
    stubApi(recordRoutes({ me: doctorMe() }));
    const doctor = renderApp(chartPath);
    const actions = await screen.findByRole('group', { name: 'Add to the record' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Add diagnosis', 'Record vitals', 'Record lab results', 'Write note']);
    doctor.unmount();

    stubApi(recordRoutes({ me: nurseMe() }));
    renderApp(`/nurse/patients/${RECORD_PATIENT_ID}`);
    const nurseActions = await screen.findByRole('group', { name: 'Add to the record' });
    expect(
      within(nurseActions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Record vitals', 'Write note']);
  });

  it('says plainly when the clinician has no access, and opens emergency access for this patient', async () => {
    let hasAccess = false;
    const grant: BreakGlassGrant = {
      grantId: '00000000-0000-4000-8000-000000000601',
      patient: { id: RECORD_PATIENT_ID, displayName: 'Alex Morgan' },
      organisationId: '00000000-0000-4000-8000-000000000001',
      openedAt: '2026-03-01T09:00:00.000Z',
      expiresAt: '2026-03-01T13:00:00.000Z',
    };
    const { calls } = stubApi(
      recordRoutes(
        { me: doctorMe() },
        {
          [`GET ${base}/summary`]: () =>
            hasAccess
              ? jsonResponse(200, buildRecordSummary())
              : problemResponse(
                  buildProblem({
                    status: 403,
                    code: 'not_permitted',
                    detail: 'You may not see this record.',
                  }),
                ),
          [`POST /api/v1/patients/${RECORD_PATIENT_ID}/break-glass`]: () => {
            hasAccess = true;
            return jsonResponse(201, grant);
          },
          'GET /api/v1/my-patients': () => jsonResponse(200, { patients: [], emergencyAccess: [] }),
        },
      ),
    );
    const { user } = renderApp(chartPath);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have access to this patient’s record',
      }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Request emergency access' }));
    const dialog = await screen.findByRole('dialog', { name: 'Emergency access to a record' });
    expect((within(dialog).getByRole('textbox', { name: /Patient ID/ }) as HTMLInputElement).value).toBe(
      RECORD_PATIENT_ID,
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Collapsed in clinic, unable to consent',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Open emergency access' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Alex Morgan' })).toBeTruthy();
    expect(screen.getByText(/Emergency access to Alex Morgan’s record is open until/)).toBeTruthy();
    const [post] = callsTo(calls, 'POST', `/api/v1/patients/${RECORD_PATIENT_ID}/break-glass`);
    expect(bodyOf(post)).toMatchObject({ reason: 'Collapsed in clinic, unable to consent' });
  });

  it('tells a clinician when there is no such patient', async () => {
    stubApi(
      recordRoutes(
        { me: doctorMe() },
        {
          [`GET ${base}/summary`]: () =>
            problemResponse(buildProblem({ status: 404, code: 'patient_not_found' })),
        },
      ),
    );
    renderApp(chartPath);
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no such patient' })).toBeTruthy();
  });

  it('does not ask the server about an address that is no patient ID', async () => {
    const { calls } = stubApi(recordRoutes({ me: doctorMe() }));
    renderApp('/doctor/patients/not-a-patient');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    await waitFor(() => expect(calls.some((call) => call.path.includes('/record/'))).toBe(false));
  });

  it("shows the server's explanation when the chart cannot be loaded", async () => {
    stubApi(
      recordRoutes(
        { me: doctorMe() },
        {
          [`GET ${base}/summary`]: () =>
            problemResponse(
              buildProblem({ status: 500, code: 'internal', detail: 'The record store did not answer.' }),
            ),
        },
      ),
    );
    renderApp(chartPath);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The patient’s record could not be loaded');
    expect(alert.textContent).toContain('The record store did not answer.');
    expect(screen.queryByRole('group', { name: 'Add to the record' })).toBeNull();
  });
});
