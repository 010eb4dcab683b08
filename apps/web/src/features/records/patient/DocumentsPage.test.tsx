import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { recordBase, recordRoutes } from '../../../test/record-api.ts';
import { buildDocument } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const base = recordBase();
const note = buildDocument();
const report = buildDocument({
  id: 'doc-2',
  title: 'Chest X-ray report',
  kind: 'report',
  author: null,
  contentType: 'application/pdf',
});

describe('documents', () => {
  it('lists the documents and opens a note to read', async () => {
    stubApi(
      recordRoutes(
        {},
        {
          [`GET ${base}/documents`]: () => jsonResponse(200, { documents: [note, report] }),
          [`GET ${base}/documents/doc-1`]: () =>
            jsonResponse(200, { document: note, text: 'HbA1c down to 7.2 %.\nContinue metformin.' }),
        },
      ),
    );
    const { user } = renderApp('/patient/documents');
    const list = await screen.findByRole('list', { name: 'Documents, newest first' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Diabetes reviewClinical note'),
      expect.stringContaining('Chest X-ray reportReport'),
    ]);
    await user.click(within(list).getByRole('button', { name: 'Read Diabetes review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Diabetes review' });
    expect(await within(dialog).findByText(/Continue metformin/)).toBeTruthy();
    expect(dialog.textContent).toContain('By Dr Samira Haddad');
  });

  it('says when a document has no text to show, or could not be opened', async () => {
    stubApi(
      recordRoutes(
        {},
        {
          [`GET ${base}/documents`]: () => jsonResponse(200, { documents: [note, report] }),
          [`GET ${base}/documents/doc-2`]: () => jsonResponse(200, { document: report, text: null }),
          [`GET ${base}/documents/doc-1`]: () =>
            problemResponse(
              buildProblem({
                status: 500,
                code: 'decryption_failed',
                detail: 'The note could not be decrypted.',
              }),
            ),
        },
      ),
    );
    const { user } = renderApp('/patient/documents');
    await user.click(await screen.findByRole('button', { name: 'Read Chest X-ray report' }));
    const dialog = await screen.findByRole('dialog', { name: 'Chest X-ray report' });
    expect(await within(dialog).findByText('This document has no text to show here.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));

    await user.click(await screen.findByRole('button', { name: 'Read Diabetes review' }));
    const failed = await screen.findByRole('dialog', { name: 'Diabetes review' });
    const alert = await within(failed).findByRole('alert');
    expect(alert.textContent).toContain('The document could not be opened');
    expect(alert.textContent).toContain('The note could not be decrypted.');
  });

  it('says when there are no documents yet', async () => {
    stubApi(recordRoutes());
    renderApp('/patient/documents');
    expect(await screen.findByText('No documents in the record yet.')).toBeTruthy();
  });
});
