import type { AssessmentInput, InputValue, ModuleInputField } from '@nexus/contracts';
import { isApiError } from '../../../api/api-error.ts';
import { parseNumber } from '../../records/writing/form-values.ts';
import { riskStrings as s } from '../risk.strings.ts';
import { displayUnit } from '../risk-format.ts';

/** What each field shows, by input key: numbers as typed, 'yes'/'no', a choice's code, '' for nothing. */
export type FieldValues = Record<string, string>;
export type FieldErrors = Record<string, string>;

const textOf = (value: InputValue): string =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);

/** The fields as the record fills them. */
export function initialValues(
  fields: readonly ModuleInputField[],
  prefilled: readonly AssessmentInput[],
): FieldValues {
  const found = new Map(prefilled.map((input) => [input.key, input.value]));
  return Object.fromEntries(
    fields.map((field) => {
      const value = found.get(field.key);
      return [field.key, value === undefined ? '' : textOf(value)];
    }),
  );
}

const rangeOf = (field: ModuleInputField) =>
  field.min === null && field.max === null ? null : s.range(field.min, field.max, displayUnit(field.unit));

function parseField(field: ModuleInputField, text: string): { value: InputValue } | { error: string } {
  switch (field.type) {
    case 'number':
    case 'integer': {
      const value = parseNumber(text);
      if (value === null) return { error: s.numberRequired };
      if (field.type === 'integer' && !Number.isInteger(value)) return { error: s.wholeNumber };
      const range = rangeOf(field);
      if (range && ((field.min !== null && value < field.min) || (field.max !== null && value > field.max)))
        return { error: s.outOfRange(range) };
      return { value };
    }
    case 'boolean':
      return { value: text === 'yes' };
    case 'choice':
      return { value: text };
  }
}

/**
 * The values to send: those the clinician entered or changed. A value left as the record has it is not
 * sent, so the result keeps its source (the record, or a calculation) rather than "entered".
 */
export function enteredInputs(
  fields: readonly ModuleInputField[],
  prefilled: readonly AssessmentInput[],
  values: FieldValues,
): { inputs: Record<string, InputValue> | null; errors: FieldErrors } {
  const found = new Map(prefilled.map((input) => [input.key, input.value]));
  const inputs: Record<string, InputValue> = {};
  const errors: FieldErrors = {};
  for (const field of fields) {
    const text = (values[field.key] ?? '').trim();
    const recorded = found.get(field.key);
    if (text === '') {
      if (field.required && recorded === undefined) errors[field.key] = s.valueRequired;
      continue;
    }
    const parsed = parseField(field, text);
    if ('error' in parsed) errors[field.key] = parsed.error;
    else if (parsed.value !== recorded) inputs[field.key] = parsed.value;
  }
  return { inputs: Object.keys(errors).length > 0 ? null : inputs, errors };
}

/** A 422's field errors (`/body/inputs/egfr`) by input key. */
export function inputErrorsOf(error: unknown): FieldErrors {
  if (!isApiError(error)) return {};
  const fields: FieldErrors = {};
  for (const item of error.problem.errors ?? []) {
    const key = item.pointer.startsWith('/body/inputs/') ? item.pointer.slice('/body/inputs/'.length) : null;
    if (key && !(key in fields)) fields[key] = item.detail;
  }
  return fields;
}

/** A field's range and unit as a hint: "30–90 years". */
export const rangeHint = (field: ModuleInputField): string | null => rangeOf(field);
