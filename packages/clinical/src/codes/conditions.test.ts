import { describe, expect, it } from 'vitest';
import {
  findConditionBySnomed,
  findConditionsByIcd10,
  normalizeSearchText,
  searchConditions,
} from './conditions.ts';

const codesOf = (query: string, limit?: number) =>
  searchConditions(query, limit).map((entry) => entry.snomed.code);

describe('condition mappings (SNOMED CT → ICD-10-CM, as in the NLM SNOMED CT to ICD-10-CM map)', () => {
  it.each([
    ['38341003', 'I10'],
    ['44054006', 'E11.9'],
    ['15777000', 'R73.03'],
    ['13645005', 'J44.9'],
    ['254637007', 'C34.90'],
    ['49436004', 'I48.91'],
    ['195967001', 'J45.909'],
  ])('%s maps to %s', (snomed, icd10) => {
    expect(findConditionBySnomed(snomed)?.icd10?.code).toBe(icd10);
    expect(findConditionBySnomed(snomed)?.icd10?.system).toBe('http://hl7.org/fhir/sid/icd-10-cm');
  });

  it('has no ICD-10-CM code for a suspicion (ICD-10-CM outpatient guideline IV.H)', () => {
    expect(findConditionBySnomed('162573006')?.icd10).toBeNull();
  });

  it('finds conditions by ICD-10-CM code with or without the dot', () => {
    expect(findConditionsByIcd10('I10').map((entry) => entry.snomed.code)).toEqual(['38341003']);
    expect(findConditionsByIcd10('e119').map((entry) => entry.snomed.code)).toEqual(['44054006']);
    expect(findConditionBySnomed('999999999')).toBeUndefined();
  });
});

describe('searchConditions ranking', () => {
  it('puts an exact SNOMED CT or ICD-10-CM code first', () => {
    expect(codesOf('38341003')[0]).toBe('38341003');
    expect(codesOf('I10')[0]).toBe('38341003');
    expect(codesOf('j44.9')[0]).toBe('13645005');
  });

  it('puts a display that starts with the query before one that only contains a word starting with it', () => {
    const results = codesOf('asthma');
    expect(results.indexOf('195967001')).toBe(0);
    expect(results).toContain('233678006');
    const hyper = searchConditions('hyper').map((entry) => entry.snomed.display);
    const firstWordMatch = hyper.findIndex((display) => !normalizeSearchText(display).startsWith('hyper'));
    const lastPrefix = hyper.findLastIndex((display) => normalizeSearchText(display).startsWith('hyper'));
    expect(lastPrefix).toBeGreaterThanOrEqual(0);
    expect(firstWordMatch === -1 || firstWordMatch > lastPrefix).toBe(true);
  });

  it('matches any word prefix, and every word of a multi-word query', () => {
    expect(codesOf('kidney')).toEqual(expect.arrayContaining(['709044004', '46177005']));
    expect(codesOf('kidney stage 4')).toEqual(['431857002']);
  });

  it('ignores case and accents', () => {
    expect(codesOf('MENIERE')).toContain('13445001');
    expect(codesOf('ménière')).toContain('13445001');
    expect(codesOf('sjogren')).toContain('83901003');
    expect(codesOf('parkinsons')).toContain('49049000');
  });

  it('finds conditions by lay keywords', () => {
    expect(codesOf('high blood pressure')[0]).toBe('38341003');
    expect(codesOf('sugar')).toEqual(expect.arrayContaining(['44054006', '15777000']));
    expect(codesOf('heartburn')).toEqual(['235595009']);
    expect(codesOf('anaemia')).toEqual(expect.arrayContaining(['271737000', '87522002']));
  });

  it('honours the limit and returns nothing for an empty query', () => {
    expect(codesOf('c', 3)).toHaveLength(3);
    expect(codesOf('   ')).toEqual([]);
    expect(codesOf('zzzz')).toEqual([]);
  });
});
