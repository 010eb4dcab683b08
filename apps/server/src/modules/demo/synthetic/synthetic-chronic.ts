import type { Condition, Encounter, Reference } from '@medplum/fhirtypes';
import type { RecordBuilder } from './synthetic-bundle.ts';
import { addMinutes, yearsBetween } from './synthetic-bundle.ts';
import { recordCondition, recordMedication, recordProcedure } from './synthetic-care.ts';
import { MEDICATIONS, PROCEDURES, type SyntheticMedication } from './synthetic-codes.table.ts';
import type { ChronicCondition, PatientProfile } from './synthetic-profile.ts';
import type { SyntheticRandom } from './synthetic-random.ts';

/** What the visit loop shares with the care plans: the record, and actions due at later check-ups. */
export type CareSession = {
  builder: RecordBuilder;
  profile: PatientProfile;
  random: SyntheticRandom;
  /** Runs `action` while recording check-up `visit` (ignored when there is no such check-up). */
  later(visit: number, action: (encounter: Reference<Encounter>, date: Date) => void): void;
  conditions: Partial<Record<ChronicCondition, Reference<Condition>>>;
};

/** SNOMED CT concepts (all in the clinical condition table) for the planned chronic conditions. */
export const CHRONIC_SNOMED: Readonly<Record<ChronicCondition, string>> = {
  hypertension: '38341003',
  diabetes: '44054006',
  prediabetes: '15777000',
  hyperlipidaemia: '55822004',
  asthma: '195967001',
  copd: '13645005',
  ckd: '433144002',
  depression: '370143000',
  osteoarthritis: '239873007',
  lungCancer: '254637007',
};

// Minutes after the start of a check-up: vitals first, blood drawn next, the diagnosis recorded last.
export const VITALS_AT_MINUTES = 5;
export const LABS_AT_MINUTES = 12;
const DIAGNOSIS_AT_MINUTES = 25;

function prescribe(
  session: CareSession,
  medication: SyntheticMedication,
  encounter: Reference<Encounter>,
  date: Date,
  reason: Reference<Condition> | undefined,
  stopped: Date | null = null,
): void {
  recordMedication(session.builder, {
    medication,
    encounter,
    authored: addMinutes(date, DIAGNOSIS_AT_MINUTES),
    stopped,
    ...(reason ? { reason } : {}),
    clinician: session.profile.clinician,
  });
}

/** A later check-up index after `visit`, or null when the record ends first. */
function laterVisit(session: CareSession, visit: number, minGap: number, maxGap: number): number | null {
  const last = session.profile.checkUps.length - 1;
  if (visit + minGap > last) return null;
  return session.random.int(visit + minGap, Math.min(last, visit + maxGap));
}

function startTreatment(
  session: CareSession,
  condition: ChronicCondition,
  encounter: Reference<Encounter>,
  date: Date,
  visit: number,
) {
  const reason = session.conditions[condition];
  const { profile, random } = session;
  const checkUpDate = (index: number | null) => (index === null ? null : (profile.checkUps[index] ?? null));
  switch (condition) {
    case 'hypertension': {
      // NICE NG136 step 1: a calcium-channel blocker from 55 years, an ACE inhibitor below.
      const age = yearsBetween(profile.person.birthDate, date);
      prescribe(
        session,
        age >= 55 ? MEDICATIONS.amlodipine : MEDICATIONS.lisinopril,
        encounter,
        date,
        reason,
      );
      const step2 = random.chance(0.4) ? laterVisit(session, visit, 1, 2) : null;
      if (step2 !== null) {
        session.later(step2, (later, laterDate) =>
          prescribe(session, MEDICATIONS.hydrochlorothiazide, later, laterDate, reason),
        );
      }
      return;
    }
    case 'diabetes':
      return prescribe(session, MEDICATIONS.metformin, encounter, date, reason);
    case 'hyperlipidaemia': {
      const switchVisit = random.chance(0.3) ? laterVisit(session, visit, 1, 3) : null;
      prescribe(session, MEDICATIONS.atorvastatin20, encounter, date, reason, checkUpDate(switchVisit));
      if (switchVisit !== null) {
        session.later(switchVisit, (later, laterDate) =>
          prescribe(session, MEDICATIONS.atorvastatin40, later, laterDate, reason),
        );
      }
      return;
    }
    case 'asthma':
      prescribe(session, MEDICATIONS.albuterol, encounter, date, reason);
      return prescribe(session, MEDICATIONS.fluticasone, encounter, date, reason);
    case 'copd':
      prescribe(session, MEDICATIONS.fluticasoneSalmeterol, encounter, date, reason);
      if (!profile.diagnoses.asthma) prescribe(session, MEDICATIONS.albuterol, encounter, date, reason);
      return;
    case 'depression': {
      const stopVisit = random.chance(0.5) ? laterVisit(session, visit, 1, 2) : null;
      return prescribe(session, MEDICATIONS.fluoxetine, encounter, date, reason, checkUpDate(stopVisit));
    }
    case 'osteoarthritis':
      // NSAIDs are avoided in chronic kidney disease (KDIGO 2012), so paracetamol then.
      return prescribe(
        session,
        profile.diagnoses.ckd ? MEDICATIONS.acetaminophen : MEDICATIONS.naproxen,
        encounter,
        date,
        reason,
      );
    case 'prediabetes':
    case 'ckd':
    case 'lungCancer':
      return;
  }
}

const WORK_UP: Partial<Record<ChronicCondition, keyof typeof PROCEDURES>> = {
  hypertension: 'electrocardiogram',
  asthma: 'spirometry',
  copd: 'spirometry',
  depression: 'depressionScreening',
};

/**
 * Records a planned chronic condition at the check-up where it is diagnosed (or, when it predates the
 * record, at the first check-up), with its first treatment and work-up.
 */
export function recordChronicDiagnosis(
  session: CareSession,
  condition: ChronicCondition,
  encounter: Reference<Encounter>,
  visit: number,
  date: Date,
): void {
  const { profile, builder } = session;
  const diagnosis = profile.diagnoses[condition];
  if (!diagnosis || condition === 'lungCancer') return;
  const recorded = addMinutes(date, DIAGNOSIS_AT_MINUTES);
  const predates = 'before' in diagnosis;
  // Prediabetes ends when diabetes is diagnosed.
  const diabetes = profile.diagnoses.diabetes;
  const diabetesDate = diabetes && 'visit' in diabetes ? profile.checkUps[diabetes.visit] : undefined;
  const abatement =
    condition === 'prediabetes' && diabetesDate ? addMinutes(diabetesDate, DIAGNOSIS_AT_MINUTES) : null;
  session.conditions[condition] = recordCondition(builder, {
    snomedCode: CHRONIC_SNOMED[condition],
    encounter,
    onset: predates ? diagnosis.before : recorded,
    recorded,
    abatement,
    kind: 'problem',
    clinician: profile.clinician,
  });
  const workUp = WORK_UP[condition];
  const workUpReason = session.conditions[condition];
  if (workUp && (!predates || condition === 'depression')) {
    recordProcedure(builder, {
      code: PROCEDURES[workUp],
      encounter,
      performed: addMinutes(date, 15),
      ...(workUpReason ? { reason: workUpReason } : {}),
    });
  }
  startTreatment(session, condition, encounter, date, visit);
}
