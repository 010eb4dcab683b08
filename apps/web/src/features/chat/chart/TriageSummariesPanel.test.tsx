import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { doctorMe, nurseMe, recordRoutes } from '../../../test/record-api.ts';
import { RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { buildTriageSummary } from '../chat.test-helpers.ts';

const summariesPath = `/api/v1/patients/${RECORD_PATIENT_ID}/triage-summaries`;

describe('the chart’s Assistant tab', { timeout: 15_000 }, () => {
  beforeAll(async () => {
    await import('../../records/chart/PatientChartPage.tsx');
  });

  it('lists the summaries the patient shared, newest first, with everything the doctor needs', async () => {
    const older = buildTriageSummary({
      id: 'summary-0',
      sharedAt: '2026-02-01T09:00:00.000Z',
      level: 'self-care',
      levelLabel: 'Look after yourself at home',
      appointmentRequested: false,
      note: null,
    });
    stubApi(
      recordRoutes(
        { me: doctorMe() },
        { [`GET ${summariesPath}`]: () => jsonResponse(200, { summaries: [older, buildTriageSummary()] }) },
      ),
    );
    renderApp(`/doctor/patients/${RECORD_PATIENT_ID}?tab=assistant`);
    expect((await screen.findByRole('tab', { name: 'Assistant' })).getAttribute('aria-selected')).toBe(
      'true',
    );
    const list = await screen.findByRole('list', { name: 'Summaries shared by the patient, newest first' });
    const [newest, oldest] = within(list).getAllByRole('article');
    if (!newest || !oldest) throw new Error('two summaries expected');
    expect(within(newest).getByRole('heading', { level: 3 }).textContent).toMatch(/^Shared 4 Mar 2026/);
    const text = newest.textContent ?? '';
    expect(text).toContain('Get medical help today');
    expect(text).toContain('Appointment requested');
    expect(text).toContain('Symptoms presentchest pain on breathing, fever');
    expect(text).toContain('Symptoms absentshortness of breath');
    expect(text).toContain('Age52 years');
    expect(text).toContain('Duration2 days');
    expect(text).toContain('Severity6 out of 10');
    expect(text).toContain('Fever with chest pain needs a doctor today.');
    expect(text).toContain('PneumoniaPossible');
    expect(text).toContain('“It hurts when I breathe in”');
    expect(text).toContain('I can come in after 3 pm.');
    expect(oldest.textContent).toContain('Look after yourself at home');
    expect(oldest.textContent).not.toContain('Appointment requested');
  });

  it('says when there are none', async () => {
    stubApi(
      recordRoutes(
        { me: nurseMe() },
        { [`GET ${summariesPath}`]: () => jsonResponse(200, { summaries: [] }) },
      ),
    );
    renderApp(`/nurse/patients/${RECORD_PATIENT_ID}?tab=assistant`);
    expect(await screen.findByText('No summaries from the health assistant yet.')).toBeTruthy();
  });
});
