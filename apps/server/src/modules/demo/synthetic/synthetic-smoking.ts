import type { CodedConcept } from '@nexus/clinical';
import { LOINC, PACK_YEARS_SNOMED, SMOKING_STATUSES, TOBACCO_OBSERVATION_CODES } from '@nexus/clinical';
import { type ObservationContext, recordQuantity, recordSocialHistory } from './synthetic-observations.ts';
import { packYearsAt, type SmokingHistory } from './synthetic-profile.ts';
import { roundTo } from './synthetic-random.ts';

function status(code: string): CodedConcept {
  const found = SMOKING_STATUSES.find((answer) => answer.code === code);
  if (!found) throw new Error(`smoking status ${code} is not in the clinical tables`);
  return { system: found.system, code: found.code, display: found.display };
}

/** The smoking-status answer on a date (72166-2 answers: every day, some day, former, never). */
export function smokingStatusAt(smoking: SmokingHistory, date: Date): CodedConcept {
  if (!smoking.smoked || date < smoking.startedAt) return status('266919005');
  if (smoking.quitAt && smoking.quitAt <= date) return status('8517006');
  return status(smoking.cigarettesPerDay < 5 ? '428041000124106' : '449868002');
}

/**
 * The tobacco history at a check-up: status every time; for smokers and former smokers pack-years
 * (LOINC 8664-5 with SNOMED CT 401201003), packs per day while smoking, and once each the age
 * started, the years smoked and the quit date, which lung-cancer screening eligibility needs.
 */
export function recordSmokingHistory(
  context: ObservationContext,
  smoking: SmokingHistory,
  facts: { firstRecord: boolean; quitFirstRecorded: boolean },
): void {
  const date = context.effective;
  recordSocialHistory(context, TOBACCO_OBSERVATION_CODES.smokingStatus, {
    concept: smokingStatusAt(smoking, date),
  });
  if (!smoking.smoked || date < smoking.startedAt) return;
  const quit = smoking.quitAt && smoking.quitAt <= date ? smoking.quitAt : null;
  recordQuantity(context, LOINC.packYears, roundTo(packYearsAt(smoking, date), 1), [PACK_YEARS_SNOMED]);
  if (!quit) recordQuantity(context, LOINC.packsPerDay, roundTo(smoking.cigarettesPerDay / 20, 2));
  if (facts.firstRecord) recordQuantity(context, LOINC.ageStartedSmoking, smoking.ageStarted);
  if (quit && facts.quitFirstRecorded) {
    recordSocialHistory(context, TOBACCO_OBSERVATION_CODES.dateQuitSmoking, { dateTime: quit });
    const yearsSmoked = (quit.getTime() - smoking.startedAt.getTime()) / (365.25 * 86_400_000);
    recordQuantity(context, LOINC.tobaccoUseDurationYears, roundTo(yearsSmoked, 1));
  }
}
