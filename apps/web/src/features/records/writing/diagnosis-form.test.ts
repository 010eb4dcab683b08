import { describe, expect, it } from 'vitest';
import { buildConditionConcepts } from '../../../test/form-fixtures.ts';
import { checkDiagnosis, type DiagnosisDraft } from './diagnosis-form.ts';

const [hypertension] = buildConditionConcepts();
const now = new Date('2026-03-01T12:00:00.000Z');
const draft: DiagnosisDraft = {
  concept: hypertension ?? null,
  clinicalStatus: 'active',
  verificationStatus: 'confirmed',
  onsetDate: '',
  note: '',
};

describe('the diagnosis form', () => {
  it('sends the SNOMED CT concept chosen, its status and verification, leaving out what is empty', () => {
    expect(checkDiagnosis(draft, now).request).toEqual({
      code: { system: 'http://snomed.info/sct', code: '59621000', display: 'Essential hypertension' },
      clinicalStatus: 'active',
      verificationStatus: 'confirmed',
    });
    expect(
      checkDiagnosis(
        {
          ...draft,
          onsetDate: '2025-11-20',
          note: '  Home readings 150/95. ',
          verificationStatus: 'provisional',
        },
        now,
      ).request,
    ).toMatchObject({
      onsetDate: '2025-11-20',
      note: 'Home readings 150/95.',
      verificationStatus: 'provisional',
    });
  });

  it('needs a condition from the catalogue and an onset that is a real day, not in the future', () => {
    expect(checkDiagnosis({ ...draft, concept: null }, now).errors).toEqual({
      concept: 'Search for the diagnosis and choose it from the list',
    });
    expect(checkDiagnosis({ ...draft, onsetDate: '2026-03-02' }, now).errors).toEqual({
      onsetDate: 'The onset cannot be in the future',
    });
    expect(checkDiagnosis({ ...draft, onsetDate: '2025-02-29' }, now).errors).toEqual({
      onsetDate: 'Enter a date, like 2024-03-15',
    });
  });
});
