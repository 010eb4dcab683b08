import { describe, expect, it } from 'vitest';
import { searchCatalogue } from './search.ts';

const ids = (query: string, limit = 5) =>
  searchCatalogue(query, { limit }).map((match) =>
    match.kind === 'drug' ? match.drug.id : match.product.id,
  );

describe('searchCatalogue', () => {
  it('finds generic names, US names and brands, ignoring case and accents', () => {
    expect(ids('paracetamol')[0]).toBe('paracetamol');
    expect(ids('Acetaminophen')[0]).toBe('paracetamol');
    expect(ids('TYLENOL')[0]).toBe('paracetamol');
    expect(ids('paracétamol')[0]).toBe('paracetamol');
    expect(searchCatalogue('tylenol')[0]).toMatchObject({
      matchedField: 'brand',
      matchedName: 'Tylenol',
      rank: 'exact',
    });
  });

  it('ranks an exact name before prefixes, prefixes before word prefixes, and those before substrings', () => {
    const ranks = searchCatalogue('codeine', { limit: 20 }).map((match) => match.rank);
    expect(ranks[0]).toBe('exact');
    expect([...ranks].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))).toEqual(ranks);
    expect(ids('amlo')[0]).toBe('amlodipine');
    expect(searchCatalogue('mononitrate')[0]).toMatchObject({
      rank: 'word-prefix',
      matchedName: 'Isosorbide mononitrate',
    });
    expect(searchCatalogue('floxacin', { limit: 20 }).every((match) => match.rank === 'substring')).toBe(
      true,
    );
  });

  it('finds combination products by name, without punctuation, and by brand', () => {
    expect(ids('co-codamol')).toContain('co-codamol-30-500mg-tablet');
    expect(ids('cocodamol')).toContain('co-codamol-30-500mg-tablet');
    expect(ids('augmentin')).toContain('co-amoxiclav-500-125mg-tablet');
  });

  it('matches every word of a multi-word query', () => {
    expect(ids('isosorbide mono')[0]).toBe('isosorbide-mononitrate');
    expect(ids('glyceryl tri')[0]).toBe('glyceryl-trinitrate');
  });

  it('returns nothing for an empty query or a zero limit, and at most the limit', () => {
    expect(searchCatalogue('  ')).toEqual([]);
    expect(searchCatalogue('a', { limit: 0 })).toEqual([]);
    expect(searchCatalogue('a', { limit: 7 })).toHaveLength(7);
  });

  it('answers in well under a millisecond', () => {
    const queries = ['p', 'par', 'amox', 'war', 'co-cod', 'lisinopril', 'zzz', 'meto', 'sertra', 'tyl'];
    for (const query of queries) searchCatalogue(query);
    const times: number[] = [];
    for (let round = 0; round < 30; round++) {
      for (const query of queries) {
        const start = performance.now();
        searchCatalogue(query);
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(1);
  });
});

const ORDER = ['exact', 'prefix', 'word-prefix', 'substring'];
