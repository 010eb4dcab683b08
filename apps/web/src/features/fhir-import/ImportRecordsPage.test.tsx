import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stubApi } from '../../test/fake-api.ts';
import { stubXhr } from '../../test/fake-xhr.ts';
import {
  buildMe,
  buildMembership,
  buildPlatformInfo,
  buildProblem,
  jsonResponse,
  signedInState,
} from '../../test/fixtures.ts';
import { buildImportReport } from '../../test/record-fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const CLINIC_ID = buildMembership().organisationId;
const BUNDLE = JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry: [] });

function importPage(
  me = buildMe({ patientId: null, memberships: [buildMembership({ role: 'org_admin' })] }),
) {
  stubApi({
    'GET /api/v1/session': () => jsonResponse(200, signedInState(me)),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
  });
  const xhr = stubXhr();
  return { xhr, ...renderApp('/admin/record-imports') };
}

const fileInput = () => screen.getByLabelText(/FHIR Bundle file/) as HTMLInputElement;

describe('importing records', () => {
  afterEach(() => {
    // biome-ignore lint/suspicious/noDocumentCookie: the CSRF cookie as the server sets it, for the client to read.
    document.cookie = 'nexus_csrf=; max-age=0';
  });

  it('uploads the bundle as FHIR JSON with the CSRF token, shows progress, then the report', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the CSRF cookie as the server sets it, for the client to read.
    document.cookie = 'nexus_csrf=token-123';
    const { user, xhr } = importPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Import records' })).toBeTruthy();
    await user.upload(fileInput(), new File([BUNDLE], 'export.json', { type: 'application/json' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const request = await xhr.next();
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`/api/v1/organisations/${CLINIC_ID}/record-imports`);
    expect(request.headers['content-type']).toBe('application/fhir+json');
    expect(request.headers['x-csrf-token']).toBe('token-123');
    expect(request.body).toBe(BUNDLE);

    request.progress(40, 100);
    expect(await screen.findByText('Uploading… 40%')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe(
      '40',
    );
    request.progress(100, 100);
    expect(await screen.findByText('The server is importing the records…')).toBeTruthy();
    request.answer({ status: 201, body: buildImportReport() });

    const report = await screen.findByRole('region', { name: 'Import finished' });
    expect(report.textContent).toContain('Resources imported1,234');
    expect(report.textContent).toContain('Took2.3 s');
    const byType = within(report).getByRole('table', { name: 'Resources imported, by type' });
    expect(within(byType).getByRole('row', { name: /Observation/ }).textContent).toContain('1,100');
    const patients = within(report).getByRole('list', { name: 'Patients imported' });
    expect(
      within(patients)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Jordan Lee', 'Casey Brown']);
    // Names only: the report does not lead into records from here.
    expect(within(patients).queryAllByRole('link')).toHaveLength(0);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the server’s explanation, naming the entry that failed', async () => {
    const { user, xhr } = importPage();
    await screen.findByRole('heading', { level: 1, name: 'Import records' });
    await user.upload(fileInput(), new File([BUNDLE], 'export.json', { type: 'application/json' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const request = await xhr.next();
    request.answer({
      status: 422,
      contentType: 'application/problem+json',
      body: buildProblem({
        status: 422,
        code: 'invalid_bundle',
        detail: 'Entry 3 (Observation/bp-1) is not valid FHIR R4: Observation.status is required.',
        errors: [{ pointer: '/entry/3/resource/status', detail: 'Missing required property' }],
      }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The import failed');
    expect(alert.textContent).toContain('Entry 3 (Observation/bp-1) is not valid FHIR R4');
    expect(alert.textContent).toContain('/entry/3/resource/status: Missing required property');
  });

  it('checks the file before uploading: a .json file holding a Bundle, of at most 32 MiB', async () => {
    const { user, xhr } = importPage();
    await screen.findByRole('heading', { level: 1, name: 'Import records' });
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Choose a file to import')).toBeTruthy();
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');

    await user.upload(
      fileInput(),
      new File(['{"resourceType":"Patient"}'], 'patient.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText('This file holds no FHIR Bundle (its resourceType is not "Bundle")'),
    ).toBeTruthy();

    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 40 * 1024 * 1024 });
    await user.upload(fileInput(), huge);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText('This file is 40.0 MiB; the most that can be imported at once is 32 MiB'),
    ).toBeTruthy();
    await waitFor(() => expect(xhr.sent).toHaveLength(0));
  });

  it('is for organisation administrators only', async () => {
    importPage(buildMe({ patientId: null, memberships: [buildMembership({ role: 'platform_admin' })] }));
    expect(await screen.findByText('For organisation administrators')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });
});
