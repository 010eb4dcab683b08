import { describe, expect, it } from 'vitest';
import { allergenText, catalogueKnowledge, identifyMedicine } from './catalogue-knowledge.ts';

describe('medicines in imported records', () => {
  it('finds the catalogue product of an RxNorm-style name, with its strength', () => {
    expect(identifyMedicine({ text: 'lisinopril 10 MG Oral Tablet' })).toMatch(/^lisinopril-10mg/);
    expect(identifyMedicine({ text: 'naproxen sodium 220 MG Oral Tablet' })).toMatch(/^naproxen/);
    expect(
      identifyMedicine({ text: '24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet' }),
    ).toMatch(/^metformin/);
    expect(identifyMedicine({ text: '200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler' })).toMatch(
      /^salbutamol/,
    );
    expect(identifyMedicine({ text: 'Unobtainium 5 MG Oral Tablet' })).toBeNull();
  });

  it('reads the substance of an allergy as records word it', () => {
    expect(allergenText('Allergy to penicillin')).toBe('penicillin');
    expect(allergenText('Penicillin allergy')).toBe('Penicillin');
    expect(allergenText('Allergic to sulfa')).toBe('sulfa');
  });

  it('flags amoxicillin for "Allergy to penicillin" and says what it could not match', () => {
    const result = catalogueKnowledge.check(
      {
        productId: 'amoxicillin-500mg-capsule',
        dosage: {
          doseQuantity: 1,
          doseUnit: 'capsule',
          route: 'oral',
          timing: { kind: 'times-per-day', timesPerDay: 3 },
          startDate: '2026-12-01',
          durationDays: 7,
          instructions: null,
        },
      },
      [],
      [
        { label: 'Allergy to penicillin', codings: [] },
        { label: 'Allergy to moonbeams', codings: [] },
      ],
    );
    expect(result.alerts.find((alert) => alert.kind === 'allergy')).toMatchObject({
      needsOverride: true,
      involves: expect.arrayContaining(['Allergy to penicillin']),
    });
    expect(result.unrecognisedAllergies).toEqual(['Allergy to moonbeams']);
  });
});
