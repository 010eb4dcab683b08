import { type RawBuilder, sql } from 'kysely';
import { FhirError, issue } from './operation-outcome.ts';
import { parseReference } from './references.ts';
import { searchDateRange } from './search-dates.ts';
import { normaliseSearchString } from './search-normalise.ts';
import type { Condition, SearchQuery, SortKey } from './search-request.ts';

type Sql = RawBuilder<unknown>;

const TABLE_OF = {
  token: 'fhir_token_index',
  uri: 'fhir_token_index',
  string: 'fhir_string_index',
  date: 'fhir_date_index',
  reference: 'fhir_reference_index',
  quantity: 'fhir_quantity_index',
  number: 'fhir_quantity_index',
} as const;

const invalidValue = (condition: Condition, value: string, why: string) =>
  new FhirError(400, 'invalid_search', [
    issue('value', `${condition.code}=${value}: ${why}`, condition.code),
  ]);

const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const likeAnywhere = (text: string) => `%${likePrefix(text)}`;

/**
 * `exists (select 1 from <index> i where i is r's row for the parameter and <match>)`. When the search
 * is for named patients the index rows are narrowed to them too, so the planner starts from the
 * (type, param, code, patient) index instead of every patient's rows with that code.
 */
function indexed(condition: Condition, match: Sql, patientIds: readonly string[] | undefined): Sql {
  const params = condition.param?.readsRowsOf ?? [condition.code];
  const param = params.length === 1 ? sql`i.param = ${params[0]}` : sql`i.param in (${sql.join(params)})`;
  const patients = patientIds?.length ? sql` and i.patient_id in (${sql.join(patientIds)})` : sql``;
  return sql`exists (select 1 from ${sql.table(TABLE_OF[condition.type])} i
    where i.resource_type = r.resource_type and i.resource_id = r.id and ${param}${patients} and ${match})`;
}

function tokenMatch(condition: Condition, value: string): Sql {
  if (condition.operator === 'text') return sql`i.display like ${likePrefix(normaliseSearchString(value))}`;
  if (condition.type === 'uri') {
    return condition.operator === 'below' ? sql`i.code like ${likePrefix(value)}` : sql`i.code = ${value}`;
  }
  const bar = value.indexOf('|');
  if (bar === -1) return sql`i.code = ${value}`;
  const system = value.slice(0, bar);
  const code = value.slice(bar + 1);
  const systemMatch = system === '' ? sql`i.system is null` : sql`i.system = ${system}`;
  return code === '' ? systemMatch : sql`${systemMatch} and i.code = ${code}`;
}

function stringMatch(condition: Condition, value: string): Sql {
  const text = normaliseSearchString(value);
  if (condition.operator === 'exact') return sql`i.value = ${text}`;
  if (condition.operator === 'contains') return sql`i.value like ${likeAnywhere(text)}`;
  return sql`i.value like ${likePrefix(text)}`;
}

/** FHIR date comparison: the resource's range against the search value's range (its precision). */
function dateMatch(
  condition: Condition,
  value: string,
  now: Date,
  start = sql`i.start_at`,
  end = sql`i.end_at`,
): Sql {
  const range = searchDateRange(value);
  if (!range) throw invalidValue(condition, value, 'not a FHIR date or dateTime');
  const { low, high } = range;
  const isWithin = sql`(${start} >= ${low} and ${end} <= ${high})`;
  switch (condition.operator) {
    case 'eq':
      return isWithin;
    case 'ne':
      return sql`not ${isWithin}`;
    case 'gt':
      return sql`${end} > ${high}`;
    case 'lt':
      return sql`${start} < ${low}`;
    case 'ge':
      return sql`(${end} > ${high} or ${isWithin})`;
    case 'le':
      return sql`(${start} < ${low} or ${isWithin})`;
    case 'sa':
      return sql`${start} > ${high}`;
    case 'eb':
      return sql`${end} < ${low}`;
    default: {
      // ap: overlaps the value widened by 10% of its distance from now (at least a day).
      const widenMs = Math.max(86_400_000, Math.abs(now.getTime() - new Date(low).getTime()) * 0.1);
      const from = new Date(new Date(low).getTime() - widenMs).toISOString();
      const to = new Date(new Date(high).getTime() + widenMs).toISOString();
      return sql`(${start} <= ${to} and ${end} >= ${from})`;
    }
  }
}

function numberMatch(condition: Condition, value: string): Sql {
  const [numberText = '', system, code] = value.split('|');
  const number = Number(numberText);
  if (numberText.trim() === '' || !Number.isFinite(number))
    throw invalidValue(condition, value, 'not a number');
  const decimals = numberText.includes('.') ? (numberText.split('.')[1]?.length ?? 0) : 0;
  const half = 0.5 * 10 ** -decimals;
  const compare = {
    eq: sql`i.value >= ${number - half} and i.value < ${number + half}`,
    ne: sql`not (i.value >= ${number - half} and i.value < ${number + half})`,
    gt: sql`i.value > ${number}`,
    lt: sql`i.value < ${number}`,
    ge: sql`i.value >= ${number}`,
    le: sql`i.value <= ${number}`,
    ap: sql`i.value between ${number - Math.abs(number) * 0.1} and ${number + Math.abs(number) * 0.1}`,
  }[condition.operator as 'eq'];
  if (!compare) throw invalidValue(condition, value, `${condition.operator} does not apply to numbers`);
  const unit = [...(system ? [sql`i.system = ${system}`] : []), ...(code ? [sql`i.code = ${code}`] : [])];
  return unit.length ? sql`${compare} and ${sql.join(unit, sql` and `)}` : compare;
}

function referenceMatch(condition: Condition, value: string): Sql {
  if (condition.operator === 'identifier') {
    throw new FhirError(400, 'not_supported', [
      issue('not-supported', ':identifier is not supported.', condition.code),
    ]);
  }
  const key = parseReference(value.replace(/^https?:\/\/[^?#]*?\/(?=[A-Z][A-Za-z]+\/[^/]+$)/, ''));
  if (key) return sql`i.target_type = ${key.resourceType} and i.target_id = ${key.id}`;
  const targets = condition.param?.targets ?? [];
  if (/^[A-Za-z0-9\-.]{1,64}$/.test(value) && targets.length > 0) {
    return sql`i.target_type in (${sql.join(targets)}) and i.target_id = ${value}`;
  }
  throw invalidValue(condition, value, 'not a reference (Type/id, or an id)');
}

/** The SQL predicate for one condition (its values ORed), on the row alias `r`. */
export function conditionSql(condition: Condition, now: Date, patientIds?: readonly string[]): Sql {
  if (condition.operator === 'missing') {
    const isMissing = condition.values[0] === 'true';
    const any = indexed(condition, sql`true`, patientIds);
    return isMissing ? sql`not ${any}` : any;
  }
  if (condition.code === '_id') return sql`r.id in (${sql.join(condition.values)})`;
  if (condition.code === '_lastUpdated') {
    return sql`(${sql.join(
      condition.values.map((v) => dateMatch(condition, v, now, sql`r.last_updated`, sql`r.last_updated`)),
      sql` or `,
    )})`;
  }
  const matchOf = (value: string): Sql => {
    switch (condition.type) {
      case 'token':
      case 'uri':
        return tokenMatch(condition, value);
      case 'string':
        return stringMatch(condition, value);
      case 'date':
        return dateMatch(condition, value, now);
      case 'reference':
        return referenceMatch(condition, value);
      default:
        return numberMatch(condition, value);
    }
  };
  const anyValue = sql`(${sql.join(condition.values.map(matchOf), sql` or `)})`;
  return condition.operator === 'not'
    ? sql`not ${indexed(condition, anyValue, patientIds)}`
    : indexed(condition, anyValue, patientIds);
}

/** ORDER BY for the sort keys (first value of multi-valued parameters), then a stable tie-break. */
export function orderSql(sort: readonly SortKey[]): Sql {
  const keys = sort.map((key) => {
    const direction = key.isDescending ? sql`desc nulls last` : sql`asc nulls last`;
    if (key.code === '_lastUpdated') return sql`r.last_updated ${direction}`;
    if (key.code === '_id') return sql`r.id ${direction}`;
    const column = {
      date: sql`start_at`,
      string: sql`value`,
      token: sql`code`,
      number: sql`value`,
      quantity: sql`value`,
    }[key.type as 'date'];
    return sql`(select min(i.${column}) from ${sql.table(TABLE_OF[key.type])} i
      where i.resource_type = r.resource_type and i.resource_id = r.id and i.param = ${key.code}) ${direction}`;
  });
  return sql.join([...(keys.length ? keys : [sql`r.last_updated desc`]), sql`r.id asc`]);
}

export type { SearchQuery };
