import type { DoseAction, DoseView } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import {
  buildAdherence,
  buildDose,
  buildDoseList,
  buildPrescription,
  buildReminderPreferences,
  DOSE_ID,
  PRESCRIPTION_ID,
  PRESCRIPTION_TOKEN,
} from '../../../test/medication-fixtures.ts';
import { bodyOf, callsTo, recordRoutes } from '../../../test/record-api.ts';
import { RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const patient = `/api/v1/patients/${RECORD_PATIENT_ID}`;
const morning = buildDose({
  id: '00000000-0000-4000-8000-000000000e02',
  medicine: 'Amlodipine 5 mg tablet',
  dosageText: '1 tablet by mouth once a day',
  dueAt: '2026-03-04T08:00:00.000Z',
  localTime: '08:00',
  status: 'taken',
  takenAt: '2026-03-04T08:05:00.000Z',
  snoozeOptions: [],
  canRecord: false,
});

function medicinesApi(act: (doseId: string, action: DoseAction) => Response) {
  return stubApi(
    recordRoutes(
      {},
      {
        [`GET ${patient}/doses/today`]: () => jsonResponse(200, buildDoseList([buildDose(), morning])),
        [`POST ${patient}/doses/${DOSE_ID}`]: (init) =>
          act(DOSE_ID, JSON.parse(String(init?.body)) as DoseAction),
        [`GET ${patient}/prescriptions`]: () => jsonResponse(200, { prescriptions: [buildPrescription()] }),
        [`GET ${patient}/adherence`]: () => jsonResponse(200, buildAdherence()),
        [`GET ${patient}/reminder-preferences`]: () => jsonResponse(200, buildReminderPreferences()),
        [`PUT ${patient}/reminder-preferences`]: (init) => jsonResponse(200, JSON.parse(String(init?.body))),
      },
    ),
  );
}

const answered = (changes: Partial<DoseView>) =>
  jsonResponse(200, buildDose({ snoozeOptions: [], canRecord: false, ...changes }));

describe('the patient’s Medicines', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await import('./MedicinesPage.tsx');
  });

  it('lists today’s doses in time order and records a dose as taken', async () => {
    const api = medicinesApi(() => answered({ status: 'taken', takenAt: '2026-03-04T20:02:00.000Z' }));
    const { user } = renderApp('/patient/medications');
    expect(await screen.findByRole('heading', { level: 1, name: 'Medicines' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Doses for today, in time order' });
    const doses = within(list).getAllByRole('article');
    expect(doses.map((dose) => dose.querySelector('h3')?.textContent)).toEqual([
      '08:00 · Amlodipine 5 mg tablet',
      '20:00 · Simvastatin 20 mg tablet',
    ]);
    expect(doses[0]?.textContent).toContain('Taken at 08:05');
    expect(within(doses[0] as HTMLElement).queryByRole('button')).toBeNull();
    expect(screen.getByText('Times are shown on your clock in the Europe/London time zone.')).toBeTruthy();

    const evening = screen.getByRole('article', { name: '20:00 · Simvastatin 20 mg tablet' });
    expect(within(evening).getByText('Time to take')).toBeTruthy();
    await user.click(
      within(evening).getByRole('button', { name: 'Take Simvastatin 20 mg tablet, 20:00 dose' }),
    );
    expect(
      await screen.findByText('Well done: your Simvastatin 20 mg tablet dose is marked as taken.'),
    ).toBeTruthy();
    expect(within(evening).getByText('Taken')).toBeTruthy();
    expect(evening.textContent).toContain('Taken at 20:02');
    expect(bodyOf(callsTo(api.calls, 'POST', `${patient}/doses/${DOSE_ID}`)[0])).toEqual({ action: 'take' });
  });

  it('snoozes a dose for a chosen time, and says so when a dose can no longer be changed', async () => {
    let isLate = false;
    const api = medicinesApi((_id, action) =>
      isLate
        ? problemResponse(
            buildProblem({ status: 409, code: 'dose_closed', detail: 'This dose is already missed.' }),
          )
        : action.action === 'snooze'
          ? answered({ status: 'snoozed', snoozedUntil: '2026-03-04T20:10:00.000Z', snoozeOptions: [5] })
          : answered({ status: 'skipped' }),
    );
    const { user } = renderApp('/patient/medications/today');
    const evening = await screen.findByRole('article', { name: '20:00 · Simvastatin 20 mg tablet' });
    await user.click(within(evening).getByRole('button', { name: /^Snooze Simvastatin/ }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'For 5 minutes',
      'For 10 minutes',
      'For 15 minutes',
      'For 30 minutes',
      'For 1 hour',
    ]);
    await user.click(screen.getByRole('menuitem', { name: 'For 10 minutes' }));
    expect(
      await screen.findByText('We will remind you about Simvastatin 20 mg tablet again at 20:10.'),
    ).toBeTruthy();
    expect(bodyOf(callsTo(api.calls, 'POST', `${patient}/doses/${DOSE_ID}`)[0])).toEqual({
      action: 'snooze',
      minutes: 10,
    });
    expect(within(evening).getByText('Snoozed')).toBeTruthy();

    isLate = true;
    await user.click(within(evening).getByRole('button', { name: /^Snooze Simvastatin/ }));
    await user.click(screen.getByRole('menuitem', { name: 'For 5 minutes' }));
    expect((await screen.findByRole('alert', { name: 'That did not work' })).textContent).toContain(
      'This dose can no longer be changed',
    );
  });

  it('opens the dose a reminder links to, and the prescription a notice links to, with its code', async () => {
    medicinesApi(() => answered({ status: 'taken' }));
    const first = renderApp(`/patient/medications/today#dose-${DOSE_ID}`);
    const dose = await screen.findByRole('article', { name: '20:00 · Simvastatin 20 mg tablet' });
    await waitFor(() => expect(document.activeElement).toBe(dose));
    first.unmount();

    const { user } = renderApp(`/patient/medications#prescription-${PRESCRIPTION_ID}`);
    const prescription = await screen.findByRole('article', { name: 'Simvastatin 20 mg tablet' });
    expect(screen.getByRole('tab', { name: 'My medicines', selected: true })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(prescription));
    expect(prescription.textContent).toContain('Prescribed by Dr Samira Haddad on 1 Mar 2026');
    expect(prescription.textContent).toContain('28 of 56');
    expect(
      within(prescription)
        .getByRole('link', { name: 'Download PDF of the prescription for Simvastatin 20 mg tablet' })
        .getAttribute('href'),
    ).toBe(`${patient}/prescriptions/${PRESCRIPTION_ID}/pdf`);

    await user.click(within(prescription).getByRole('button', { name: 'Show prescription code' }));
    const code = within(prescription).getByRole('region', { name: 'Prescription code' });
    expect(
      within(code)
        .getByRole('img', { name: 'QR code of your prescription for Simvastatin 20 mg tablet' })
        .getAttribute('src'),
    ).toBe(`${patient}/prescriptions/${PRESCRIPTION_ID}/qr.svg`);
    expect((within(code).getByRole('textbox', { name: 'Code as text' }) as HTMLTextAreaElement).value).toBe(
      PRESCRIPTION_TOKEN,
    );
    expect(
      within(prescription)
        .getByRole('button', { name: 'Hide prescription code' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('shows how the patient is doing over 7, 30 and 90 days, as a chart or a table', async () => {
    medicinesApi(() => answered({}));
    const { user } = renderApp('/patient/medications?tab=adherence');
    const week = await screen.findByRole('region', { name: 'Last 7 days' });
    expect(week.textContent).toContain('85% taken');
    expect(week.textContent).toContain('6 of 7 doses taken');
    expect(week.textContent).toContain('1 missed');
    expect(screen.getByRole('region', { name: 'Last 90 days' }).textContent).toContain('98% taken');
    expect(screen.getByText('Over the last 3 days: 2 doses taken, 1 missed.')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const table = screen.getByRole('table', {
      name: 'Doses taken and missed each day, over the last 30 days',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('saves the reminder settings', async () => {
    const api = medicinesApi(() => answered({}));
    const { user } = renderApp('/patient/medications?tab=reminders');
    await user.click(await screen.findByRole('checkbox', { name: 'E-mail' }));
    await user.click(screen.getByRole('switch', { name: /Quiet hours/ }));
    await user.type(screen.getByRole('textbox', { name: /Tell someone/ }), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Enter an e-mail address, like name@example.org')).toBeTruthy();
    const caregiver = screen.getByRole('textbox', { name: /Tell someone/ });
    await user.clear(caregiver);
    await user.type(caregiver, 'sam@example.org');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Your reminder settings are saved.')).toBeTruthy();
    expect(bodyOf(callsTo(api.calls, 'PUT', `${patient}/reminder-preferences`)[0])).toEqual({
      zone: 'Europe/London',
      channels: { push: true, email: true, sms: false },
      quietHours: { start: '22:00', end: '07:00' },
      graceMinutes: 60,
      caregiverEmail: 'sam@example.org',
      notifyDoctor: false,
      refillAlertDays: 7,
    });
  });
});
