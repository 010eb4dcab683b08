import { describe, expect, it } from 'vitest';
import { buildLabCatalogue } from '../../../test/form-fixtures.ts';
import { toLocalDateTimeInput } from './form-values.ts';
import { checkLabs } from './labs-form.ts';

const tests = buildLabCatalogue();
const now = new Date('2026-03-01T12:00:00.000Z');
const takenAt = toLocalDateTimeInput(new Date('2026-03-01T08:00:00.000Z'));

describe('the lab results form', () => {
  it('sends each result by its LOINC code, in the catalogue unit', () => {
    const { request, errors } = checkLabs(
      [
        { loincCode: '4548-4', text: '6.8' },
        { loincCode: '2823-3', text: '4,2' },
      ],
      tests,
      takenAt,
      now,
    );
    expect(errors).toEqual({ rows: {} });
    expect(request).toEqual({
      effective: '2026-03-01T08:00:00.000Z',
      results: [
        { loincCode: '4548-4', value: 6.8 },
        { loincCode: '2823-3', value: 4.2 },
      ],
    });
  });

  it("keeps each result within the test's plausible bounds, and asks for a value", () => {
    const { request, errors } = checkLabs(
      [
        { loincCode: '4548-4', text: '25' },
        { loincCode: '2823-3', text: '' },
      ],
      tests,
      takenAt,
      now,
    );
    expect(request).toBeNull();
    expect(errors.rows).toEqual({ '4548-4': 'Enter a value from 3 to 20 %', '2823-3': 'Enter the result' });
  });

  it('needs at least one test', () => {
    expect(checkLabs([], tests, takenAt, now).errors).toEqual({ rows: {}, form: 'Add at least one test' });
  });
});
