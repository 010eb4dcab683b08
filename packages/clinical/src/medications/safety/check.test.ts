import { describe, expect, it } from 'vitest';
import { checkMedicationSafety, reviewMedicationList } from './check.ts';
import type { SafetyAlert } from './safety.types.ts';
import { dosage, drugOrder, product } from './test-fixtures.ts';

const ofKind = <K extends SafetyAlert['kind']>(alerts: readonly SafetyAlert[], kind: K) =>
  alerts.filter((alert): alert is Extract<SafetyAlert, { kind: K }> => alert.kind === kind);

describe('checkMedicationSafety', () => {
  it('flags warfarin with aspirin as a major bleeding interaction', () => {
    const report = checkMedicationSafety({
      candidate: product('new', 'aspirin-75mg-dispersible-tablet', dosage(1, 'tablet')),
      current: [product('w', 'warfarin-3mg-tablet', dosage(1, 'tablet'))],
    });
    const [alert] = ofKind(report.alerts, 'interaction');
    expect(alert).toMatchObject({ severity: 'major', concern: 'bleeding', drugIds: ['warfarin', 'aspirin'] });
    expect(alert?.itemKeys).toEqual(['w', 'new']);
    expect(alert?.management).toMatch(/proton pump inhibitor/);
    expect(alert?.references.length).toBeGreaterThan(0);
  });

  it('flags amoxicillin for a penicillin-allergic patient', () => {
    const report = checkMedicationSafety({
      candidate: product('new', 'amoxicillin-500mg-capsule', dosage(1, 'capsule', 3)),
      current: [],
      allergies: [{ kind: 'substance', text: 'Penicillin' }],
    });
    expect(ofKind(report.alerts, 'allergy')).toEqual([
      expect.objectContaining({ severity: 'contraindicated', drugId: 'amoxicillin' }),
    ]);
  });

  it('flags the paracetamol dose when 4 g a day is joined by a second paracetamol product', () => {
    const report = checkMedicationSafety({
      candidate: product('cocodamol', 'co-codamol-30-500mg-tablet', dosage(2, 'tablet', 4)),
      current: [product('paracetamol', 'paracetamol-500mg-tablet', dosage(2, 'tablet', 4))],
    });
    const [doseAlert] = ofKind(report.alerts, 'dose-above-maximum');
    expect(doseAlert).toMatchObject({
      drugId: 'paracetamol',
      limit: 'daily',
      amountMg: 8000,
      limitMg: 4000,
      severity: 'major',
      itemKeys: ['cocodamol', 'paracetamol'],
    });
    expect(doseAlert?.summary).toContain('8 g a day from 2 medications');
    expect(ofKind(report.alerts, 'duplicate-therapy')).toEqual([
      expect.objectContaining({ basis: { kind: 'same-ingredient', drugId: 'paracetamol' } }),
    ]);
  });

  it('contraindicates simvastatin with clarithromycin', () => {
    const report = checkMedicationSafety({
      candidate: product('c', 'clarithromycin-500mg-tablet', dosage(1, 'tablet', 2)),
      current: [product('s', 'simvastatin-40mg-tablet', dosage(1, 'tablet'))],
    });
    expect(ofKind(report.alerts, 'interaction')).toContainEqual(
      expect.objectContaining({
        severity: 'contraindicated',
        concern: 'myopathy',
        drugIds: ['simvastatin', 'clarithromycin'],
      }),
    );
  });

  it('flags sertraline with tramadol as serotonergic', () => {
    const report = checkMedicationSafety({
      candidate: product('t', 'tramadol-50mg-capsule', dosage(1, 'capsule', 4)),
      current: [product('s', 'sertraline-50mg-tablet', dosage(1, 'tablet'))],
    });
    expect(ofKind(report.alerts, 'interaction')).toEqual([
      expect.objectContaining({ concern: 'serotonin-toxicity', severity: 'major' }),
    ]);
  });

  it('contraindicates sildenafil with isosorbide mononitrate', () => {
    const report = checkMedicationSafety({
      candidate: product('v', 'sildenafil-50mg-tablet', dosage(1, 'tablet')),
      current: [product('n', 'isosorbide-mononitrate-60mg-modified-release-tablet', dosage(1, 'tablet'))],
    });
    expect(ofKind(report.alerts, 'interaction')).toEqual([
      expect.objectContaining({ severity: 'contraindicated', concern: 'hypotension' }),
    ]);
  });

  it('raises nothing for amlodipine with paracetamol', () => {
    const report = checkMedicationSafety({
      candidate: product('p', 'paracetamol-500mg-tablet', dosage(2, 'tablet', 4)),
      current: [product('a', 'amlodipine-5mg-tablet', dosage(1, 'tablet'))],
    });
    expect(report).toEqual({ alerts: [], unchecked: [], unmatchedAllergens: [] });
  });

  it('checks only the candidate against the list, and leaves out a current item with its key', () => {
    const report = checkMedicationSafety({
      candidate: product('x', 'amlodipine-5mg-tablet', dosage(1, 'tablet')),
      current: [
        product('x', 'simvastatin-80mg-tablet', dosage(1, 'tablet')),
        product('w', 'warfarin-3mg-tablet', dosage(1, 'tablet')),
        product('i', 'ibuprofen-400mg-tablet', dosage(1, 'tablet', 3)),
      ],
    });
    expect(report.alerts).toEqual([]);
  });

  it('reports what it could not check', () => {
    const report = checkMedicationSafety({
      candidate: product('new', 'no-such-product', dosage(1, 'tablet')),
      current: [drugOrder('old', 'no-such-drug')],
      allergies: [{ kind: 'substance', text: 'elastoplast' }],
    });
    expect(report.unchecked.map((entry) => entry.reason)).toEqual(['unknown-product', 'unknown-drug']);
    expect(report.unmatchedAllergens).toEqual([{ kind: 'substance', text: 'elastoplast' }]);
  });

  it('leaves topical products out of interaction and dose checks but not out of allergy checks', () => {
    const report = checkMedicationSafety({
      candidate: product('gel', 'diclofenac-1percent-gel', dosage(1, 'application', 4, 'topical')),
      current: [product('w', 'warfarin-3mg-tablet', dosage(1, 'tablet'))],
      allergies: [{ kind: 'drug', drugId: 'diclofenac' }],
    });
    expect(report.alerts.map((alert) => alert.kind)).toEqual(['allergy']);
  });
});

describe('reviewMedicationList', () => {
  it('checks every pair, with the most serious alerts first', () => {
    const report = reviewMedicationList({
      medications: [
        product('a', 'simvastatin-40mg-tablet', dosage(1, 'tablet')),
        product('b', 'clarithromycin-500mg-tablet', dosage(1, 'tablet', 2)),
        product('c', 'warfarin-3mg-tablet', dosage(1, 'tablet')),
        product('d', 'ibuprofen-400mg-tablet', dosage(1, 'tablet', 3)),
        product('e', 'naproxen-500mg-tablet', dosage(1, 'tablet', 2)),
      ],
    });
    const summary = report.alerts.map(
      (alert) => `${alert.severity} ${alert.kind} ${alert.drugIds.join('+')}`,
    );
    expect(summary).toEqual([
      'contraindicated interaction simvastatin+clarithromycin',
      'major interaction warfarin+ibuprofen',
      'major interaction warfarin+naproxen',
      'major duplicate-therapy ibuprofen+naproxen',
      'moderate interaction warfarin+clarithromycin',
    ]);
  });

  it('flags two drugs of one class and names the class', () => {
    const report = reviewMedicationList({
      medications: [
        product('o', 'omeprazole-20mg-capsule', dosage(1, 'capsule')),
        product('l', 'lansoprazole-30mg-capsule', dosage(1, 'capsule')),
      ],
    });
    expect(report.alerts).toEqual([
      expect.objectContaining({
        kind: 'duplicate-therapy',
        severity: 'moderate',
        basis: { kind: 'same-class', classId: 'proton-pump-inhibitor' },
        drugIds: ['lansoprazole', 'omeprazole'],
        itemKeys: ['l', 'o'],
      }),
    ]);
  });
});
