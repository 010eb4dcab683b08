import { describe, expect, it } from 'vitest';
import { checkMedicationSafety, reviewMedicationList } from './check.ts';
import { formatMass } from './dose.ts';
import type { DoseAlert, SafetyReport } from './safety.types.ts';
import { dosage, drugOrder, product } from './test-fixtures.ts';

const doseAlerts = (report: SafetyReport) =>
  report.alerts.filter((alert): alert is DoseAlert => alert.kind === 'dose-above-maximum');

describe('dose checks', () => {
  it('accepts paracetamol 1 g four times a day, and flags a fifth dose', () => {
    const fourTimes = reviewMedicationList({
      medications: [product('p', 'paracetamol-500mg-tablet', dosage(2, 'tablet', 4))],
    });
    expect(doseAlerts(fourTimes)).toEqual([]);
    const everyFourHours = reviewMedicationList({
      medications: [
        product(
          'p',
          'paracetamol-500mg-tablet',
          dosage(2, 'tablet', { kind: 'every-hours', everyHours: 4, firstDoseAt: '06:00' }),
        ),
      ],
    });
    expect(doseAlerts(everyFourHours)).toEqual([expect.objectContaining({ limit: 'daily', amountMg: 6000 })]);
  });

  it('adds the same ingredient across products, liquids and routes of one dose guide', () => {
    const report = reviewMedicationList({
      medications: [
        product('tablets', 'paracetamol-500mg-tablet', dosage(1, 'tablet', 4)),
        product('liquid', 'paracetamol-250mg-per-5ml-oral-suspension', dosage(10, 'mL', 4)),
        product('iv', 'paracetamol-10mg-per-1ml-injection', dosage(1, 'g', 1, 'intravenous')),
      ],
    });
    expect(doseAlerts(report)).toEqual([
      expect.objectContaining({
        drugId: 'paracetamol',
        amountMg: 5000,
        itemKeys: ['iv', 'liquid', 'tablets'],
      }),
    ]);
  });

  it('flags a single dose above the maximum single dose', () => {
    const report = checkMedicationSafety({
      candidate: product('p', 'paracetamol-500mg-tablet', dosage(3, 'tablet', 2)),
      current: [],
    });
    expect(doseAlerts(report)).toEqual([
      expect.objectContaining({ limit: 'single', amountMg: 1500, limitMg: 1000 }),
    ]);
  });

  it('uses a mass dose of a single-ingredient medicine as it stands', () => {
    const report = checkMedicationSafety({
      candidate: drugOrder('i', 'ibuprofen', dosage(800, 'mg', 5)),
      current: [],
    });
    expect(doseAlerts(report)).toEqual([expect.objectContaining({ amountMg: 4000, limitMg: 3200 })]);
  });

  it('counts weekly maxima: methotrexate taken daily instead of weekly', () => {
    const weekly = dosage(4, 'tablet', { kind: 'weekly', weekdays: ['mon'], times: ['08:00'] });
    expect(
      doseAlerts(reviewMedicationList({ medications: [product('m', 'methotrexate-2.5mg-tablet', weekly)] })),
    ).toEqual([]);
    const daily = reviewMedicationList({
      medications: [product('m', 'methotrexate-2.5mg-tablet', dosage(4, 'tablet'))],
    });
    expect(doseAlerts(daily)).toEqual([
      expect.objectContaining({ limit: 'weekly', amountMg: 70, limitMg: 30 }),
    ]);
    expect(doseAlerts(daily)[0]?.management).toContain('ONCE A WEEK');
  });

  it('counts the clavulanate of extra co-amoxiclav tablets', () => {
    const report = reviewMedicationList({
      medications: [product('c', 'co-amoxiclav-500-125mg-tablet', dosage(2, 'tablet', 3))],
    });
    expect(doseAlerts(report).map((alert) => alert.drugId)).toEqual(['clavulanic-acid']);
  });

  it('uses the maximum for the product form where it differs (gliclazide modified-release)', () => {
    const mr = product('g', 'gliclazide-60mg-modified-release-tablet', dosage(3, 'tablet'));
    expect(doseAlerts(reviewMedicationList({ medications: [mr] }))).toEqual([
      expect.objectContaining({ amountMg: 180, limitMg: 120 }),
    ]);
    const ir = product('g', 'gliclazide-80mg-tablet', dosage(2, 'tablet', 2));
    expect(doseAlerts(reviewMedicationList({ medications: [ir] }))).toEqual([]);
  });

  it('reports a dose it cannot convert instead of guessing', () => {
    const report = checkMedicationSafety({
      candidate: product('c', 'co-codamol-30-500mg-tablet', dosage(500, 'mg', 4)),
      current: [],
    });
    expect(doseAlerts(report)).toEqual([]);
    expect(report.unchecked.map((entry) => entry.reason)).toEqual([
      'dose-not-computable',
      'dose-not-computable',
    ]);
  });

  it('counts as-needed doses at their maximum a day', () => {
    const prn = dosage(2, 'tablet', {
      kind: 'as-needed',
      minIntervalHours: 4,
      maxDosesPerDay: 6,
      reason: 'pain',
    });
    const report = reviewMedicationList({ medications: [product('c', 'co-codamol-30-500mg-tablet', prn)] });
    expect(doseAlerts(report).map((alert) => `${alert.drugId} ${alert.amountMg}`)).toEqual([
      'codeine 360',
      'paracetamol 6000',
    ]);
  });

  it('formats masses for people', () => {
    expect(formatMass(8000)).toBe('8 g');
    expect(formatMass(1500)).toBe('1.5 g');
    expect(formatMass(1250)).toBe('1250 mg');
    expect(formatMass(0.0625)).toBe('62.5 micrograms');
  });
});
