import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { bodyOf, callsTo, nurseMe, recordBase, recordRoutes } from '../../../test/record-api.ts';
import { buildDocument, RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const base = recordBase();

// Whole-page tests that type into forms: slow on a busy machine, so they get more time.
describe('writing a note', { timeout: 15_000 }, () => {
  beforeAll(async () => {
    await import('../chart/PatientChartPage.tsx');
  });

  it('tells the writer the note is encrypted and the patient reads it, checks it, and saves it', async () => {
    const { calls } = stubApi(
      recordRoutes(
        { me: nurseMe() },
        {
          [`POST ${base}/notes`]: () =>
            jsonResponse(201, buildDocument({ id: 'doc-9', title: 'Wound check' })),
        },
      ),
    );
    const { user } = renderApp(`/nurse/patients/${RECORD_PATIENT_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Write note' }));
    const dialog = await screen.findByRole('dialog', { name: 'Write a note' });
    const notice = within(dialog).getByRole('note');
    expect(notice.textContent).toContain('stored encrypted');
    expect(notice.textContent).toContain('the patient can read it');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Give the note a title')).toBeTruthy();
    expect(within(dialog).getByText('Write the note')).toBeTruthy();
    expect(callsTo(calls, 'POST', `${base}/notes`)).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Wound check');
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Note/ }),
      'Healing well.{Enter}No signs of infection.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The note “Wound check” is saved.')).toBeTruthy();
    const [post] = callsTo(calls, 'POST', `${base}/notes`);
    expect(bodyOf(post)).toEqual({ title: 'Wound check', text: 'Healing well.\nNo signs of infection.' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
