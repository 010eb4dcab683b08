import { normalizeSearchText } from '../../codes/conditions.ts';
import type { Drug, Product } from './catalogue.types.ts';
import { COMBINATION_PRODUCTS } from './combination-products.table.ts';
import { DRUGS, type DrugId } from './drugs.ts';

/** How a name matched the query, best first. */
export const MATCH_RANKS = ['exact', 'prefix', 'word-prefix', 'substring'] as const;
export type MatchRank = (typeof MATCH_RANKS)[number];

/** Which name of the entry matched: the generic (INN) name, another generic name, or a brand. */
export type MatchedField = 'generic' | 'alias' | 'brand';

type MatchDetail = { matchedName: string; matchedField: MatchedField; rank: MatchRank };

/** A search hit: a drug, or a combination product (co-codamol) found by its own name or brand. */
export type CatalogueMatch =
  | ({ kind: 'drug'; drug: Drug<DrugId> } & MatchDetail)
  | ({ kind: 'product'; product: Product } & MatchDetail);

type IndexedName = {
  name: string;
  field: MatchedField;
  normalized: string;
  /** Without spaces, so that 'cocodamol' finds 'co-codamol'. */
  compact: string;
  words: readonly string[];
};

type IndexedEntry = {
  entry: { kind: 'drug'; drug: Drug<DrugId> } | { kind: 'product'; product: Product };
  names: IndexedName[];
};

const indexName = (name: string, field: MatchedField): IndexedName => {
  const normalized = normalizeSearchText(name);
  return { name, field, normalized, compact: normalized.replace(/ /g, ''), words: normalized.split(' ') };
};

// Built once at module load: every search only compares precomputed strings.
const INDEX: readonly IndexedEntry[] = [
  ...DRUGS.map((drug) => ({
    entry: { kind: 'drug' as const, drug },
    names: [
      indexName(drug.name, 'generic'),
      ...drug.aliases.map((alias) => indexName(alias, 'alias')),
      ...drug.brands.map((brand) => indexName(brand, 'brand')),
    ],
  })),
  ...COMBINATION_PRODUCTS.map((product) => ({
    entry: { kind: 'product' as const, product },
    names: [indexName(product.name, 'generic'), ...product.brands.map((brand) => indexName(brand, 'brand'))],
  })),
];

const RANK_ORDER: Readonly<Record<MatchRank, number>> = {
  exact: 0,
  prefix: 1,
  'word-prefix': 2,
  substring: 3,
};
const FIELD_ORDER: Readonly<Record<MatchedField, number>> = { generic: 0, alias: 1, brand: 2 };
const SUBSTRING_MIN_LENGTH = 3;

type Query = { normalized: string; compact: string; words: readonly string[] };

function rankName(name: IndexedName, query: Query): MatchRank | null {
  if (name.normalized === query.normalized || name.compact === query.compact) return 'exact';
  if (name.normalized.startsWith(query.normalized) || name.compact.startsWith(query.compact)) return 'prefix';
  if (query.words.every((word) => name.words.some((candidate) => candidate.startsWith(word))))
    return 'word-prefix';
  if (query.compact.length >= SUBSTRING_MIN_LENGTH && name.compact.includes(query.compact))
    return 'substring';
  return null;
}

type Scored = { item: IndexedEntry; name: IndexedName; rank: MatchRank };

function bestName(item: IndexedEntry, query: Query): Scored | null {
  let best: Scored | null = null;
  for (const name of item.names) {
    const rank = rankName(name, query);
    if (rank === null) continue;
    if (
      best === null ||
      RANK_ORDER[rank] < RANK_ORDER[best.rank] ||
      (RANK_ORDER[rank] === RANK_ORDER[best.rank] && FIELD_ORDER[name.field] < FIELD_ORDER[best.name.field])
    ) {
      best = { item, name, rank };
    }
  }
  return best;
}

const compareScored = (a: Scored, b: Scored) =>
  RANK_ORDER[a.rank] - RANK_ORDER[b.rank] ||
  FIELD_ORDER[a.name.field] - FIELD_ORDER[b.name.field] ||
  (a.item.entry.kind === b.item.entry.kind ? 0 : a.item.entry.kind === 'drug' ? -1 : 1) ||
  a.name.normalized.length - b.name.normalized.length ||
  a.name.normalized.localeCompare(b.name.normalized);

/**
 * Search-as-you-type over generic names, other generic names (acetaminophen) and brands, case- and
 * accent-insensitive. Ranked: the whole name, then names starting with the query, then names with a
 * word starting with each query word, then (three characters or more) names containing it; generic
 * names before aliases before brands, shorter names first.
 */
export function searchCatalogue(query: string, options: { limit?: number } = {}): CatalogueMatch[] {
  const limit = options.limit ?? 10;
  const normalized = normalizeSearchText(query);
  if (normalized === '' || limit <= 0) return [];
  const parsed: Query = { normalized, compact: normalized.replace(/ /g, ''), words: normalized.split(' ') };
  const hits: Scored[] = [];
  for (const item of INDEX) {
    const scored = bestName(item, parsed);
    if (scored) hits.push(scored);
  }
  return hits
    .sort(compareScored)
    .slice(0, limit)
    .map(({ item, name, rank }) => ({
      ...item.entry,
      matchedName: name.name,
      matchedField: name.field,
      rank,
    }));
}
