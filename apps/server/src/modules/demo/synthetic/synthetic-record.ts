import type { Encounter, Reference } from '@medplum/fhirtypes';
import { LOINC } from '@nexus/clinical';
import { recordAcuteVisit, scheduleAcuteVisits } from './synthetic-acute.ts';
import { addDays, addMinutes, type RecordBuilder, yearsBetween } from './synthetic-bundle.ts';
import { recordCondition } from './synthetic-care.ts';
import {
  type CareSession,
  CHRONIC_SNOMED,
  LABS_AT_MINUTES,
  recordChronicDiagnosis,
  VITALS_AT_MINUTES,
} from './synthetic-chronic.ts';
import { ENCOUNTER_TYPES } from './synthetic-codes.table.ts';
import { recordEncounter } from './synthetic-encounters.ts';
import {
  recordBloodCount,
  recordLipidPanel,
  recordMetabolicPanel,
  recordSingleTest,
} from './synthetic-labs.ts';
import { lungCancerWorkUpFits, recordLungCancer } from './synthetic-lung-cancer.ts';
import { type ObservationContext, recordVitalSigns } from './synthetic-observations.ts';
import { hba1cAt, isDiagnosed, labValuesAt, vitalSignsAt } from './synthetic-physiology.ts';
import {
  createPreventiveState,
  recordAllergies,
  recordPreventiveCare,
  recordSeasonalVaccinations,
} from './synthetic-preventive.ts';
import type { ChronicCondition, PatientProfile } from './synthetic-profile.ts';
import type { SyntheticRandom } from './synthetic-random.ts';
import { recordSmokingHistory } from './synthetic-smoking.ts';

const OBESITY_SNOMED = '162864005';

function diagnosedAtVisit(profile: PatientProfile, visit: number): ChronicCondition[] {
  return (Object.keys(CHRONIC_SNOMED) as ChronicCondition[]).filter((condition) => {
    const diagnosis = profile.diagnoses[condition];
    if (!diagnosis) return false;
    return 'visit' in diagnosis ? diagnosis.visit === visit : visit === 0;
  });
}

/** The check-up where lung cancer is found, moved earlier when its work-up would not end before `now`. */
function lungCancerVisit(profile: PatientProfile, now: Date): number | null {
  const planned = profile.diagnoses.lungCancer;
  if (!planned || !('visit' in planned)) return null;
  for (let visit = planned.visit; visit >= 0; visit -= 1) {
    const date = profile.checkUps[visit];
    if (date && lungCancerWorkUpFits(date, now)) return visit;
  }
  return null;
}

/** Labs of an adult check-up: metabolic panel, lipids and blood count; HbA1c and urine ACR when indicated. */
function recordCheckUpLabs(
  session: CareSession,
  context: ObservationContext,
  diagnosedHere: readonly ChronicCondition[],
): void {
  const { profile, random } = session;
  const date = context.effective;
  const diabetesHere = diagnosedHere.includes('diabetes');
  const hba1c = hba1cAt(profile, random, date, diabetesHere);
  const labs = labValuesAt(profile, random, date, hba1c);
  recordMetabolicPanel(context, labs);
  recordLipidPanel(context, labs);
  recordBloodCount(context, labs);
  const diabetic = diabetesHere || isDiagnosed(profile, 'diabetes', date);
  const glycaemiaWatched =
    diabetic || diagnosedHere.includes('prediabetes') || isDiagnosed(profile, 'prediabetes', date);
  if (glycaemiaWatched) recordSingleTest(context, LOINC.hba1c, hba1c);
  // ADA and KDIGO: yearly urine albumin/creatinine ratio in diabetes.
  if (diabetic) recordSingleTest(context, LOINC.albuminCreatinineRatio, labs.albuminCreatinineMgG);
}

/** A diabetes review about six months after a check-up: blood pressure, weight and HbA1c. */
function recordDiabetesReview(session: CareSession, date: Date): void {
  const { builder, profile, random } = session;
  const reason = profile.diagnoses.diabetes ? CHRONIC_SNOMED.diabetes : null;
  if (!reason) return;
  const encounter = recordEncounter(builder, {
    type: ENCOUNTER_TYPES.followUp,
    setting: 'ambulatory',
    start: date,
    minutes: 20,
    reasons: [{ system: 'http://snomed.info/sct', code: reason, display: 'Type 2 diabetes mellitus' }],
    clinician: profile.clinician,
  });
  const base = {
    builder,
    encounter,
    sex: profile.person.sex,
    ageYears: yearsBetween(profile.person.birthDate, date),
  };
  const vitals = vitalSignsAt(profile, random, date, { fever: false, hypertensionDiagnosedHere: false });
  recordVitalSigns({ ...base, effective: addMinutes(date, VITALS_AT_MINUTES) }, vitals, {
    bodyMeasurements: true,
  });
  recordSingleTest(
    { ...base, effective: addMinutes(date, LABS_AT_MINUTES) },
    LOINC.hba1c,
    hba1cAt(profile, random, date, false),
  );
}

/** Writes a patient's whole history into the bundle, visit by visit. */
export function recordHistory(
  builder: RecordBuilder,
  profile: PatientProfile,
  random: SyntheticRandom,
  now: Date,
): void {
  const pending = new Map<number, ((encounter: Reference<Encounter>, date: Date) => void)[]>();
  const session: CareSession = {
    builder,
    profile,
    random,
    conditions: {},
    later: (visit, action) => pending.set(visit, [...(pending.get(visit) ?? []), action]),
  };
  const preventive = createPreventiveState();
  const cancerVisit = lungCancerVisit(profile, now);
  let obesityRecorded = false;
  let quitRecorded = false;
  profile.checkUps.forEach((date, visit) => {
    const ageYears = yearsBetween(profile.person.birthDate, date);
    const encounter = recordEncounter(builder, {
      type: ENCOUNTER_TYPES.checkUp,
      setting: 'ambulatory',
      start: date,
      minutes: random.int(20, 35),
      clinician: profile.clinician,
    });
    const here = diagnosedAtVisit(profile, visit);
    const base = { builder, encounter, sex: profile.person.sex, ageYears };
    const vitalsContext = { ...base, effective: addMinutes(date, VITALS_AT_MINUTES) };
    const hypertensionDiagnosedHere =
      here.includes('hypertension') && 'visit' in (profile.diagnoses.hypertension ?? {});
    const vitals = vitalSignsAt(profile, random, date, { fever: false, hypertensionDiagnosedHere });
    recordVitalSigns(vitalsContext, vitals, { bodyMeasurements: true });
    const quit = profile.smoking.smoked && profile.smoking.quitAt && profile.smoking.quitAt <= date;
    recordSmokingHistory(vitalsContext, profile.smoking, {
      firstRecord: visit === 0,
      quitFirstRecorded: Boolean(quit) && !quitRecorded,
    });
    if (quit) quitRecorded = true;
    if (ageYears >= 18)
      recordCheckUpLabs(session, { ...base, effective: addMinutes(date, LABS_AT_MINUTES) }, here);
    if (visit === 0) recordAllergies(session, encounter, date);
    for (const condition of here) recordChronicDiagnosis(session, condition, encounter, visit, date);
    if (!obesityRecorded && vitals.bmi >= 30) {
      obesityRecorded = true;
      recordCondition(builder, {
        snomedCode: OBESITY_SNOMED,
        encounter,
        onset: addMinutes(date, 25),
        recorded: addMinutes(date, 25),
        kind: 'problem',
        clinician: profile.clinician,
      });
    }
    for (const action of pending.get(visit) ?? []) action(encounter, date);
    recordPreventiveCare(session, preventive, encounter, date, visit, now, {
      lungCancerWorkUpHere: visit === cancerVisit,
    });
    if (visit === cancerVisit) recordLungCancer(session, encounter, date, now);
    const review = addDays(date, random.int(160, 200));
    const next = profile.checkUps[visit + 1];
    const reviewFits = review <= addDays(now, -3) && (!next || review < addDays(next, -14));
    if (isDiagnosed(profile, 'diabetes', date) && reviewFits) recordDiabetesReview(session, review);
  });
  for (const date of scheduleAcuteVisits(session, now)) recordAcuteVisit(session, date, now);
  recordSeasonalVaccinations(session, now);
}
