import type { Encounter, Reference } from '@medplum/fhirtypes';
import { findConditionBySnomed } from '@nexus/clinical';
import { addDays, addMinutes } from './synthetic-bundle.ts';
import { recordCondition, recordMedication, recordProcedure } from './synthetic-care.ts';
import { type CareSession, CHRONIC_SNOMED } from './synthetic-chronic.ts';
import { ENCOUNTER_TYPES, MEDICATIONS, PROCEDURES } from './synthetic-codes.table.ts';
import { recordEncounter } from './synthetic-encounters.ts';

const SUSPECTED_LUNG_CANCER = '162573006';
const BIOPSY_AFTER_DAYS = 10;
const DIAGNOSIS_AFTER_DAYS = 17;
const CHEMOTHERAPY_AFTER_DAYS = 24;
/** Four 21-day cycles of cisplatin and paclitaxel: infusions on days 0, 21, 42 and 63. */
const CHEMOTHERAPY_DAYS = 63;

/** Whether the work-up that starts at a check-up on `date` ends (with the diagnosis) before `now`. */
export function lungCancerWorkUpFits(date: Date, now: Date): boolean {
  return addDays(date, DIAGNOSIS_AFTER_DAYS + 1) <= now;
}

function snomedConcept(code: string) {
  const entry = findConditionBySnomed(code);
  if (!entry) throw new Error(`SNOMED CT ${code} is not in the clinical condition table`);
  return entry.snomed;
}

/**
 * Non-small cell lung cancer found from a check-up: chest imaging at the check-up, a needle biopsy
 * ten days later, the diagnosis a week after that, then four cycles of cisplatin with paclitaxel.
 */
export function recordLungCancer(
  session: CareSession,
  checkUp: Reference<Encounter>,
  date: Date,
  now: Date,
): void {
  const { builder, profile } = session;
  recordProcedure(builder, {
    code: PROCEDURES.lowDoseChestCt,
    encounter: checkUp,
    performed: addMinutes(date, 40),
  });
  const biopsyDate = addDays(date, BIOPSY_AFTER_DAYS);
  const biopsyVisit = recordEncounter(builder, {
    type: ENCOUNTER_TYPES.problem,
    setting: 'ambulatory',
    start: biopsyDate,
    minutes: 60,
    reasons: [snomedConcept(SUSPECTED_LUNG_CANCER)],
    clinician: profile.clinician,
  });
  recordProcedure(builder, {
    code: PROCEDURES.lungBiopsy,
    encounter: biopsyVisit,
    performed: addMinutes(biopsyDate, 15),
  });
  const diagnosisDate = addDays(date, DIAGNOSIS_AFTER_DAYS);
  const diagnosisVisit = recordEncounter(builder, {
    type: ENCOUNTER_TYPES.problem,
    setting: 'ambulatory',
    start: diagnosisDate,
    minutes: 40,
    reasons: [snomedConcept(CHRONIC_SNOMED.lungCancer)],
    clinician: profile.clinician,
  });
  const cancer = recordCondition(builder, {
    snomedCode: CHRONIC_SNOMED.lungCancer,
    encounter: diagnosisVisit,
    onset: addMinutes(diagnosisDate, 20),
    recorded: addMinutes(diagnosisDate, 20),
    kind: 'problem',
    clinician: profile.clinician,
  });
  session.conditions.lungCancer = cancer;
  const start = addDays(date, CHEMOTHERAPY_AFTER_DAYS);
  const end = addDays(start, CHEMOTHERAPY_DAYS);
  const finished = end <= now;
  for (const medication of [MEDICATIONS.cisplatin, MEDICATIONS.paclitaxel]) {
    recordMedication(builder, {
      medication,
      encounter: diagnosisVisit,
      authored: addMinutes(diagnosisDate, 25),
      stopped: finished ? end : null,
      reason: cancer,
      clinician: profile.clinician,
    });
  }
  if (start > now) return;
  recordProcedure(builder, {
    code: PROCEDURES.chemotherapy,
    performed: start,
    ...(finished ? { end } : { inProgress: true }),
    reason: cancer,
  });
}
