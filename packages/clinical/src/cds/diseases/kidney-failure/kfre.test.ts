import { describe, expect, it } from 'vitest';
import { createDiseaseRegistry, InvalidModuleInputError } from '../../registry.ts';
import { diseaseModules } from './index.ts';
import { acrMgMmolToMgG, kfreRisk } from './kfre.ts';

describe('KFRE 4-variable (Tangri 2011/2016)', () => {
  it('reproduces the kfre package example: 57.28-year-old woman, eGFR 15, ACR 1762 mg/g, outside North America', () => {
    const risk = kfreRisk({ ageYears: 57.28, sex: 'female', egfr: 15, acrMgG: 1762.00184 }, 'other');
    expect(risk.twoYear).toBeCloseTo(0.4466, 4);
    expect(risk.fiveYear).toBeCloseTo(0.8989, 4);
  });

  it('reproduces a kfre batch row: 65-year-old man, eGFR 19, ACR 30 mg/g, outside North America', () => {
    const risk = kfreRisk({ ageYears: 65, sex: 'male', egfr: 19, acrMgG: 30 }, 'other');
    expect(risk.twoYear).toBeCloseTo(0.063123, 5);
    expect(risk.fiveYear).toBeCloseTo(0.223128, 5);
  });

  it('at the centring profile the hazard ratio is 1, so the risk is 1 − S0', () => {
    // ln ACR = 5.137 and male = 0.5642 are not reachable with a binary sex, so check each sex against the hand value.
    const acr = Math.exp(5.137);
    const male = kfreRisk({ ageYears: 70.36, sex: 'male', egfr: 36.11, acrMgG: acr }, 'north-america');
    // lp = 0.2467 × (1 − 0.5642) = 0.107512; 1 − 0.924^exp(0.107512) = 0.084253
    expect(male.fiveYear).toBeCloseTo(1 - 0.924 ** Math.exp(0.2467 * (1 - 0.5642)), 10);
    expect(male.fiveYear).toBeCloseTo(0.084253, 5);
  });

  it('converts ACR mg/mmol to mg/g with the creatinine molar mass', () => {
    expect(acrMgMmolToMgG(3)).toBeCloseTo(26.52, 2);
    expect(acrMgMmolToMgG(30)).toBeCloseTo(265.2, 1);
  });
});

describe('the kfre module', () => {
  const registry = createDiseaseRegistry(diseaseModules, { kfre: { region: 'other' } });

  it('reports the 5-year risk as the headline and refers above the NICE 5% threshold', () => {
    const result = registry.assess('kfre', { ageYears: 65, sex: 'male', egfr: 19, acrMgG: 30 });
    if (result.status !== 'assessed') throw new Error('expected an assessment');
    expect(result.probability).toBeCloseTo(0.223128, 5);
    expect(result.horizonYears).toBe(5);
    expect(result.category).toBe('high');
    expect(result.needsReview).toBe(true);
    expect(result.suggested.serviceRequests[0]?.code.code).toBe('306125004');
    expect(result.findings.find((finding) => finding.guideline.startsWith('NICE'))?.verdict).toBe('meets');
  });

  it('puts a 2-year risk above 40% in the very-high (kidney replacement planning) band', () => {
    const result = registry.assess('kfre', { ageYears: 57, sex: 'female', egfr: 15, acrMgG: 1762 });
    expect(result.status === 'assessed' && result.category).toBe('very-high');
  });

  it('is not applicable at an eGFR of 60 or more', () => {
    const result = registry.assess('kfre', { ageYears: 60, sex: 'female', egfr: 75, acrMgG: 10 });
    expect(result.status).toBe('not-applicable');
  });

  it('rejects an ACR of zero and an age under 18', () => {
    expect(() => registry.assess('kfre', { ageYears: 60, sex: 'female', egfr: 30, acrMgG: 0 })).toThrow(
      InvalidModuleInputError,
    );
    expect(() => registry.assess('kfre', { ageYears: 17, sex: 'female', egfr: 30, acrMgG: 10 })).toThrow(
      /ageYears/,
    );
  });

  it('uses North American baseline survival by default', () => {
    const northAmerica = createDiseaseRegistry(diseaseModules).assess('kfre', {
      ageYears: 65,
      sex: 'male',
      egfr: 19,
      acrMgG: 30,
    });
    const expected = kfreRisk({ ageYears: 65, sex: 'male', egfr: 19, acrMgG: 30 }, 'north-america').fiveYear;
    expect(northAmerica.status === 'assessed' && northAmerica.probability).toBeCloseTo(expected, 12);
    expect(expected).toBeGreaterThan(0.223128);
  });
});
