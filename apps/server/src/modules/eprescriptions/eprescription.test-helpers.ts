import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint } from 'jose';
import { expiryFor, type PrescriptionClaims } from './prescription-claims.ts';
import type { KeyLookup, SigningKey } from './prescription-token.ts';

export const ISSUED_AT = new Date('2026-03-01T09:00:00Z');

/** A realistic prescription: two items with long-ish names, a registration number, a full birth date. */
export function sampleClaims(overrides: Partial<PrescriptionClaims> = {}): PrescriptionClaims {
  return {
    version: 1,
    prescriptionId: '0f8b6c1e-4d2a-4b7e-9c3f-2a1d5e6f7a8b',
    issuer: 'https://care.riverside-clinic.example.org',
    issuedAt: ISSUED_AT,
    expiresAt: expiryFor(ISSUED_AT),
    prescriber: {
      userId: '5a1c9e2b-7d3f-4e8a-b6c1-9f2e4d7a1b3c',
      name: 'Dr Amelia Hartley-Browne',
      registrationNumber: 'GMC 7654321',
      organisation: { id: '9d4e2f1a-3b5c-4a6d-8e7f-1c2b3a4d5e6f', name: 'Riverside Family Practice' },
    },
    patient: {
      id: '7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01',
      name: 'Samuel Peter Jones',
      birthDate: '1972-03-15',
    },
    items: [
      {
        productId: '3c6f9a2d-1e4b-4c7a-9d8e-5f2a1b6c3d4e',
        name: 'Amoxicillin',
        strengthAndForm: '500 mg capsules',
        dosage: 'Take 1 capsule three times a day for 7 days',
        quantity: 21,
        refills: 0,
      },
      {
        productId: '8e2d4c6b-5a3f-4e1d-b7c9-2f6a8d4e1c3b',
        name: 'Salbutamol',
        strengthAndForm: '100 micrograms/dose inhaler',
        dosage: 'Inhale 1-2 puffs when needed for breathlessness, up to 4 times a day',
        quantity: 1,
        refills: 2,
      },
    ],
    ...overrides,
  };
}

/** A fresh ES256 key pair, its RFC 7638 kid, and a lookup that knows it in the given state. */
export async function testKey(state: 'active' | 'retired' | 'revoked' = 'active') {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const kid = await calculateJwkThumbprint(publicKey.export({ format: 'jwk' }) as { kty: 'EC' });
  const signingKey: SigningKey = { kid, privateKey };
  return { signingKey, publicKey, lookup: lookupOf(new Map([[kid, { state, publicKey }]])) };
}

/** A key lookup over a fixed table of keys. */
export function lookupOf(
  keys: ReadonlyMap<string, { state: 'active' | 'retired' | 'revoked'; publicKey: KeyObject }>,
): KeyLookup {
  return async (kid) => {
    const key = keys.get(kid);
    if (!key) return { state: 'unknown' };
    if (key.state === 'revoked') return { state: 'revoked' };
    return { state: key.state, publicKey: key.publicKey };
  };
}
