import { type LabTestDefinition, RecordLabsRequest } from '@nexus/contracts';
import { isInFuture, localDateTimeToIso, parseNumber } from './form-values.ts';
import { writingStrings as s } from './writing.strings.ts';

/** One test on the form: which (by LOINC code) and the result as typed. */
export type LabRowDraft = { loincCode: string; text: string };

export type LabsErrors = { takenAt?: string; form?: string; rows: Record<string, string> };
export type CheckedLabs = { request: RecordLabsRequest | null; errors: LabsErrors };

/** The catalogue's tests that can be recorded (a test without a LOINC code cannot be sent). */
export const recordableTests = (tests: readonly LabTestDefinition[]) =>
  tests.filter((test): test is LabTestDefinition & { loinc: { code: string } } => test.loinc.code !== null);

/**
 * Checks the lab results form: at least one test, each result a number within the catalogue's
 * plausible bounds for the test (in its unit), and a sampling time that is not in the future.
 */
export function checkLabs(
  rows: readonly LabRowDraft[],
  tests: readonly LabTestDefinition[],
  takenAt: string,
  now: Date,
): CheckedLabs {
  const errors: LabsErrors = { rows: {} };
  const results: RecordLabsRequest['results'] = [];
  if (rows.length === 0) errors.form = s.atLeastOneTest;
  for (const row of rows) {
    const test = tests.find((candidate) => candidate.loinc.code === row.loincCode);
    if (!test) continue;
    const text = row.text.trim();
    const value = parseNumber(text);
    if (text === '') errors.rows[row.loincCode] = s.resultRequired;
    else if (value === null) errors.rows[row.loincCode] = s.number;
    else if (value < test.min || value > test.max)
      errors.rows[row.loincCode] = s.between(test.min, test.max, test.unit);
    else results.push({ loincCode: row.loincCode, value });
  }
  const effective = localDateTimeToIso(takenAt);
  if (!effective) errors.takenAt = s.takenAtRequired;
  else if (isInFuture(effective, now)) errors.takenAt = s.takenAtFuture;

  const hasErrors =
    errors.form !== undefined || errors.takenAt !== undefined || Object.keys(errors.rows).length > 0;
  if (hasErrors || !effective) return { request: null, errors };
  const parsed = RecordLabsRequest.safeParse({ effective, results });
  return parsed.success
    ? { request: parsed.data, errors }
    : { request: null, errors: { rows: {}, form: parsed.error.issues[0]?.message ?? s.atLeastOneTest } };
}
