import type { DispenseRequest, Me } from '@nexus/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import {
  buildMe,
  buildMembership,
  buildProblem,
  jsonResponse,
  problemResponse,
} from '../../../test/fixtures.ts';
import {
  buildVerified,
  PHARMACY_ID,
  PRESCRIPTION_ID,
  PRESCRIPTION_TOKEN,
} from '../../../test/medication-fixtures.ts';
import { bodyOf, callsTo, recordRoutes } from '../../../test/record-api.ts';
import { renderApp } from '../../../test/render.tsx';

const pharmacist = (): Me =>
  buildMe({ patientId: null, memberships: [buildMembership({ role: 'pharmacist' })] });
const pharmacy = `/api/v1/pharmacies/${PHARMACY_ID}`;
const TAMPERED = PRESCRIPTION_TOKEN.replace('.q1Z', '.q2Z');

function pharmacyApi(dispense: (body: DispenseRequest, attempt: number) => Response) {
  let attempts = 0;
  return stubApi(
    recordRoutes(
      { me: pharmacist() },
      {
        [`GET ${pharmacy}/queue`]: () =>
          jsonResponse(200, {
            prescriptions: [
              {
                prescriptionId: PRESCRIPTION_ID,
                patientName: 'Alex Morgan',
                medicine: 'Simvastatin 20 mg tablet',
                remainingUnits: 28,
                signedAt: '2026-03-01T09:00:00.000Z',
                expiresAt: '2026-03-31T09:00:00.000Z',
                token: PRESCRIPTION_TOKEN,
              },
            ],
          }),
        [`POST ${pharmacy}/prescriptions/verify`]: (init) => {
          const { token } = JSON.parse(String(init?.body)) as { token: string };
          return jsonResponse(
            200,
            token === PRESCRIPTION_TOKEN
              ? buildVerified()
              : {
                  valid: false,
                  reason: 'bad-signature',
                  message: 'The prescription code has been changed or forged: do not dispense.',
                },
          );
        },
        [`POST ${pharmacy}/dispenses`]: (init) => {
          attempts += 1;
          return dispense(JSON.parse(String(init?.body)) as DispenseRequest, attempts);
        },
      },
    ),
  );
}

describe('dispensing at the pharmacy', { timeout: 20_000 }, () => {
  it('verifies a typed code, shows what it says, and dispenses part of it', async () => {
    const api = pharmacyApi((body) =>
      jsonResponse(201, {
        dispenseId: 'dispense-1',
        prescriptionId: PRESCRIPTION_ID,
        units: body.units,
        remainingUnits: 28 - body.units,
        status: 'active',
      }),
    );
    const { user } = renderApp('/pharmacy/dispense');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dispense' })).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: /Prescription code/ }));
    await user.paste(`  ${PRESCRIPTION_TOKEN}\n`);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const valid = await screen.findByRole('alert', { name: 'Valid prescription' });
    for (const text of [
      'Alex Morgan',
      'Dr Samira Haddad',
      'Simvastatin 20 mg tablet',
      '1 tablet by mouth',
      '28 of 56 units',
    ])
      expect(valid.textContent).toContain(text);
    expect(bodyOf(callsTo(api.calls, 'POST', `${pharmacy}/prescriptions/verify`)[0])).toEqual({
      token: PRESCRIPTION_TOKEN,
    });

    const units = screen.getByRole('textbox', { name: /Units to dispense/ });
    await user.clear(units);
    await user.type(units, '10');
    await user.click(screen.getByRole('button', { name: 'Dispense' }));
    expect(
      await screen.findByText('Dispensed 10 units. 18 units remain on this prescription.', { exact: false }),
    ).toBeTruthy();
    expect(valid.textContent).toContain('18 of 56 units');
    const body = bodyOf(callsTo(api.calls, 'POST', `${pharmacy}/dispenses`)[0]) as DispenseRequest;
    expect(body).toMatchObject({ token: PRESCRIPTION_TOKEN, units: 10 });
    expect(body.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('retries a dispense whose answer was lost with the same idempotency key, and a new one after', async () => {
    const api = pharmacyApi((body, attempt) =>
      attempt === 1
        ? problemResponse(buildProblem({ status: 503, code: 'unavailable' }))
        : jsonResponse(201, {
            dispenseId: `dispense-${attempt}`,
            prescriptionId: PRESCRIPTION_ID,
            units: body.units,
            remainingUnits: 28 - body.units * (attempt - 1),
            status: 'active',
          }),
    );
    const { user } = renderApp('/pharmacy/dispense');
    const queue = await screen.findByRole('list', { name: 'Sent to this pharmacy' });
    await user.click(
      within(queue).getByRole('button', { name: 'Use this code: Alex Morgan, Simvastatin 20 mg tablet' }),
    );
    expect(await screen.findByRole('alert', { name: 'Valid prescription' })).toBeTruthy();
    const units = screen.getByRole('textbox', { name: /Units to dispense/ });
    await user.clear(units);
    await user.type(units, '7');
    await user.click(screen.getByRole('button', { name: 'Dispense' }));
    expect((await screen.findByRole('alert', { name: 'Not dispensed' })).textContent).toContain('Try again');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Dispensed 7 units/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dispense' }));
    expect(await screen.findByText(/14 units remain/)).toBeTruthy();
    const keys = callsTo(api.calls, 'POST', `${pharmacy}/dispenses`).map(
      (call) => (bodyOf(call) as DispenseRequest).idempotencyKey,
    );
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('refuses a changed code in a red alert, with the reason', async () => {
    pharmacyApi(() => jsonResponse(500, {}));
    const { user } = renderApp('/pharmacy/dispense');
    await user.click(await screen.findByRole('textbox', { name: /Prescription code/ }));
    await user.paste(TAMPERED);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const refused = await screen.findByRole('alert', { name: 'Do not dispense' });
    expect(refused.textContent).toContain(
      'The prescription code has been changed or forged: do not dispense.',
    );
    expect(screen.queryByRole('button', { name: 'Dispense' })).toBeNull();
  });

  it('says so when there is no camera to scan with', async () => {
    pharmacyApi(() => jsonResponse(500, {}));
    const { user } = renderApp('/pharmacy/dispense');
    await user.click(await screen.findByRole('button', { name: 'Scan with camera' }));
    expect(
      await screen.findByRole('alert', {
        name: 'No camera was found on this device. Type or paste the code instead.',
      }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop camera' }));
    expect(screen.getByRole('button', { name: 'Scan with camera' })).toBeTruthy();
  });
});
