import type { AllergyIntolerance, Resource } from '@medplum/fhirtypes';
import { RecordSummary } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import {
  bloodPressure,
  clinicalStatus,
  condition,
  encounter,
  immunization,
  medicationRequest,
  medicationStatement,
  NOW,
  patient,
  practitioner,
  quantityObservation,
  smokingStatus,
  verificationStatus,
} from './fhir-fixtures.test-helpers.ts';
import { buildSummary } from './summary.builder.ts';

const allergy = (id: string, verification: string, recordedDate: string): AllergyIntolerance => ({
  resourceType: 'AllergyIntolerance',
  id,
  patient: { reference: 'Patient/p' },
  verificationStatus: { coding: [{ code: verification }] },
  code: { text: `Allergy ${id}` },
  recordedDate,
});

const glucose = (
  id: string,
  value: number,
  effective: string,
  status: 'final' | 'entered-in-error' = 'final',
) =>
  quantityObservation({
    id,
    code: '2345-7',
    display: 'Glucose',
    value,
    unit: 'mg/dL',
    effective,
    overrides: { status },
  });

const record: Resource[] = [
  practitioner('0e99785d-8f2a-45c7-848c-d6b31d1aa50e', 'Cedrick', 'Runte'),
  condition('old-active', { onsetDateTime: '2010-01-01' }),
  condition('new-resolved', { onsetDateTime: '2023-01-01', clinicalStatus: clinicalStatus('resolved') }),
  condition('new-active', { onsetDateTime: '2020-01-01' }),
  condition('recurrence', { onsetDateTime: '2005-01-01', clinicalStatus: clinicalStatus('recurrence') }),
  condition('error', {
    onsetDateTime: '2024-01-01',
    verificationStatus: verificationStatus('entered-in-error'),
  }),
  condition('refuted', { onsetDateTime: '2024-01-01', verificationStatus: verificationStatus('refuted') }),
  medicationRequest('mr-active', { authoredOn: '2021-01-01' }),
  medicationRequest('mr-on-hold', { status: 'on-hold', authoredOn: '2022-01-01' }),
  medicationRequest('mr-stopped', { status: 'stopped' }),
  medicationRequest('mr-error', { status: 'entered-in-error' }),
  medicationStatement('ms-active'),
  medicationStatement('ms-intended', { status: 'intended', effectiveDateTime: '2019-01-01' }),
  medicationStatement('ms-completed', { status: 'completed' }),
  allergy('al-confirmed', 'confirmed', '2011-01-01'),
  allergy('al-error', 'entered-in-error', '2012-01-01'),
  allergy('al-refuted', 'refuted', '2013-01-01'),
  bloodPressure('bp-old', 150, 95, '2023-01-10T09:00:00+00:00'),
  bloodPressure('bp-new', 128, 82, '2024-05-10T09:00:00+00:00'),
  quantityObservation({
    id: 'hr',
    code: '8867-4',
    display: 'Heart rate',
    value: 72,
    unit: '/min',
    effective: '2024-05-10T09:00:00+00:00',
    category: 'vital-signs',
  }),
  glucose('glucose-old', 140, '2023-01-10T09:00:00+00:00'),
  glucose('glucose-new', 92, '2024-05-10T09:00:00+00:00'),
  glucose('glucose-error', 300, '2024-05-30T09:00:00+00:00', 'entered-in-error'),
  quantityObservation({
    id: 'a1c',
    code: '4548-4',
    display: 'HbA1c',
    value: 6.1,
    unit: '%',
    effective: '2024-05-20T09:00:00+00:00',
  }),
  smokingStatus('smoking-old', '449868002', 'Current every day smoker', '2015-01-01T00:00:00Z'),
  smokingStatus('smoking-new', '8517006', 'Former smoker', '2022-01-01T00:00:00Z'),
  ...Array.from({ length: 7 }, (_, i) => encounter(`enc-${i}`, `2024-0${i + 1}-15T09:00:00+00:00`)),
  encounter('enc-cancelled', '2024-08-01T09:00:00+00:00', { status: 'cancelled' }),
  encounter('enc-error', '2024-09-01T09:00:00+00:00', { status: 'entered-in-error' }),
  ...Array.from({ length: 12 }, (_, i) => immunization(`imm-${i}`, `${2010 + i}-10-01`)),
];

const summary = buildSummary({ patient: patient(), resources: record, now: NOW });

describe('the health summary', () => {
  it('fits the contract', () => {
    expect(RecordSummary.parse(summary)).toEqual(summary);
    expect(summary.generatedAt).toBe(NOW.toISOString());
    expect(summary.patient.displayName).toBe('Samuel Peter Jones');
  });

  it('lists active, recurring and relapsed problems first, then the rest, newest first; never retracted ones', () => {
    expect(summary.problems.map((p) => p.id)).toEqual([
      'new-active',
      'old-active',
      'recurrence',
      'new-resolved',
    ]);
  });

  it('lists only current medicines: active or on-hold prescriptions, active or intended statements', () => {
    expect(summary.medications.map((m) => m.id).sort()).toEqual(
      ['mr-active', 'mr-on-hold', 'ms-active', 'ms-intended'].sort(),
    );
    expect(summary.medications[0]?.id).toBe('ms-active');
  });

  it('leaves out allergies entered in error or refuted', () => {
    expect(summary.allergies.map((a) => a.id)).toEqual(['al-confirmed']);
  });

  it('keeps the latest of each vital sign, blood pressure as one, in the usual order', () => {
    expect(summary.vitals.map((v) => v.id)).toEqual(['bp-new', 'hr']);
    expect(summary.vitals[0]?.value).toMatchObject({ text: '128/82 mmHg' });
  });

  it('keeps the latest of each lab test, newest first, ignoring results entered in error', () => {
    expect(summary.labs.map((l) => l.id)).toEqual(['a1c', 'glucose-new']);
    expect(summary.labs.find((l) => l.id === 'glucose-new')?.flag).toBe('normal');
  });

  it('takes the latest smoking status', () => {
    expect(summary.smoking?.id).toBe('smoking-new');
  });

  it('shows the 5 newest encounters that took place and the 10 newest immunizations', () => {
    expect(summary.recentEncounters.map((e) => e.id)).toEqual(['enc-6', 'enc-5', 'enc-4', 'enc-3', 'enc-2']);
    expect(summary.recentEncounters[0]?.provider).toBe('Dr. Cedrick Runte');
    expect(summary.immunizations).toHaveLength(10);
    expect(summary.immunizations[0]?.id).toBe('imm-11');
    expect(summary.immunizations.at(-1)?.id).toBe('imm-2');
  });

  it('is empty, not broken, for a patient with no record yet', () => {
    const empty = buildSummary({ patient: patient(), resources: [], now: NOW });
    expect(RecordSummary.parse(empty)).toMatchObject({ problems: [], vitals: [], labs: [], smoking: null });
  });
});
