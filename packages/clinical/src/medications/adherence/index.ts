/** Adherence (proportion of doses taken) and supply left for refills: pure, no I/O. */

export {
  ADHERENCE_WINDOWS_DAYS,
  type AdherenceCounts,
  type AdherenceDay,
  type AdherenceDose,
  type AdherenceReport,
  type AdherenceSummary,
  type AdherenceWindow,
  adherence,
} from './adherence.ts';
export { averageUnitsPerDay, refillAlertDue, type SupplyEstimate, supplyRemaining } from './supply.ts';
