import {
  type AddConditionRequest,
  DocumentEntry,
  ProblemEntry,
  QuestionnaireAnswers,
  RecordedMeasurements,
  type RecordLabsRequest,
  type RecordVitalsRequest,
  type SubmitQuestionnaireRequest,
  type WriteNoteRequest,
} from '@nexus/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { recordKeys } from './keys.ts';
import { recordPath } from './paths.ts';

/** Every view of the patient's record may show what was just written: summary, series, timeline … */
const refreshRecord = (queryClient: QueryClient, patientId: string) =>
  queryClient.invalidateQueries({ queryKey: recordKeys.patient(patientId) });

/** A clinician adds a diagnosis to the problem list. */
export function useAddCondition(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddConditionRequest) =>
      apiClient.json(`${recordPath(patientId)}/conditions`, ProblemEntry, { method: 'POST', body }),
    onSuccess: () => refreshRecord(queryClient, patientId),
  });
}

/** A clinician records a set of vital signs taken together. */
export function useRecordVitals(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordVitalsRequest) =>
      apiClient.json(`${recordPath(patientId)}/vitals`, RecordedMeasurements, { method: 'POST', body }),
    onSuccess: () => refreshRecord(queryClient, patientId),
  });
}

/** A clinician records laboratory results from the catalogue. */
export function useRecordLabs(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordLabsRequest) =>
      apiClient.json(`${recordPath(patientId)}/labs`, RecordedMeasurements, { method: 'POST', body }),
    onSuccess: () => refreshRecord(queryClient, patientId),
  });
}

/** A clinician writes a note (stored encrypted; the patient can read it). */
export function useWriteNote(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WriteNoteRequest) =>
      apiClient.json(`${recordPath(patientId)}/notes`, DocumentEntry, { method: 'POST', body }),
    onSuccess: () => refreshRecord(queryClient, patientId),
  });
}

/** The patient sends their answers to the symptoms-and-history questionnaire. */
export function useSubmitQuestionnaire(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitQuestionnaireRequest) =>
      apiClient.json(`${recordPath(patientId)}/questionnaire-responses`, QuestionnaireAnswers, {
        method: 'POST',
        body,
      }),
    onSuccess: () => refreshRecord(queryClient, patientId),
  });
}
