import { recordKeys } from '../../records/api/keys.ts';

export type QueueFilter = 'pending' | 'decided' | 'all';

/**
 * Query keys of risk assessment. What belongs to one patient sits under the record's `patient(id)` key,
 * so a write to the record (a questionnaire, a lab result) refreshes the risk views with it, and a
 * decision (which adds a diagnosis, orders and a plan) refreshes the chart with one invalidation.
 */
export const riskKeys = {
  overview: (patientId: string) => [...recordKeys.patient(patientId), 'risk'] as const,
  preview: (patientId: string, moduleId: string) =>
    [...recordKeys.patient(patientId), 'risk-preview', moduleId] as const,
  review: (patientId: string, reviewId: string) =>
    [...recordKeys.patient(patientId), 'risk-reviews', reviewId] as const,
  /** Views across patients: the review queue and the population report. */
  queues: ['risk', 'reviews'] as const,
  queue: (filter: QueueFilter) => ['risk', 'reviews', filter] as const,
  populations: ['risk', 'population'] as const,
  population: (moduleId: string | null) => ['risk', 'population', moduleId ?? ''] as const,
  modules: ['risk', 'modules'] as const,
};
