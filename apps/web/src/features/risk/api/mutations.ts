import {
  AssessmentPreview,
  type AssessRequest,
  type ReviewDecisionRequest,
  ReviewDetail,
  RiskResult,
} from '@nexus/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error.ts';
import { apiClient } from '../../../api/http-client.ts';
import { recordKeys } from '../../records/api/keys.ts';
import { riskKeys } from './keys.ts';
import { reviewPath, riskPath } from './paths.ts';

/** A new result or decision shows in the patient's record, the queue and the population report. */
const refreshAfterWrite = (queryClient: QueryClient, patientId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: recordKeys.patient(patientId) }),
    queryClient.invalidateQueries({ queryKey: riskKeys.queues }),
    queryClient.invalidateQueries({ queryKey: riskKeys.populations }),
  ]);

/** What a module would say with the values entered; stores nothing. */
export function usePreviewRisk(patientId: string) {
  return useMutation({
    mutationFn: (body: AssessRequest) =>
      apiClient.json(`${riskPath(patientId)}/preview`, AssessmentPreview, { method: 'POST', body }),
  });
}

/** Runs a module and stores the result in the record (a high result enters the review queue). */
export function useAssessRisk(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessRequest) =>
      apiClient.json(`${riskPath(patientId)}/assessments`, RiskResult, { method: 'POST', body }),
    onSuccess: () => refreshAfterWrite(queryClient, patientId),
  });
}

/** The doctor confirms, adjusts or rejects a result, with the diagnosis, orders and plan it leads to. */
export function useDecideReview(patientId: string, reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewDecisionRequest) =>
      apiClient.json(`${reviewPath(patientId, reviewId)}/decision`, ReviewDetail, { method: 'POST', body }),
    onSuccess: (detail) => {
      queryClient.setQueryData(riskKeys.review(patientId, reviewId), detail);
      return refreshAfterWrite(queryClient, patientId);
    },
    // Someone else decided meanwhile: show the review as it now stands.
    onError: (error) => {
      if (isApiError(error) && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: riskKeys.review(patientId, reviewId) });
    },
  });
}
