import {
  convertToSearchableDates,
  convertToSearchableNumbers,
  convertToSearchableQuantities,
  type TypedValue,
  toTypedValue,
} from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { normaliseSearchString } from './search-normalise.ts';
import { type IndexedParam, indexedParamsOf } from './search-parameters.ts';

export type TokenRow = { param: string; system: string | null; code: string | null; display: string | null };
export type StringRow = { param: string; value: string };
export type DateRow = { param: string; startAt: string; endAt: string };
export type ReferenceRow = { param: string; targetType: string; targetId: string };
export type QuantityRow = { param: string; value: number; system: string | null; code: string | null };

/** What one resource contributes to the search indexes. */
export type IndexRows = {
  tokens: TokenRow[];
  strings: StringRow[];
  dates: DateRow[];
  references: ReferenceRow[];
  quantities: QuantityRow[];
};

type Coding = { system?: string; code?: string; display?: string };
const RELATIVE_REFERENCE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? normaliseSearchString(value) : null;

function tokensOf(param: string, typed: TypedValue): TokenRow[] {
  const value = typed.value as Record<string, unknown> & Coding;
  const coding = (c: Coding): TokenRow => ({
    param,
    system: c.system ?? null,
    code: c.code ?? null,
    display: text(c.display),
  });
  switch (typed.type) {
    case 'Coding':
      return [coding(value)];
    case 'CodeableConcept': {
      const codings = ((value.coding as Coding[] | undefined) ?? []).map(coding);
      const conceptText = text(value.text);
      // The concept's text is searched (:text) like its codings' displays; a row of its own only when it says something else.
      const isNew = conceptText !== null && !codings.some((c) => c.display === conceptText);
      return isNew ? [...codings, { param, system: null, code: null, display: conceptText }] : codings;
    }
    case 'Identifier':
      return [
        {
          param,
          system: (value.system as string) ?? null,
          code: (value.value as string) ?? null,
          display: text((value.type as { text?: string } | undefined)?.text),
        },
      ];
    case 'ContactPoint':
      return [
        {
          param,
          system: (value.system as string) ?? null,
          code: (value.value as string) ?? null,
          display: null,
        },
      ];
    case 'boolean':
      return [{ param, system: null, code: String(typed.value), display: null }];
    default:
      return typeof typed.value === 'string'
        ? [{ param, system: null, code: typed.value, display: null }]
        : [];
  }
}

function stringsOf(param: string, typed: TypedValue): StringRow[] {
  const value = typed.value as Record<string, unknown>;
  const parts: unknown[] =
    typed.type === 'HumanName'
      ? [
          value.text,
          value.family,
          ...((value.given as unknown[]) ?? []),
          ...((value.prefix as unknown[]) ?? []),
          ...((value.suffix as unknown[]) ?? []),
        ]
      : typed.type === 'Address'
        ? [
            value.text,
            ...((value.line as unknown[]) ?? []),
            value.city,
            value.district,
            value.state,
            value.postalCode,
            value.country,
          ]
        : [typed.value];
  return parts.flatMap((part) => {
    const normalised = text(part);
    return normalised ? [{ param, value: normalised }] : [];
  });
}

function referencesOf(param: string, typed: TypedValue): ReferenceRow[] {
  const reference =
    typeof typed.value === 'string' ? typed.value : (typed.value as { reference?: string }).reference;
  const match = reference ? RELATIVE_REFERENCE.exec(reference) : null;
  return match?.[1] && match[2] ? [{ param, targetType: match[1], targetId: match[2] }] : [];
}

function rowsOf(param: IndexedParam, values: TypedValue[], rows: IndexRows): void {
  switch (param.type) {
    case 'token':
    case 'uri':
      for (const value of values) rows.tokens.push(...tokensOf(param.code, value));
      return;
    case 'string':
      for (const value of values) rows.strings.push(...stringsOf(param.code, value));
      return;
    case 'date':
      for (const period of convertToSearchableDates(values)) {
        if (period.start || period.end) {
          rows.dates.push({
            param: param.code,
            startAt: period.start ?? '-infinity',
            endAt: period.end ?? 'infinity',
          });
        }
      }
      return;
    case 'reference':
      for (const value of values) rows.references.push(...referencesOf(param.code, value));
      return;
    case 'quantity':
      for (const quantity of convertToSearchableQuantities(values)) {
        if (typeof quantity.value === 'number') {
          rows.quantities.push({
            param: param.code,
            value: quantity.value,
            system: quantity.system ?? null,
            code: quantity.code ?? quantity.unit ?? null,
          });
        }
      }
      return;
    case 'number':
      for (const [low, high] of convertToSearchableNumbers(values)) {
        const value = low ?? high;
        if (typeof value === 'number')
          rows.quantities.push({ param: param.code, value, system: null, code: null });
      }
      return;
    default:
      return;
  }
}

const dedupe = <T>(rows: T[]): T[] => {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Whether the resource has any of the elements (a choice element `value` is present as `valueQuantity` …). */
function hasAnyRoot(keys: readonly string[], roots: readonly string[]): boolean {
  return roots.some((root) =>
    keys.some((key) => key === root || (key.startsWith(root) && /[A-Z]/.test(key.charAt(root.length)))),
  );
}

/** Evaluates every indexed search parameter of the resource's type against it. */
export function indexRowsOf(resource: Resource): IndexRows {
  const rows: IndexRows = { tokens: [], strings: [], dates: [], references: [], quantities: [] };
  const input = [toTypedValue(resource)];
  const keys = Object.keys(resource);
  for (const param of indexedParamsOf(resource.resourceType).values()) {
    if (param.isUnion || (param.roots && !hasAnyRoot(keys, param.roots))) continue;
    const values = param.expression.eval({ variables: {} }, input);
    if (values.length > 0) rowsOf(param, values, rows);
  }
  return {
    tokens: dedupe(rows.tokens),
    strings: dedupe(rows.strings),
    dates: dedupe(rows.dates),
    references: dedupe(rows.references),
    quantities: dedupe(rows.quantities),
  };
}
