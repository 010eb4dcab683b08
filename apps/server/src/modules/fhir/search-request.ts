import { type Filter, type IncludeTarget, parseSearchRequest, splitSearchOnComma } from '@medplum/core';
import { FhirError, issue } from './operation-outcome.ts';
import {
  type IndexedParam,
  type IndexedParamType,
  indexedParamsOf,
  ROW_PARAMS,
} from './search-parameters.ts';

/** One search condition: a parameter, how it compares (prefix or modifier), and its values (ORed). */
export type Condition = {
  code: string;
  type: IndexedParamType;
  param: IndexedParam | null;
  operator: Filter['operator'];
  values: string[];
};

export type SortKey = { code: string; type: IndexedParamType; isDescending: boolean };

/** A search request, checked against what this server can answer. */
export type SearchQuery = {
  resourceType: string;
  conditions: Condition[];
  sort: SortKey[];
  count: number;
  offset: number;
  total: 'none' | 'estimate' | 'accurate';
  isCountOnly: boolean;
  include: IncludeTarget[];
  revInclude: IncludeTarget[];
};

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 1000;

/** Result parameters the server reads itself or harmlessly ignores (formatting). */
const IGNORED = new Set(['_format', '_pretty']);
const SUPPORTED_MODIFIERS: Record<IndexedParamType, readonly string[]> = {
  token: ['eq', 'not', 'text', 'missing', 'present'],
  uri: ['eq', 'below', 'missing'],
  string: ['eq', 'contains', 'exact', 'missing', 'sw'],
  date: ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb', 'ap', 'missing'],
  number: ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'ap', 'missing'],
  quantity: ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'ap', 'missing'],
  reference: ['eq', 'missing', 'identifier'],
};

const invalidSearch = (text: string, expression?: string) =>
  new FhirError(400, 'invalid_search', [issue('invalid', text, expression)]);

function paramFor(
  resourceType: string,
  code: string,
): { type: IndexedParamType; param: IndexedParam | null } | undefined {
  if (code in ROW_PARAMS) return { type: ROW_PARAMS[code as keyof typeof ROW_PARAMS], param: null };
  const param = indexedParamsOf(resourceType).get(code);
  return param ? { type: param.type, param } : undefined;
}

function checkIncludes(targets: readonly IncludeTarget[], name: string): IncludeTarget[] {
  for (const target of targets) {
    const param = indexedParamsOf(target.resourceType).get(target.searchParam);
    if (param?.type !== 'reference') {
      throw invalidSearch(
        `${name}=${target.resourceType}:${target.searchParam} names no reference parameter.`,
        name,
      );
    }
    if (target.modifier === 'iterate') throw invalidSearch(`${name}:iterate is not supported.`, name);
  }
  return [...targets];
}

/**
 * Reads a FHIR search query string (as parsed key → values) into a SearchQuery. Unknown parameters
 * are refused (a mistyped `patinet=` must not silently return every record one may see), unless
 * the client asks for lenient handling (`Prefer: handling=lenient`), when they are ignored.
 */
export function readSearchQuery(
  resourceType: string,
  query: Record<string, string | string[] | undefined>,
  options: { isLenient?: boolean } = {},
): SearchQuery {
  const kept: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(query)) {
    if (IGNORED.has(key) || value === undefined) continue;
    kept[key] = Array.isArray(value) ? value : [value];
  }
  const offsetText = kept._offset?.[0];
  delete kept._offset;
  for (const key of [
    '_elements',
    '_contained',
    '_containedType',
    '_has',
    '_filter',
    '_query',
    '_list',
    '_text',
    '_content',
  ]) {
    if (kept[key])
      throw new FhirError(400, 'not_supported', [
        issue('not-supported', `${key} is not supported by this server.`, key),
      ]);
  }
  const summary = kept._summary?.[0];
  if (summary && summary !== 'count' && summary !== 'false') {
    throw new FhirError(400, 'not_supported', [
      issue('not-supported', `_summary=${summary} is not supported (count is).`, '_summary'),
    ]);
  }
  delete kept._summary;

  const parsed = parseSearchRequest(resourceType, kept);
  const conditions: Condition[] = [];
  for (const filter of parsed.filters ?? []) {
    const [code, chain] = filter.code.split('.', 2);
    if (chain !== undefined)
      throw new FhirError(400, 'not_supported', [
        issue('not-supported', `Chained search (${filter.code}) is not supported.`, filter.code),
      ]);
    const known = code ? paramFor(resourceType, code) : undefined;
    if (!code || !known) {
      if (options.isLenient) continue;
      throw invalidSearch(
        `${resourceType} has no search parameter "${filter.code}" on this server.`,
        filter.code,
      );
    }
    if (!SUPPORTED_MODIFIERS[known.type].includes(filter.operator)) {
      throw new FhirError(400, 'not_supported', [
        issue(
          'not-supported',
          `"${filter.operator}" is not supported for the ${known.type} parameter ${code}.`,
          code,
        ),
      ]);
    }
    const values =
      filter.operator === 'missing'
        ? [filter.value]
        : splitSearchOnComma(filter.value).filter((v) => v !== '');
    if (values.length === 0) throw invalidSearch(`The parameter ${code} has no value.`, code);
    conditions.push({ code, type: known.type, param: known.param, operator: filter.operator, values });
  }

  const sort = (parsed.sortRules ?? []).map((rule) => {
    const known = paramFor(resourceType, rule.code);
    if (!known || !['date', 'string', 'token', 'number', 'quantity'].includes(known.type)) {
      throw invalidSearch(`Cannot sort ${resourceType} by "${rule.code}".`, '_sort');
    }
    return { code: rule.code, type: known.type, isDescending: rule.descending === true };
  });

  const count = parsed.count ?? DEFAULT_COUNT;
  const offset = offsetText === undefined ? 0 : Number(offsetText);
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT)
    throw invalidSearch(`_count must be between 0 and ${MAX_COUNT}.`, '_count');
  if (!Number.isInteger(offset) || offset < 0)
    throw invalidSearch('_offset must be a whole number of at least 0.', '_offset');
  return {
    resourceType,
    conditions,
    sort,
    count,
    offset,
    total: parsed.total ?? 'accurate',
    isCountOnly: summary === 'count',
    include: checkIncludes(parsed.include ?? [], '_include'),
    revInclude: checkIncludes(parsed.revInclude ?? [], '_revinclude'),
  };
}
