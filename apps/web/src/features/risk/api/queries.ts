import {
  AssessmentPreview,
  ModuleList,
  PatientRiskOverview,
  PopulationReport,
  ReviewDetail,
  ReviewQueue,
} from '@nexus/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { type QueueFilter, riskKeys } from './keys.ts';
import { populationPath, reviewPath, riskPath } from './paths.ts';

/** The disease modules this site runs; they change only with a new version of the platform. */
export const useModules = () =>
  useQuery({
    queryKey: riskKeys.modules,
    queryFn: ({ signal }) => apiClient.json('/api/v1/cds/modules', ModuleList, { signal }),
    select: (list) => list.modules,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The patient's latest result of each module, the modules still missing answers, and their plans. */
export const useRiskOverview = (patientId: string) =>
  useQuery({
    queryKey: riskKeys.overview(patientId),
    queryFn: ({ signal }) => apiClient.json(riskPath(patientId), PatientRiskOverview, { signal }),
  });

/**
 * What a module finds in the record before anything is entered: each input with where it came from,
 * and what is missing. A POST that stores nothing, so it is read like a query.
 */
export const useModulePreview = (patientId: string, moduleId: string) =>
  useQuery({
    queryKey: riskKeys.preview(patientId, moduleId),
    queryFn: ({ signal }) =>
      apiClient.json(`${riskPath(patientId)}/preview`, AssessmentPreview, {
        method: 'POST',
        body: { moduleId, inputs: {} },
        signal,
      }),
  });

/** The doctor's review queue, by status. */
export const useReviewQueue = (filter: QueueFilter) =>
  useQuery({
    queryKey: riskKeys.queue(filter),
    queryFn: ({ signal }) =>
      apiClient.json(`/api/v1/risk-reviews?${new URLSearchParams({ status: filter })}`, ReviewQueue, {
        signal,
      }),
    placeholderData: (previous) => previous,
  });

/** One review: the result with its inputs, explanation and evidence, the history, the decision. */
export const useReviewDetail = (patientId: string, reviewId: string) =>
  useQuery({
    queryKey: riskKeys.review(patientId, reviewId),
    queryFn: ({ signal }) => apiClient.json(reviewPath(patientId, reviewId), ReviewDetail, { signal }),
  });

/** Risk across the doctor's patients: distribution, screening gaps, trend. */
export const usePopulation = (moduleId: string | null) =>
  useQuery({
    queryKey: riskKeys.population(moduleId),
    queryFn: ({ signal }) => apiClient.json(populationPath(moduleId), PopulationReport, { signal }),
    placeholderData: (previous) => previous,
  });
