import { describe, expect, it } from 'vitest';
import { resolveAllergens } from './allergy.ts';
import { checkMedicationSafety } from './check.ts';
import type { Allergen, SafetyAlert } from './safety.types.ts';
import { dosage, product } from './test-fixtures.ts';

const allergyFindings = (productId: string, allergies: readonly Allergen[]) =>
  checkMedicationSafety({ candidate: product('new', productId, dosage(1, 'tablet')), current: [], allergies })
    .alerts.filter((alert) => alert.kind === 'allergy' || alert.kind === 'allergy-cross-reactivity')
    .map((alert: SafetyAlert) => `${alert.kind} ${alert.severity} ${alert.drugIds.join('+')}`);

const PENICILLIN: Allergen = { kind: 'class', classId: 'penicillin' };
const AMOXICILLIN: Allergen = { kind: 'drug', drugId: 'amoxicillin' };

describe('allergy checks', () => {
  it('contraindicates the recorded drug, and a penicillin for a penicillin allergy', () => {
    expect(allergyFindings('amoxicillin-500mg-capsule', [AMOXICILLIN])).toEqual([
      'allergy contraindicated amoxicillin',
    ]);
    expect(allergyFindings('flucloxacillin-500mg-capsule', [PENICILLIN])).toEqual([
      'allergy contraindicated flucloxacillin',
    ]);
    expect(allergyFindings('flucloxacillin-500mg-capsule', [AMOXICILLIN])).toEqual([
      'allergy contraindicated flucloxacillin',
    ]);
    expect(
      allergyFindings('co-amoxiclav-500-125mg-tablet', [{ kind: 'substance', text: 'penicillins' }]),
    ).toEqual(['allergy contraindicated amoxicillin']);
  });

  it('grades penicillin–cephalosporin cross-reactivity by side chain', () => {
    expect(allergyFindings('cefuroxime-500mg-tablet', [PENICILLIN])).toEqual([
      'allergy-cross-reactivity minor cefuroxime',
    ]);
    expect(allergyFindings('cefalexin-500mg-capsule', [PENICILLIN])).toEqual([
      'allergy-cross-reactivity moderate cefalexin',
    ]);
    expect(allergyFindings('cefalexin-500mg-capsule', [AMOXICILLIN])).toEqual([
      'allergy-cross-reactivity major cefalexin',
    ]);
    expect(allergyFindings('ceftriaxone-1000mg-powder-for-injection', [AMOXICILLIN])).toEqual([
      'allergy-cross-reactivity minor ceftriaxone',
    ]);
    expect(allergyFindings('meropenem-1000mg-powder-for-injection', [PENICILLIN])).toEqual([
      'allergy-cross-reactivity minor meropenem',
    ]);
    expect(allergyFindings('aztreonam-1000mg-powder-for-injection', [PENICILLIN])).toEqual([]);
    expect(
      allergyFindings('aztreonam-1000mg-powder-for-injection', [{ kind: 'drug', drugId: 'ceftazidime' }]),
    ).toEqual(['allergy-cross-reactivity major aztreonam']);
  });

  it('does not flag non-antibacterial sulfonamides for a sulfa antibiotic allergy', () => {
    const sulfa: Allergen[] = [{ kind: 'substance', text: 'Sulfa drugs' }];
    expect(allergyFindings('co-trimoxazole-800-160mg-tablet', sulfa)).toEqual([
      'allergy major sulfamethoxazole',
    ]);
    for (const productId of [
      'furosemide-40mg-tablet',
      'hydrochlorothiazide-25mg-tablet',
      'celecoxib-200mg-capsule',
      'gliclazide-80mg-tablet',
    ]) {
      expect(allergyFindings(productId, sulfa), productId).toEqual([]);
    }
  });

  it('extends NSAID hypersensitivity to COX-1 inhibitors and aspirin, hardly to COX-2 selective ones', () => {
    const ibuprofen: Allergen[] = [{ kind: 'drug', drugId: 'ibuprofen' }];
    expect(allergyFindings('naproxen-500mg-tablet', ibuprofen)).toEqual([
      'allergy-cross-reactivity major naproxen',
    ]);
    expect(allergyFindings('aspirin-300mg-tablet', ibuprofen)).toEqual([
      'allergy-cross-reactivity major aspirin',
    ]);
    expect(allergyFindings('celecoxib-200mg-capsule', ibuprofen)).toEqual([
      'allergy-cross-reactivity minor celecoxib',
    ]);
    expect(allergyFindings('aspirin-300mg-tablet', [{ kind: 'substance', text: 'NSAIDs' }])).toEqual([
      'allergy-cross-reactivity major aspirin',
    ]);
    expect(allergyFindings('paracetamol-500mg-tablet', ibuprofen)).toEqual([]);
  });

  it('flags aromatic antiepileptic cross-sensitivity and ACE inhibitor angioedema', () => {
    expect(allergyFindings('phenytoin-100mg-capsule', [{ kind: 'drug', drugId: 'carbamazepine' }])).toEqual([
      'allergy-cross-reactivity major phenytoin',
    ]);
    expect(
      allergyFindings('levetiracetam-500mg-tablet', [{ kind: 'drug', drugId: 'carbamazepine' }]),
    ).toEqual([]);
    const ace: Allergen[] = [{ kind: 'drug', drugId: 'ramipril' }];
    expect(allergyFindings('lisinopril-10mg-tablet', ace)).toEqual(['allergy contraindicated lisinopril']);
    expect(allergyFindings('losartan-50mg-tablet', ace)).toEqual([
      'allergy-cross-reactivity moderate losartan',
    ]);
    expect(allergyFindings('sacubitril-valsartan-49-51mg-tablet', ace)).toEqual([
      'allergy-cross-reactivity contraindicated sacubitril',
      'allergy-cross-reactivity moderate valsartan',
    ]);
  });

  it('maps free text by allergy words, generic names, US names and brands', () => {
    const { resolved, unmatched } = resolveAllergens([
      { kind: 'substance', text: 'PCN' },
      { kind: 'substance', text: 'Acetaminophen' },
      { kind: 'substance', text: 'Augmentin' },
      { kind: 'substance', text: 'cats' },
      { kind: 'class', classId: 'not-a-class' },
    ]);
    expect(resolved.map((entry) => entry.targets)).toEqual([
      [{ kind: 'class', classId: 'penicillin' }],
      [{ kind: 'drug', drugId: 'paracetamol' }],
      [
        { kind: 'drug', drugId: 'amoxicillin' },
        { kind: 'drug', drugId: 'clavulanic-acid' },
      ],
    ]);
    expect(unmatched).toEqual([
      { kind: 'substance', text: 'cats' },
      { kind: 'class', classId: 'not-a-class' },
    ]);
  });
});
