import type { Sex } from '@nexus/clinical';
import { addDays, yearsBetween } from './synthetic-bundle.ts';
import { ALLERGIES, type SyntheticAllergy } from './synthetic-codes.table.ts';
import type { SyntheticPerson } from './synthetic-demographics.ts';
import { clamp, type SyntheticRandom } from './synthetic-random.ts';

export type ChronicCondition =
  | 'hypertension'
  | 'diabetes'
  | 'prediabetes'
  | 'hyperlipidaemia'
  | 'asthma'
  | 'copd'
  | 'ckd'
  | 'depression'
  | 'osteoarthritis'
  | 'lungCancer';

/** Diagnosed at check-up `visit` (index into the check-ups), or before the record begins. */
export type Diagnosis = { visit: number } | { before: Date };

/** Tobacco history: when smoking started, how much, and when (if ever) it stopped. */
export type SmokingHistory =
  | { smoked: false }
  | { smoked: true; startedAt: Date; ageStarted: number; cigarettesPerDay: number; quitAt: Date | null };

/** Patients the generator must include so every demo has the cases the modules are built for. */
export type Archetype = 'diabetes' | 'lungCancer';

export type PatientProfile = {
  person: SyntheticPerson;
  clinician: string;
  checkUps: readonly Date[];
  smoking: SmokingHistory;
  diagnoses: Partial<Record<ChronicCondition, Diagnosis>>;
  allergies: readonly SyntheticAllergy[];
  heightCm: number;
  bmiAtStart: number;
  bmiDriftPerYear: number;
  systolicBase: number;
  hypertensiveExcess: number;
  heartRateBase: number;
};

const YEAR_DAYS = 365.25;

/** Annual check-ups from the start of the record until a few days before `now`. */
function scheduleCheckUps(random: SyntheticRandom, person: SyntheticPerson, now: Date): Date[] {
  const historyYears = random.int(6, 14);
  const adultFrom = addDays(person.birthDate, 18 * YEAR_DAYS);
  const windowStart = addDays(now, -historyYears * YEAR_DAYS);
  const start = adultFrom > windowStart ? adultFrom : windowStart;
  const lastAllowed = addDays(now, -3);
  const visits: Date[] = [];
  for (let year = 0; year <= historyYears; year += 1) {
    const day = addDays(start, year * YEAR_DAYS + random.int(-20, 20));
    const date = new Date(
      Date.UTC(
        day.getUTCFullYear(),
        day.getUTCMonth(),
        day.getUTCDate(),
        random.int(8, 15),
        5 * random.int(0, 11),
      ),
    );
    if (date > lastAllowed) break;
    if (date >= start) visits.push(date);
  }
  return visits;
}

function inventSmoking(
  random: SyntheticRandom,
  person: SyntheticPerson,
  now: Date,
  heavy: boolean,
): SmokingHistory {
  const roll = random.next();
  if (!heavy && roll < 0.55) return { smoked: false };
  const ageStarted = random.int(14, heavy ? 18 : 22);
  const startedAt = addDays(person.birthDate, ageStarted * YEAR_DAYS + random.int(0, 300));
  if (startedAt > addDays(now, -2 * YEAR_DAYS)) return { smoked: false };
  const cigarettesPerDay = heavy
    ? random.pick([20, 25, 30, 40])
    : random.pick([3, 5, 8, 10, 10, 15, 20, 20, 25, 30]);
  const quits = heavy ? random.chance(0.5) : roll < 0.82;
  const earliestQuit = addDays(startedAt, 3 * YEAR_DAYS);
  const latestQuit = addDays(now, -60);
  const quitAt =
    quits && earliestQuit < latestQuit
      ? new Date(earliestQuit.getTime() + random.next() * (latestQuit.getTime() - earliestQuit.getTime()))
      : null;
  return { smoked: true, startedAt, ageStarted, cigarettesPerDay, quitAt };
}

/** Pack-years on a date: packs per day × years smoked up to then. */
export function packYearsAt(smoking: SmokingHistory, date: Date): number {
  if (!smoking.smoked || date < smoking.startedAt) return 0;
  const end = smoking.quitAt && smoking.quitAt < date ? smoking.quitAt : date;
  return (
    ((end.getTime() - smoking.startedAt.getTime()) / (YEAR_DAYS * 86_400_000)) *
    (smoking.cigarettesPerDay / 20)
  );
}

const byAge = (age: number, bands: readonly [number, number][]) =>
  bands.find(([upTo]) => age < upTo)?.[1] ?? bands.at(-1)?.[1] ?? 0;

function prevalence(
  condition: ChronicCondition,
  age: number,
  sex: Sex,
  smoking: SmokingHistory,
  chosen: ReadonlySet<ChronicCondition>,
  now: Date,
): number {
  const everSmoked = smoking.smoked;
  switch (condition) {
    case 'hypertension':
      return byAge(age, [
        [35, 0.08],
        [50, 0.22],
        [65, 0.42],
        [200, 0.6],
      ]);
    case 'diabetes':
      return byAge(age, [
        [35, 0.02],
        [50, 0.08],
        [65, 0.16],
        [200, 0.22],
      ]);
    case 'prediabetes':
      return chosen.has('diabetes')
        ? 0
        : byAge(age, [
            [35, 0.08],
            [200, 0.28],
          ]);
    case 'hyperlipidaemia':
      return byAge(age, [
        [35, 0.06],
        [50, 0.2],
        [65, 0.35],
        [200, 0.45],
      ]);
    case 'asthma':
      return 0.08;
    case 'copd':
      return age >= 45 && everSmoked ? 0.25 : age >= 45 ? 0.01 : 0;
    case 'ckd': {
      const risk = chosen.has('diabetes') || chosen.has('hypertension') ? 0.12 : 0;
      return (
        byAge(age, [
          [45, 0.01],
          [60, 0.04],
          [200, 0.15],
        ]) + risk
      );
    }
    case 'depression':
      return sex === 'female' ? 0.15 : 0.09;
    case 'osteoarthritis':
      return byAge(age, [
        [40, 0.02],
        [50, 0.1],
        [200, 0.3],
      ]);
    case 'lungCancer':
      return age >= 55 && packYearsAt(smoking, now) >= 20 ? 0.1 : 0;
  }
}

const CONDITION_ORDER: readonly ChronicCondition[] = [
  'hypertension',
  'diabetes',
  'prediabetes',
  'hyperlipidaemia',
  'asthma',
  'copd',
  'ckd',
  'depression',
  'osteoarthritis',
  'lungCancer',
];

// Conditions that may predate the record. Diabetes never does, so its diagnostic HbA1c is in the record;
// lung cancer never does, so its work-up is.
const MAY_PREDATE: ReadonlySet<ChronicCondition> = new Set([
  'hypertension',
  'hyperlipidaemia',
  'asthma',
  'depression',
  'osteoarthritis',
]);

function planDiagnoses(
  random: SyntheticRandom,
  person: SyntheticPerson,
  checkUps: readonly Date[],
  smoking: SmokingHistory,
  now: Date,
  archetype: Archetype | undefined,
): Partial<Record<ChronicCondition, Diagnosis>> {
  const plan: Partial<Record<ChronicCondition, Diagnosis>> = {};
  const first = checkUps[0];
  if (!first) return plan;
  const age = yearsBetween(person.birthDate, now);
  const chosen = new Set<ChronicCondition>();
  for (const condition of CONDITION_ORDER) {
    const forced = archetype === condition;
    if (!forced && !random.chance(prevalence(condition, age, person.sex, smoking, chosen, now))) continue;
    chosen.add(condition);
    const adultYearsBefore = yearsBetween(person.birthDate, first) - 18;
    if (MAY_PREDATE.has(condition) && adultYearsBefore >= 2 && random.chance(0.4)) {
      const before = addDays(first, -random.int(1, Math.min(10, adultYearsBefore)) * YEAR_DAYS);
      plan[condition] = {
        before: new Date(Date.UTC(before.getUTCFullYear(), before.getUTCMonth(), before.getUTCDate(), 12)),
      };
      continue;
    }
    // Lung cancer and CKD need a visit before the diagnosis (screening, a first eGFR below 60).
    const earliest = condition === 'lungCancer' || condition === 'ckd' ? Math.min(1, checkUps.length - 1) : 0;
    plan[condition] = { visit: random.int(earliest, checkUps.length - 1) };
  }
  const pre = plan.prediabetes;
  if (pre && 'visit' in pre && pre.visit < checkUps.length - 2 && random.chance(0.3)) {
    plan.diabetes = { visit: random.int(pre.visit + 2, checkUps.length - 1) };
  }
  return plan;
}

/** Everything about a synthetic patient that stays fixed over the record. */
export function createProfile(
  random: SyntheticRandom,
  person: SyntheticPerson,
  now: Date,
  clinician: string,
  archetype?: Archetype,
): PatientProfile {
  const checkUps = scheduleCheckUps(random, person, now);
  const smoking = inventSmoking(random, person, now, archetype === 'lungCancer');
  const diagnoses = planDiagnoses(random, person, checkUps, smoking, now, archetype);
  const allergies = ALLERGIES.filter((allergy) => random.chance(allergy.prevalence));
  const age = yearsBetween(person.birthDate, now);
  const male = person.sex === 'male';
  return {
    person,
    clinician,
    checkUps,
    smoking,
    diagnoses,
    allergies,
    heightCm: clamp(random.normal(male ? 176 : 163, male ? 7 : 6.5), male ? 155 : 145, male ? 200 : 188),
    bmiAtStart: clamp(random.normal(diagnoses.diabetes ? 30 : 26, 4), 18, 45),
    bmiDriftPerYear: random.normal(0.05, 0.2),
    systolicBase: clamp(random.normal(116, 7) + Math.max(0, age - 40) * 0.3, 98, 135),
    hypertensiveExcess: clamp(random.normal(28, 6), 18, 45),
    heartRateBase: clamp(random.normal(72, 7), 55, 92),
  };
}
