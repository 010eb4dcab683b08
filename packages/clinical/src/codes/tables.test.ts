import { describe, expect, it } from 'vitest';
import { isIcd10CmShape, isValidLoincCode, isValidSnomedConceptId } from './check-digits.ts';
import { LOINC, SYSTEMS } from './code-systems.ts';
import { CONDITIONS } from './conditions.ts';
import { findLoincTest, LAB_TESTS, LOINC_TESTS, VITAL_SIGNS } from './loinc-tests.ts';
import { LAB_PANELS, PACK_YEARS_SNOMED, SMOKING_STATUSES } from './social-history.table.ts';
import { conversionToCanonical } from './units.ts';

// Codes and units of the numeric vital-sign and laboratory Observations, and the Condition codes, in the
// Synthea FHIR R4 sample bundles (listed once with a script; the bundles are not part of the repository).
const SYNTHEA_QUANTITIES: readonly (readonly [string, string])[] = [
  ['18262-6', 'mg/dL'],
  ['20565-8', 'mmol/L'],
  ['2069-3', 'mmol/L'],
  ['2085-9', 'mg/dL'],
  ['2093-3', 'mg/dL'],
  ['21000-5', 'fL'],
  ['2339-0', 'mg/dL'],
  ['2571-8', 'mg/dL'],
  ['2857-1', 'ng/mL'],
  ['29463-7', 'kg'],
  ['2947-0', 'mmol/L'],
  ['32207-3', 'fL'],
  ['32623-1', 'fL'],
  ['33914-3', 'mL/min/{1.73_m2}'],
  ['38483-4', 'mg/dL'],
  ['39156-5', 'kg/m2'],
  ['4544-3', '%'],
  ['4548-4', '%'],
  ['49765-1', 'mg/dL'],
  ['57905-2', 'ng/mL'],
  ['6298-4', 'mmol/L'],
  ['6299-2', 'mg/dL'],
  ['6690-2', '10*3/uL'],
  ['718-7', 'g/dL'],
  ['72514-3', '{score}'],
  ['777-3', '10*3/uL'],
  ['785-6', 'pg'],
  ['786-4', 'g/dL'],
  ['787-2', 'fL'],
  ['789-8', '10*6/uL'],
  ['8302-2', 'cm'],
  ['8331-1', 'Cel'],
  ['8462-4', 'mm[Hg]'],
  ['8480-6', 'mm[Hg]'],
];
const SYNTHEA_CONDITIONS = [
  '10509002',
  '126906006',
  '15777000',
  '162573006',
  '162864005',
  '195662009',
  '230690007',
  '232353008',
  '233678006',
  '254637007',
  '271737000',
  '283385000',
  '284549007',
  '36971009',
  '38341003',
  '40055000',
  '410429000',
  '424132000',
  '428251008',
  '429007001',
  '444814009',
  '68496003',
  '74400008',
  '87433001',
  '92691004',
  '93761005',
  '75498004',
];

const duplicates = (values: readonly string[]) =>
  values.filter((value, index) => values.indexOf(value) !== index);

describe('LOINC tables', () => {
  it('covers the brief: vital signs, about 35+ laboratory tests', () => {
    for (const code of [
      '85354-9',
      '8480-6',
      '8462-4',
      '8867-4',
      '9279-1',
      '8310-5',
      '59408-5',
      '2708-6',
      '29463-7',
    ]) {
      expect(VITAL_SIGNS.map((test) => test.code)).toContain(code);
    }
    expect(LAB_TESTS.length).toBeGreaterThanOrEqual(35);
  });

  it('has a valid Regenstrief mod-10 check digit on every code, panel and named code', () => {
    const codes = [
      ...LOINC_TESTS.map((test) => test.code),
      ...LAB_PANELS.map((panel) => panel.code),
      ...Object.values(LOINC),
    ];
    expect(codes.filter((code) => !isValidLoincCode(code))).toEqual([]);
  });

  it('has no duplicate codes', () => {
    expect(duplicates(LOINC_TESTS.map((test) => test.code))).toEqual([]);
  });

  it('has sound ranges: low < high, at most one rule per sex, criticals outside the range, inside the entry bounds', () => {
    for (const test of LOINC_TESTS) {
      expect(test.inputMin, test.code).toBeLessThan(test.inputMax);
      expect(duplicates(test.ranges.map((rule) => rule.sex ?? 'any')), test.code).toEqual([]);
      for (const rule of test.ranges) {
        if (rule.low !== undefined && rule.high !== undefined)
          expect(rule.low, test.code).toBeLessThan(rule.high);
        for (const limit of [rule.low, rule.high]) {
          if (limit !== undefined) expect(limit, test.code).toBeGreaterThanOrEqual(test.inputMin);
          if (limit !== undefined) expect(limit, test.code).toBeLessThanOrEqual(test.inputMax);
        }
        if (test.critical?.low !== undefined && rule.low !== undefined) {
          expect(test.critical.low, test.code).toBeLessThan(rule.low);
        }
        if (test.critical?.high !== undefined && rule.high !== undefined) {
          expect(test.critical.high, test.code).toBeGreaterThan(rule.high);
        }
      }
      for (const alternate of [...(test.alternateUnits ?? []), ...(test.affineUnits ?? [])]) {
        expect(alternate.factor, test.code).toBeGreaterThan(0);
        expect(alternate.unit, test.code).not.toBe(test.unit);
      }
      expect(test.source.length, test.code).toBeGreaterThan(10);
    }
  });

  it('includes every numeric LOINC code of the Synthea samples, accepting the unit they use', () => {
    for (const [code, unit] of SYNTHEA_QUANTITIES) {
      const test = findLoincTest(code);
      expect(test, code).toBeDefined();
      expect(test && conversionToCanonical(test, unit), `${code} ${unit}`).toEqual({ factor: 1, offset: 0 });
    }
  });

  it('names every LOINC constant that is a numeric test after a curated test', () => {
    const notNumeric = new Set([
      LOINC.smokingStatus,
      LOINC.dateQuitSmoking,
      ...LAB_PANELS.map((panel) => panel.code),
    ]);
    for (const code of Object.values(LOINC)) {
      if (!notNumeric.has(code)) expect(findLoincTest(code), code).toBeDefined();
    }
  });
});

describe('condition table', () => {
  it('has about 70+ conditions including every Synthea sample condition', () => {
    expect(CONDITIONS.length).toBeGreaterThanOrEqual(70);
    const codes = CONDITIONS.map((entry) => entry.snomed.code);
    expect(SYNTHEA_CONDITIONS.filter((code) => !codes.includes(code))).toEqual([]);
  });

  it('has a valid SNOMED CT concept id (Verhoeff, partition) on every condition and smoking answer', () => {
    const ids = [
      ...CONDITIONS.map((entry) => entry.snomed.code),
      ...SMOKING_STATUSES.map((status) => status.code),
      PACK_YEARS_SNOMED.code,
    ];
    expect(ids.filter((id) => !isValidSnomedConceptId(id))).toEqual([]);
  });

  it('has well-formed ICD-10-CM codes and systems, no duplicate SNOMED ids, and a preferred term for each', () => {
    for (const entry of CONDITIONS) {
      expect(entry.snomed.system).toBe(SYSTEMS.snomed);
      expect(entry.snomed.display.trim().length, entry.snomed.code).toBeGreaterThan(2);
      if (entry.icd10) {
        expect(isIcd10CmShape(entry.icd10.code), entry.icd10.code).toBe(true);
        expect(entry.icd10.system).toBe(SYSTEMS.icd10cm);
      }
    }
    expect(duplicates(CONDITIONS.map((entry) => entry.snomed.code))).toEqual([]);
  });
});

describe('smoking statuses', () => {
  it('holds the ONC value set with its meaning', () => {
    const kind = (code: string) => SMOKING_STATUSES.find((status) => status.code === code)?.kind;
    expect(kind('449868002')).toBe('current');
    expect(kind('428041000124106')).toBe('current');
    expect(kind('8517006')).toBe('former');
    expect(kind('266919005')).toBe('never');
    expect(kind('77176002')).toBe('current');
    expect(kind('266927001')).toBe('unknown');
    expect(kind('428071000124103')).toBe('current');
    expect(kind('428061000124105')).toBe('current');
  });
});
