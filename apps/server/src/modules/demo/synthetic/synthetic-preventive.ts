import type { Encounter, Reference } from '@medplum/fhirtypes';
import { addDays, addMinutes, yearsBetween } from './synthetic-bundle.ts';
import { recordAllergy, recordImmunization, recordMedication, recordProcedure } from './synthetic-care.ts';
import type { CareSession } from './synthetic-chronic.ts';
import { MEDICATIONS, PROCEDURES, VACCINES } from './synthetic-codes.table.ts';
import { isDiagnosed } from './synthetic-physiology.ts';
import { packYearsAt } from './synthetic-profile.ts';

/** What preventive care has already happened, so one-off items are not repeated. */
export type PreventiveState = {
  tdap: boolean;
  pneumococcal: number;
  zoster: boolean;
  colonoscopy: boolean;
  hepatitisB: boolean;
};

export function createPreventiveState(): PreventiveState {
  return { tdap: false, pneumococcal: 0, zoster: false, colonoscopy: false, hepatitisB: false };
}

/**
 * USPSTF 2021 lung-cancer screening: age 50–80, at least 20 pack-years, and smoking now or quit within
 * the past 15 years.
 */
export function eligibleForLungScreening(session: CareSession, date: Date): boolean {
  const { smoking, person } = session.profile;
  const age = yearsBetween(person.birthDate, date);
  if (!smoking.smoked || age < 50 || age > 80 || packYearsAt(smoking, date) < 20) return false;
  return !smoking.quitAt || smoking.quitAt > date || yearsBetween(smoking.quitAt, date) < 15;
}

/** Screening and vaccinations due at a check-up (ACIP and USPSTF schedules, simplified). */
export function recordPreventiveCare(
  session: CareSession,
  state: PreventiveState,
  encounter: Reference<Encounter>,
  date: Date,
  visit: number,
  now: Date,
  options: { lungCancerWorkUpHere: boolean },
): void {
  const { builder, profile, random } = session;
  const age = yearsBetween(profile.person.birthDate, date);
  const at = (minutes: number) => addMinutes(date, minutes);
  if (!state.tdap && random.chance(0.25)) {
    state.tdap = true;
    recordImmunization(builder, { vaccine: VACCINES.tdap, date: at(35), encounter });
  }
  if (age >= 65 && state.pneumococcal < 2) {
    const vaccine =
      state.pneumococcal === 0 ? VACCINES.pneumococcalConjugate : VACCINES.pneumococcalPolysaccharide;
    state.pneumococcal += 1;
    recordImmunization(builder, { vaccine, date: at(36), encounter, doseNumber: state.pneumococcal });
  }
  if (!state.zoster && age >= 50 && date >= new Date('2018-01-01T00:00:00Z') && random.chance(0.5)) {
    state.zoster = true;
    recordImmunization(builder, {
      vaccine: VACCINES.zosterRecombinant,
      date: at(37),
      encounter,
      doseNumber: 1,
    });
    const second = addDays(date, random.int(60, 180));
    if (second <= now)
      recordImmunization(builder, { vaccine: VACCINES.zosterRecombinant, date: second, doseNumber: 2 });
  }
  // ACIP: hepatitis B vaccination for adults with diabetes under 60, three doses at 0, 1 and 6 months.
  if (!state.hepatitisB && age < 60 && isDiagnosed(profile, 'diabetes', date)) {
    state.hepatitisB = true;
    [0, 30, 180].forEach((days, dose) => {
      const when = addDays(at(38), days);
      if (when <= now)
        recordImmunization(builder, {
          vaccine: VACCINES.hepatitisB,
          date: when,
          doseNumber: dose + 1,
          ...(days === 0 ? { encounter } : {}),
        });
    });
  }
  if (profile.person.sex === 'female' && age >= 50 && age <= 74 && visit % 2 === 0 && random.chance(0.8)) {
    recordProcedure(builder, { code: PROCEDURES.mammography, encounter, performed: at(45) });
  }
  if (!state.colonoscopy && age >= 45 && random.chance(0.5)) {
    state.colonoscopy = true;
    const performed = addDays(date, random.int(14, 40));
    if (performed <= now) recordProcedure(builder, { code: PROCEDURES.colonoscopy, performed });
  }
  // Screening is for people without lung cancer: none at the check-up that starts its work-up, or after.
  const screen = !options.lungCancerWorkUpHere && !session.conditions.lungCancer;
  if (screen && eligibleForLungScreening(session, date) && random.chance(0.6)) {
    recordProcedure(builder, { code: PROCEDURES.lowDoseChestCt, encounter, performed: at(40) });
  }
}

/** Seasonal influenza vaccination in October–November of each year of the record, and COVID-19 in 2021. */
export function recordSeasonalVaccinations(session: CareSession, now: Date): void {
  const { builder, profile, random } = session;
  const first = profile.checkUps[0];
  if (!first) return;
  for (let year = first.getUTCFullYear(); year <= now.getUTCFullYear(); year += 1) {
    const date = new Date(Date.UTC(year, 9, 1 + random.int(0, 60), random.int(9, 16), 5 * random.int(0, 11)));
    const likely = yearsBetween(profile.person.birthDate, date) >= 65 ? 0.75 : 0.45;
    if (date >= first && date <= addDays(now, -1) && random.chance(likely)) {
      recordImmunization(builder, { vaccine: VACCINES.influenza, date });
    }
  }
  const covid = new Date(Date.UTC(2021, 2, 1 + random.int(0, 90), random.int(9, 16)));
  if (covid >= first && random.chance(0.8)) {
    [0, 21].forEach((days, dose) => {
      const when = addDays(covid, days);
      if (when <= addDays(now, -1))
        recordImmunization(builder, { vaccine: VACCINES.covid19, date: when, doseNumber: dose + 1 });
    });
  }
}

/** Allergies, recorded at the first check-up; a peanut allergy comes with an adrenaline auto-injector. */
export function recordAllergies(session: CareSession, encounter: Reference<Encounter>, date: Date): void {
  const { builder, profile, random } = session;
  for (const allergy of profile.allergies) {
    const onset = addDays(profile.person.birthDate, random.int(2, 16) * 365);
    recordAllergy(builder, allergy, addMinutes(date, 8), onset < date ? onset : addDays(date, -30));
    if (allergy.code.code === '91935009') {
      recordMedication(builder, {
        medication: MEDICATIONS.epinephrine,
        encounter,
        authored: addMinutes(date, 26),
        clinician: profile.clinician,
      });
    }
  }
}
