import { creatinineForEgfr, egfrCkdEpi2021 } from '@nexus/clinical';
import { yearsBetween } from './synthetic-bundle.ts';
import type { ChronicCondition, PatientProfile } from './synthetic-profile.ts';
import { clamp, roundTo, type SyntheticRandom } from './synthetic-random.ts';

const YEAR_MS = 365.25 * 86_400_000;

/** The date a condition was (or will be) diagnosed, or null when the patient never has it. */
export function diagnosisDate(profile: PatientProfile, condition: ChronicCondition): Date | null {
  const diagnosis = profile.diagnoses[condition];
  if (!diagnosis) return null;
  return 'before' in diagnosis ? diagnosis.before : (profile.checkUps[diagnosis.visit] ?? null);
}

/** Whether the condition is known (diagnosed) on `date`. */
export function isDiagnosed(profile: PatientProfile, condition: ChronicCondition, date: Date): boolean {
  const diagnosed = diagnosisDate(profile, condition);
  return diagnosed !== null && diagnosed <= date;
}

/** Years until diagnosis (positive before it), or null without the condition. */
function yearsToDiagnosis(profile: PatientProfile, condition: ChronicCondition, date: Date): number | null {
  const diagnosed = diagnosisDate(profile, condition);
  return diagnosed === null ? null : (diagnosed.getTime() - date.getTime()) / YEAR_MS;
}

/** Rises from 0 three years before diagnosis to 1 at diagnosis (a slowly worsening value). */
function onsetRamp(profile: PatientProfile, condition: ChronicCondition, date: Date): number {
  const years = yearsToDiagnosis(profile, condition, date);
  return years === null ? 0 : clamp(1 - years / 3, 0, 1);
}

export type VitalSigns = {
  systolic: number;
  diastolic: number;
  heartRate: number;
  respiratoryRate: number;
  temperatureC: number;
  spo2: number;
  weightKg: number;
  heightCm: number;
  bmi: number;
};

/** Vital signs on `date`; `isDiagnosisVisit` marks the check-up where hypertension is first recorded. */
export function vitalSignsAt(
  profile: PatientProfile,
  random: SyntheticRandom,
  date: Date,
  options: { fever: boolean; hypertensionDiagnosedHere: boolean },
): VitalSigns {
  const age = yearsBetween(profile.person.birthDate, date);
  const first = profile.checkUps[0] ?? date;
  const years = (date.getTime() - first.getTime()) / YEAR_MS;
  const treated = isDiagnosed(profile, 'hypertension', date) && !options.hypertensionDiagnosedHere;
  const excess = profile.diagnoses.hypertension
    ? treated
      ? profile.hypertensiveExcess - 16
      : profile.hypertensiveExcess * onsetRamp(profile, 'hypertension', date)
    : 0;
  let systolic = Math.round(
    profile.systolicBase + Math.max(0, age - 40) * 0.1 + excess + random.normal(0, 5),
  );
  // ESH 2023: hypertension is diagnosed on a reading of 140 mmHg or more.
  if (options.hypertensionDiagnosedHere) systolic = Math.max(systolic, 142 + random.int(0, 12));
  const diastolic = Math.round(clamp(74 + (systolic - 118) * 0.4 + random.normal(0, 3.5), 52, systolic - 25));
  const copd = isDiagnosed(profile, 'copd', date);
  const heightCm = roundTo(profile.heightCm + random.normal(0, 0.3), 1);
  const bmiTrend = profile.bmiAtStart + profile.bmiDriftPerYear * years + random.normal(0, 0.3);
  const weightKg = roundTo(clamp(bmiTrend, 16, 50) * (profile.heightCm / 100) ** 2, 1);
  return {
    systolic,
    diastolic,
    heartRate: Math.round(
      clamp(profile.heartRateBase + random.normal(0, 4) + (options.fever ? 14 : 0), 45, 140),
    ),
    respiratoryRate: Math.round(
      clamp(random.normal(15, 1.5) + (options.fever ? 3 : 0) + (copd ? 2 : 0), 10, 28),
    ),
    temperatureC: roundTo(
      options.fever
        ? clamp(random.normal(38.3, 0.35), 37.8, 39.5)
        : clamp(random.normal(36.7, 0.2), 36.1, 37.3),
      1,
    ),
    spo2: Math.round(clamp(copd ? random.normal(94, 1.2) : random.normal(97.8, 0.8), 88, 100)),
    weightKg,
    heightCm,
    bmi: roundTo(weightKg / (heightCm / 100) ** 2, 1),
  };
}

/** HbA1c (%) on `date`, following the diabetes and prediabetes plan (ADA thresholds 5.7 % and 6.5 %). */
export function hba1cAt(
  profile: PatientProfile,
  random: SyntheticRandom,
  date: Date,
  diabetesDiagnosedHere: boolean,
): number {
  if (diabetesDiagnosedHere) return roundTo(clamp(random.normal(7.4, 0.5), 6.6, 9.5), 1);
  if (isDiagnosed(profile, 'diabetes', date)) return roundTo(clamp(random.normal(7.0, 0.4), 6.1, 8.6), 1);
  if (profile.diagnoses.diabetes)
    return roundTo(clamp(5.8 + 0.5 * onsetRamp(profile, 'diabetes', date), 5.7, 6.4), 1);
  if (isDiagnosed(profile, 'prediabetes', date)) return roundTo(clamp(random.normal(6.0, 0.18), 5.7, 6.4), 1);
  return roundTo(clamp(random.normal(5.3, 0.15), 4.6, 5.6), 1);
}

export type LabValues = {
  glucoseMgDl: number;
  ureaNitrogenMgDl: number;
  creatinineMgDl: number;
  egfr: number;
  sodium: number;
  potassium: number;
  chloride: number;
  bicarbonate: number;
  calciumMgDl: number;
  cholesterolMgDl: number;
  ldlMgDl: number;
  hdlMgDl: number;
  triglyceridesMgDl: number;
  haemoglobinGDl: number;
  haematocritPct: number;
  leukocytes: number;
  erythrocytes: number;
  platelets: number;
  mcvFl: number;
  mchPg: number;
  mchcGDl: number;
  albuminCreatinineMgG: number;
};

/** Laboratory values on `date`, consistent with each other (Friedewald lipids, CKD-EPI eGFR, red-cell indices). */
export function labValuesAt(
  profile: PatientProfile,
  random: SyntheticRandom,
  date: Date,
  hba1c: number,
): LabValues {
  const { sex } = profile.person;
  const male = sex === 'male';
  const age = Math.max(18, yearsBetween(profile.person.birthDate, date));
  const diabetes = isDiagnosed(profile, 'diabetes', date) || hba1c >= 6.5;
  const ckdYears = yearsToDiagnosis(profile, 'ckd', date);
  // KDIGO: CKD needs an eGFR below 60 for more than three months, so it is low from the visit before diagnosis.
  const ckd = ckdYears !== null && ckdYears <= 1.1;
  // ADAG study: estimated average glucose = 28.7 × HbA1c − 46.7 mg/dL; fasting runs a little lower.
  const averageGlucose = 28.7 * hba1c - 46.7;
  const glucoseRange: [number, number] = diabetes ? [127, 320] : hba1c >= 5.7 ? [96, 125] : [72, 99];
  const glucoseMgDl = Math.round(clamp(averageGlucose - 14 + random.normal(0, 6), ...glucoseRange));

  const egfrTarget = ckd
    ? clamp(random.normal(49, 5), 33, 57)
    : clamp(random.normal(100 - Math.max(0, age - 30) * 0.8, 7) - (ckdYears !== null ? 10 : 0), 66, 125);
  const creatinineMgDl = roundTo(creatinineForEgfr({ egfr: egfrTarget, ageYears: age, sex }), 2);
  const egfr = Math.round(egfrCkdEpi2021({ creatinineMgDl, ageYears: age, sex }));

  const statin = isDiagnosed(profile, 'hyperlipidaemia', date);
  const untreatedLdl = profile.diagnoses.hyperlipidaemia
    ? 150 + 30 * onsetRamp(profile, 'hyperlipidaemia', date)
    : 112;
  const ldlMgDl = Math.round(clamp(random.normal(statin ? untreatedLdl * 0.6 : untreatedLdl, 9), 55, 230));
  const hdlMgDl = Math.round(clamp(random.normal(male ? 47 : 59, 5), 30, 95));
  const triglyceridesMgDl = Math.round(clamp(random.normal(diabetes ? 170 : 120, 25), 50, 380));

  const haemoglobinGDl = roundTo(clamp(random.normal(male ? 14.8 : 13.3, 0.6) - (ckd ? 1.2 : 0), 9, 18), 1);
  const mchcGDl = roundTo(clamp(random.normal(34, 0.5), 32.5, 35.5), 1);
  const mcvFl = roundTo(clamp(random.normal(89, 3), 80, 98), 1);
  const haematocritPct = roundTo((haemoglobinGDl / mchcGDl) * 100, 1);
  const erythrocytes = roundTo((haematocritPct / mcvFl) * 10, 2);
  return {
    glucoseMgDl,
    ureaNitrogenMgDl: Math.round(clamp(random.normal(male ? 15 : 13, 3) * (ckd ? 1.7 : 1), 7, 60)),
    creatinineMgDl,
    egfr,
    sodium: Math.round(clamp(random.normal(140, 1.8), 135, 145)),
    potassium: roundTo(clamp(random.normal(ckd ? 4.7 : 4.3, 0.3), 3.6, 5.6), 1),
    chloride: Math.round(clamp(random.normal(103, 2), 98, 108)),
    bicarbonate: Math.round(clamp(random.normal(ckd ? 23 : 25.5, 1.5), 20, 29)),
    calciumMgDl: roundTo(clamp(random.normal(9.5, 0.3), 8.8, 10.3), 1),
    cholesterolMgDl: Math.round(ldlMgDl + hdlMgDl + triglyceridesMgDl / 5),
    ldlMgDl,
    hdlMgDl,
    triglyceridesMgDl,
    haemoglobinGDl,
    haematocritPct,
    leukocytes: roundTo(clamp(random.normal(6.6, 1.2), 3.5, 11.5), 1),
    erythrocytes,
    platelets: Math.round(clamp(random.normal(250, 45), 140, 420)),
    mcvFl,
    mchPg: roundTo((haemoglobinGDl / erythrocytes) * 10, 1),
    mchcGDl,
    albuminCreatinineMgG: Math.round(clamp(random.normal(ckd ? 90 : 14, ckd ? 40 : 6), 3, 400)),
  };
}
