import { describe, expect, it } from 'vitest';
import { THERAPEUTIC_CLASS_IDS } from './classes.ts';
import { COMBINATION_PRODUCTS } from './combination-products.table.ts';
import { DRUGS, findDrug, isDrugId } from './drugs.ts';
import { findProduct, PRODUCTS } from './products.ts';

const duplicates = (values: readonly string[]) =>
  values.filter((value, index) => values.indexOf(value) !== index);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PRODUCT_ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const ATC = /^[A-Z]\d{2}[A-Z]{2}\d{2}$/;

describe('drug catalogue', () => {
  it('holds the common medicines of primary and hospital care', () => {
    expect(DRUGS.length).toBeGreaterThanOrEqual(150);
    for (const id of [
      'warfarin',
      'paracetamol',
      'amiodarone',
      'dofetilide',
      'ritonavir',
      'linezolid',
      'lithium',
    ]) {
      expect(isDrugId(id), id).toBe(true);
    }
  });

  it('has unique kebab-case ids, names, and well-formed WHO ATC codes', () => {
    expect(duplicates(DRUGS.map((drug) => drug.id))).toEqual([]);
    expect(duplicates(DRUGS.map((drug) => drug.name.toLowerCase()))).toEqual([]);
    for (const drug of DRUGS) {
      expect(drug.id, drug.id).toMatch(KEBAB);
      for (const code of drug.atc) expect(code, drug.id).toMatch(ATC);
      expect(drug.classes.length, drug.id).toBeGreaterThan(0);
      for (const classId of drug.classes) expect(THERAPEUTIC_CLASS_IDS, drug.id).toContain(classId);
    }
  });

  it('does not give one name to two drugs', () => {
    const names = DRUGS.flatMap((drug) =>
      [drug.name, ...drug.aliases].map((name) => `${name.toLowerCase()}`),
    );
    expect(duplicates(names)).toEqual([]);
  });

  it('has unique product ids whose ingredients are formulary drugs with positive amounts', () => {
    expect(duplicates(PRODUCTS.map((product) => product.id))).toEqual([]);
    for (const product of PRODUCTS) {
      expect(product.id).toMatch(PRODUCT_ID);
      expect(findProduct(product.id)).toBe(product);
      expect(product.routes.length, product.id).toBeGreaterThan(0);
      for (const part of product.ingredients) {
        expect(isDrugId(part.drugId), `${product.id}: ${part.drugId}`).toBe(true);
        expect('amountMg' in part ? part.amountMg : part.amountUnits, product.id).toBeGreaterThan(0);
      }
      for (const code of product.atc) expect(code, product.id).toMatch(ATC);
    }
  });

  it('builds product ids and names from the strength and form', () => {
    expect(findProduct('paracetamol-500mg-tablet')).toMatchObject({
      name: 'Paracetamol 500 mg tablet',
      unit: 'tablet',
      routes: ['oral'],
      ingredients: [{ drugId: 'paracetamol', amountMg: 500 }],
    });
    expect(findProduct('digoxin-62.5microgram-tablet')?.ingredients).toEqual([
      { drugId: 'digoxin', amountMg: 0.0625 },
    ]);
    expect(findProduct('amoxicillin-250mg-per-5ml-oral-suspension')).toMatchObject({
      unit: 'mL',
      ingredients: [{ drugId: 'amoxicillin', amountMg: 50 }],
    });
    expect(findProduct('fentanyl-25microgram-per-hour-patch')?.ingredients).toEqual([
      { drugId: 'fentanyl', amountMg: 0.6 },
    ]);
    expect(findProduct('enoxaparin-100mg-per-1ml-injection')?.routes).toEqual([
      'subcutaneous',
      'intravenous',
    ]);
    expect(findProduct('co-codamol-30-500mg-tablet')?.ingredients).toEqual([
      { drugId: 'codeine', amountMg: 30 },
      { drugId: 'paracetamol', amountMg: 500 },
    ]);
  });

  it('gives every drug a product, or a combination product it is in', () => {
    const inCombination = new Set(
      COMBINATION_PRODUCTS.flatMap((product) => product.ingredients.map((part) => part.drugId)),
    );
    for (const drug of DRUGS) {
      expect(drug.products.length > 0 || inCombination.has(drug.id), drug.id).toBe(true);
    }
  });

  it('gives every drug a sourced dose guide, or says why its doses are not checked', () => {
    for (const drug of DRUGS) {
      expect(drug.doses.length > 0 || (drug.doseNote ?? '').length > 0, drug.id).toBe(true);
      for (const guide of drug.doses) {
        const [low, high] = guide.usualDailyMg;
        expect(guide.source.length, drug.id).toBeGreaterThan(3);
        expect(guide.routes.length, drug.id).toBeGreaterThan(0);
        expect(low, drug.id).toBeGreaterThan(0);
        expect(low, drug.id).toBeLessThanOrEqual(high);
        if (guide.maxDailyMg !== null) expect(guide.maxDailyMg, drug.id).toBeGreaterThanOrEqual(high);
        if (guide.maxSingleMg !== undefined && guide.maxDailyMg !== null) {
          expect(guide.maxSingleMg, drug.id).toBeLessThanOrEqual(guide.maxDailyMg);
        }
        if (guide.maxDailyMg === null) expect(guide.note ?? '', drug.id).not.toBe('');
      }
    }
  });

  it('knows the classic maxima', () => {
    const maxDaily = (id: string) => findDrug(id)?.doses[0]?.maxDailyMg;
    expect(maxDaily('paracetamol')).toBe(4000);
    expect(findDrug('paracetamol')?.doses[0]?.maxSingleMg).toBe(1000);
    expect(maxDaily('citalopram')).toBe(40);
    expect(maxDaily('simvastatin')).toBe(80);
    expect(findDrug('methotrexate')?.doses[0]?.maxWeeklyMg).toBe(30);
  });
});
