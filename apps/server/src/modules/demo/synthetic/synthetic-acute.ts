import { findConditionBySnomed } from '@nexus/clinical';
import { addDays, addMinutes, yearsBetween } from './synthetic-bundle.ts';
import { recordCondition, recordMedication, recordProcedure } from './synthetic-care.ts';
import type { CareSession } from './synthetic-chronic.ts';
import { ENCOUNTER_TYPES, MEDICATIONS, PROCEDURES } from './synthetic-codes.table.ts';
import { recordEncounter } from './synthetic-encounters.ts';
import { recordVitalSigns } from './synthetic-observations.ts';
import { vitalSignsAt } from './synthetic-physiology.ts';

type Illness = {
  snomed: string;
  emergency?: boolean;
  fever: boolean;
  lastsDays: readonly [number, number];
  medication?: keyof typeof MEDICATIONS;
  procedure?: keyof typeof PROCEDURES;
  weight: { female: number; male: number };
  /** Only seen from this date (COVID-19). */
  from?: Date;
};

const ILLNESSES: readonly Illness[] = [
  {
    snomed: '444814009',
    fever: false,
    lastsDays: [7, 14],
    medication: 'acetaminophen',
    weight: { female: 5, male: 5 },
  },
  {
    snomed: '75498004',
    fever: true,
    lastsDays: [10, 21],
    medication: 'amoxicillinClavulanate',
    weight: { female: 2, male: 2 },
  },
  {
    snomed: '10509002',
    fever: false,
    lastsDays: [10, 21],
    medication: 'acetaminophen',
    weight: { female: 3, male: 3 },
  },
  {
    snomed: '195662009',
    fever: true,
    lastsDays: [5, 10],
    medication: 'ibuprofen',
    procedure: 'throatCulture',
    weight: { female: 3, male: 3 },
  },
  {
    snomed: '43878008',
    fever: true,
    lastsDays: [5, 10],
    medication: 'amoxicillinClavulanate',
    procedure: 'throatCulture',
    weight: { female: 1, male: 1 },
  },
  { snomed: '68566005', fever: false, lastsDays: [3, 7], weight: { female: 3, male: 0.5 } },
  {
    snomed: '6142004',
    fever: true,
    lastsDays: [7, 14],
    medication: 'acetaminophen',
    weight: { female: 2, male: 2 },
  },
  {
    snomed: '65363002',
    fever: true,
    lastsDays: [5, 10],
    medication: 'ibuprofen',
    weight: { female: 1, male: 1 },
  },
  {
    snomed: '44465007',
    emergency: true,
    fever: false,
    lastsDays: [14, 42],
    medication: 'ibuprofen',
    weight: { female: 1, male: 1.2 },
  },
  {
    snomed: '284549007',
    emergency: true,
    fever: false,
    lastsDays: [10, 14],
    procedure: 'sutureWound',
    weight: { female: 0.7, male: 1 },
  },
  {
    snomed: '840539006',
    fever: true,
    lastsDays: [7, 21],
    medication: 'acetaminophen',
    weight: { female: 1.5, male: 1.5 },
    from: new Date('2020-03-01T00:00:00Z'),
  },
];

function pickIllness(session: CareSession, date: Date): Illness {
  const { sex } = session.profile.person;
  const candidates = ILLNESSES.filter((illness) => !illness.from || illness.from <= date);
  const total = candidates.reduce((sum, illness) => sum + illness.weight[sex], 0);
  let roll = session.random.next() * total;
  let chosen = candidates[0];
  for (const illness of candidates) {
    roll -= illness.weight[sex];
    if (roll < 0) {
      chosen = illness;
      break;
    }
  }
  if (!chosen) throw new Error('no illness to pick');
  return chosen;
}

/** Dates of sick visits between check-ups: none to three a year, never within five days of another visit. */
export function scheduleAcuteVisits(session: CareSession, now: Date): Date[] {
  const { checkUps } = session.profile;
  const dates: Date[] = [];
  const latest = addDays(now, -1);
  checkUps.forEach((checkUp, index) => {
    const roll = session.random.next();
    const count = roll < 0.5 ? 0 : roll < 0.83 ? 1 : roll < 0.96 ? 2 : 3;
    const windowEnd = checkUps[index + 1] ?? latest;
    for (let n = 0; n < count; n += 1) {
      const day = addDays(
        checkUp,
        session.random.float(5, Math.max(5, (windowEnd.getTime() - checkUp.getTime()) / 86_400_000 - 5)),
      );
      const date = new Date(
        Date.UTC(
          day.getUTCFullYear(),
          day.getUTCMonth(),
          day.getUTCDate(),
          session.random.int(8, 17),
          5 * session.random.int(0, 11),
        ),
      );
      const clash = [...checkUps, ...dates].some(
        (other) => Math.abs(other.getTime() - date.getTime()) < 5 * 86_400_000,
      );
      if (date <= latest && !clash) dates.push(date);
    }
  });
  return dates.sort((a, b) => a.getTime() - b.getTime());
}

/** One sick visit: encounter with its reason, vital signs, the diagnosis, and treatment if any. */
export function recordAcuteVisit(session: CareSession, date: Date, now: Date): void {
  const { builder, profile, random } = session;
  const illness = pickIllness(session, date);
  const entry = findConditionBySnomed(illness.snomed);
  if (!entry) throw new Error(`SNOMED CT ${illness.snomed} is not in the clinical condition table`);
  const encounter = recordEncounter(builder, {
    type: illness.emergency ? ENCOUNTER_TYPES.emergency : ENCOUNTER_TYPES.symptom,
    setting: illness.emergency ? 'emergency' : 'ambulatory',
    start: date,
    minutes: illness.emergency ? random.int(90, 240) : random.int(15, 25),
    reasons: [entry.snomed],
    clinician: profile.clinician,
  });
  const ageYears = yearsBetween(profile.person.birthDate, date);
  const vitals = vitalSignsAt(profile, random, date, {
    fever: illness.fever,
    hypertensionDiagnosedHere: false,
  });
  const context = { builder, encounter, effective: addMinutes(date, 5), sex: profile.person.sex, ageYears };
  recordVitalSigns(context, vitals, { bodyMeasurements: false });
  const resolvedAt = addDays(date, random.int(...illness.lastsDays));
  const condition = recordCondition(builder, {
    snomedCode: illness.snomed,
    encounter,
    onset: addDays(date, -random.int(1, 4)),
    recorded: addMinutes(date, 15),
    abatement: resolvedAt <= now ? resolvedAt : null,
    kind: 'encounter-diagnosis',
    clinician: profile.clinician,
  });
  if (illness.procedure) {
    recordProcedure(builder, {
      code: PROCEDURES[illness.procedure],
      encounter,
      performed: addMinutes(date, 10),
      reason: condition,
    });
  }
  const penicillinAllergy = profile.allergies.some((allergy) => allergy.code.code === '91936005');
  // No penicillin for a patient allergic to it: symptomatic treatment instead.
  const medication =
    illness.medication === 'amoxicillinClavulanate' && penicillinAllergy
      ? 'acetaminophen'
      : illness.medication;
  if (medication) {
    const courseEnd = addDays(date, 7);
    recordMedication(builder, {
      medication: MEDICATIONS[medication],
      encounter,
      authored: addMinutes(date, 15),
      stopped: courseEnd <= now ? courseEnd : null,
      reason: condition,
      clinician: profile.clinician,
    });
  }
}
