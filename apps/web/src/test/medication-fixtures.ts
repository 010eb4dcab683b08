import type {
  AdherenceView,
  CatalogueDrug,
  DoseList,
  DoseView,
  PrescriptionView,
  ReminderPreferencesView,
  SafetyAlert,
  SafetyCheckResult,
  VerifiedPrescription,
} from '@nexus/contracts';
import { RECORD_PATIENT_ID } from './record-fixtures.ts';

/**
 * Medicine fixtures, as the server presents them: the demo patient (penicillin allergy, on amlodipine)
 * with a simvastatin prescription, her doses of the day in London, and what the pharmacy sees.
 */
export const PRESCRIPTION_ID = '00000000-0000-4000-8000-000000000d01';
export const DOSE_ID = '00000000-0000-4000-8000-000000000e01';
export const PHARMACY_ID = '00000000-0000-4000-8000-000000000001';
/** A compact JWS like the server's (header.payload.signature); its content does not matter here. */
export const PRESCRIPTION_TOKEN =
  'eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIiwidHlwIjoibmV4dXMtcngrand0IiwiemlwIjoiREVGIn0.q1ZKzs8tyEnNSyxRslIyNDIwMjIwN.MEUCIQDx3m0kdGxWnA7QJv3a6cQ';

export const AMLODIPINE_DRUG: CatalogueDrug = {
  id: 'amlodipine',
  name: 'Amlodipine',
  brandNames: ['Istin'],
  atc: ['C08CA01'],
  products: [
    {
      id: 'amlodipine-5mg-tablet',
      drugId: 'amlodipine',
      name: 'Amlodipine 5 mg tablet',
      form: 'tablet',
      strength: '5 mg',
    },
  ],
};

export const SIMVASTATIN_DRUG: CatalogueDrug = {
  id: 'simvastatin',
  name: 'Simvastatin',
  brandNames: ['Zocor'],
  atc: ['C10AA01'],
  products: [
    {
      id: 'simvastatin-20mg-tablet',
      drugId: 'simvastatin',
      name: 'Simvastatin 20 mg tablet',
      form: 'tablet',
      strength: '20 mg',
    },
    {
      id: 'simvastatin-40mg-tablet',
      drugId: 'simvastatin',
      name: 'Simvastatin 40 mg tablet',
      form: 'tablet',
      strength: '40 mg',
    },
  ],
};

export function buildSafetyAlert(overrides: Partial<SafetyAlert> = {}): SafetyAlert {
  return {
    key: 'interaction:amlodipine+simvastatin',
    kind: 'interaction',
    severity: 'major',
    title: 'Simvastatin with amlodipine: more muscle damage',
    involves: ['Simvastatin 40 mg tablet', 'Amlodipine 5 mg tablet'],
    mechanism: 'Amlodipine inhibits CYP3A4 and raises simvastatin levels.',
    management: 'Do not exceed simvastatin 20 mg daily with amlodipine.',
    reference: 'MHRA Drug Safety Update, August 2012',
    needsOverride: true,
    ...overrides,
  };
}

export function buildSafetyCheck(alerts: SafetyAlert[] = [buildSafetyAlert()]): SafetyCheckResult {
  return {
    alerts,
    checkedAgainst: {
      medicines: ['Amlodipine 5 mg tablet'],
      allergies: ['Allergy to penicillin'],
      unmatched: [],
    },
  };
}

export function buildPrescription(overrides: Partial<PrescriptionView> = {}): PrescriptionView {
  return {
    id: PRESCRIPTION_ID,
    patientId: RECORD_PATIENT_ID,
    patientName: 'Alex Morgan',
    medicine: 'Simvastatin 20 mg tablet',
    productId: 'simvastatin-20mg-tablet',
    dosage: {
      doseQuantity: 1,
      doseUnit: 'tablet',
      route: 'oral',
      timing: { kind: 'at-times', times: ['20:00'] },
      startDate: '2026-03-01',
      durationDays: null,
      instructions: null,
    },
    dosageText: '1 tablet by mouth every day at 20:00',
    quantityUnits: 28,
    refills: 1,
    authorisedUnits: 56,
    dispensedUnits: 28,
    remainingUnits: 28,
    status: 'active',
    signedAt: '2026-03-01T09:00:00.000Z',
    expiresAt: '2026-03-31T09:00:00.000Z',
    prescriber: 'Dr Samira Haddad',
    pharmacy: null,
    dispenses: [{ units: 28, dispensedAt: '2026-03-02T10:00:00.000Z', pharmacy: 'LifeCare Demo Clinic' }],
    overriddenAlerts: [],
    token: PRESCRIPTION_TOKEN,
    ...overrides,
  };
}

export function buildDose(overrides: Partial<DoseView> = {}): DoseView {
  return {
    id: DOSE_ID,
    medicine: 'Simvastatin 20 mg tablet',
    dosageText: '1 tablet by mouth every day at 20:00',
    dueAt: '2026-03-04T20:00:00.000Z',
    localTime: '20:00',
    status: 'reminded',
    snoozedUntil: null,
    takenAt: null,
    snoozeOptions: [5, 10, 15, 30, 60],
    canRecord: true,
    ...overrides,
  };
}

export const buildDoseList = (doses: DoseView[] = [buildDose()]): DoseList => ({
  zone: 'Europe/London',
  doses,
});

const summary = (taken: number, settled: number, pending = 0) => ({
  scheduled: settled + pending,
  taken,
  takenLate: 0,
  skipped: 0,
  missed: settled - taken,
  pending,
  proportionTaken: settled === 0 ? null : taken / settled,
  proportionOnTime: settled === 0 ? null : taken / settled,
});

export function buildAdherence(overrides: Partial<AdherenceView> = {}): AdherenceView {
  return {
    windows: [7, 30, 90].map((days) => ({
      days,
      overall: summary(days - 1, days),
      byMedication: [
        { medicationId: PRESCRIPTION_ID, medicine: 'Simvastatin 20 mg tablet', ...summary(days - 1, days) },
      ],
    })),
    daily: [
      { localDate: '2026-03-02', scheduled: 1, taken: 1, missed: 0 },
      { localDate: '2026-03-03', scheduled: 1, taken: 0, missed: 1 },
      { localDate: '2026-03-04', scheduled: 1, taken: 1, missed: 0 },
    ],
    refills: [],
    ...overrides,
  };
}

export function buildReminderPreferences(
  overrides: Partial<ReminderPreferencesView> = {},
): ReminderPreferencesView {
  return {
    zone: 'Europe/London',
    channels: { push: true, email: false, sms: false },
    quietHours: null,
    graceMinutes: 60,
    caregiverEmail: null,
    notifyDoctor: false,
    refillAlertDays: 7,
    ...overrides,
  };
}

export function buildVerified(
  overrides: Partial<Extract<VerifiedPrescription, { valid: true }>> = {},
): VerifiedPrescription {
  return {
    valid: true,
    prescriptionId: PRESCRIPTION_ID,
    patientName: 'Alex Morgan',
    patientBirthDate: null,
    prescriber: 'Dr Samira Haddad',
    medicine: 'Simvastatin 20 mg tablet',
    dosageText: '1 tablet by mouth every day at 20:00',
    authorisedUnits: 56,
    remainingUnits: 28,
    expiresAt: '2026-03-31T09:00:00.000Z',
    ...overrides,
  };
}
