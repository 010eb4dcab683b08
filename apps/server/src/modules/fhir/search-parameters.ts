import type { FhirPathAtom } from '@medplum/core';
import type { SearchParameter } from '@medplum/fhirtypes';
import { searchParameterDetails, searchParametersOf } from './fhir-definitions.ts';
import type { StoredResourceType } from './resource-types.ts';

/** The kinds of search parameter the store indexes (FHIR's composite and special ones it does not). */
export type IndexedParamType = 'token' | 'string' | 'date' | 'reference' | 'quantity' | 'number' | 'uri';

/** One standard R4 search parameter of one resource type, with its FHIRPath parsed once. */
export type IndexedParam = {
  code: string;
  type: IndexedParamType;
  /** The parameter's expression for this resource type, parsed. */
  expression: FhirPathAtom;
  /** For references: the resource types it may point at. */
  targets: readonly string[];
  /**
   * The top-level elements the expression reads (`code`, `value` for value[x] …), so that extraction
   * skips parameters whose elements a resource does not have; null when the expression is not a
   * plain path from the resource (then it is always evaluated).
   */
  roots: readonly string[] | null;
  /**
   * The parameters whose index rows this one reads: itself, or for a union parameter (Observation's
   * combo-code = code | component-code) the parameters it unites, which saves indexing everything twice.
   */
  readsRowsOf: readonly string[];
  /** Not extracted itself: it reads other parameters' rows. */
  isUnion: boolean;
};

const INDEXED_TYPES = new Set<string>(['token', 'string', 'date', 'reference', 'quantity', 'number', 'uri']);
/** Handled from the resource row itself (`_id`, `_lastUpdated`) or not useful to index. */
const NOT_INDEXED = new Set(['_id', '_lastUpdated', '_compartment', '_source', '_text', '_content', '_list']);

const cache = new Map<string, ReadonlyMap<string, IndexedParam>>();

/**
 * The first element after `Type.` in each part of an expression (`Observation.code | Observation.component.code`
 * → code, component). Expressions for other types are ignored; one that starts anywhere else
 * (a function, a variable) gives null.
 */
function rootsOf(resourceType: string, expression: string): string[] | null {
  const parts = expression.split('|').map((part) => part.trim().replace(/^\(+/, ''));
  const roots = new Set<string>();
  for (const part of parts) {
    const match = /^([A-Z][A-Za-z]+)\.([a-z][A-Za-z]*)/.exec(part);
    if (!match) return null;
    if (match[1] === resourceType && match[2]) roots.add(match[2]);
  }
  return [...roots];
}

function build(resourceType: string): ReadonlyMap<string, IndexedParam> {
  const params = new Map<string, IndexedParam>();
  for (const [code, parameter] of Object.entries(searchParametersOf(resourceType)) as [
    string,
    SearchParameter,
  ][]) {
    if (NOT_INDEXED.has(code) || !INDEXED_TYPES.has(parameter.type) || !parameter.expression) continue;
    params.set(code, {
      code,
      type: parameter.type as IndexedParamType,
      expression: searchParameterDetails(resourceType, parameter).parsedExpression,
      targets: parameter.target ?? [],
      roots: rootsOf(resourceType, parameter.expression),
      readsRowsOf: [code],
      isUnion: false,
    });
  }
  // combo-X is exactly X | component-X (R4 Observation): answer it from those two parameters' rows.
  for (const [code, param] of params) {
    const base = code.startsWith('combo-') ? code.slice('combo-'.length) : null;
    if (base && params.has(base) && params.has(`component-${base}`)) {
      params.set(code, { ...param, readsRowsOf: [base, `component-${base}`], isUnion: true });
    }
  }
  return params;
}

/** Every search parameter the store indexes for a resource type, by code. */
export function indexedParamsOf(
  resourceType: StoredResourceType | string,
): ReadonlyMap<string, IndexedParam> {
  let params = cache.get(resourceType);
  if (!params) {
    params = build(resourceType);
    cache.set(resourceType, params);
  }
  return params;
}

/** Parameters every type answers from the resource row itself. */
export const ROW_PARAMS = {
  _id: 'token',
  _lastUpdated: 'date',
} as const satisfies Record<string, IndexedParamType>;
