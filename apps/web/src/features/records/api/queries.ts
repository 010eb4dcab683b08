import {
  ConditionCatalogue,
  DocumentContent,
  DocumentList,
  LabCatalogue,
  QuestionnaireAnswersList,
  QuestionnaireDefinition,
  RecordSummary,
  SeriesList,
  Timeline,
  type TimelineKind,
} from '@nexus/contracts';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { catalogueKeys, recordKeys } from './keys.ts';
import { recordPath } from './paths.ts';

export const summaryQuery = (patientId: string) =>
  queryOptions({
    queryKey: recordKeys.summary(patientId),
    queryFn: ({ signal }) => apiClient.json(`${recordPath(patientId)}/summary`, RecordSummary, { signal }),
  });
/** Who the patient is, problems, medicines, allergies, latest vitals and labs. */
export const useRecordSummary = (patientId: string) => useQuery(summaryQuery(patientId));

export const TIMELINE_PAGE_SIZE = 30;

/** The record's events, newest first, a page at a time; only the given kinds (all when empty). */
export const timelineQuery = (patientId: string, kinds: readonly TimelineKind[]) =>
  infiniteQueryOptions({
    queryKey: recordKeys.timeline(patientId, kinds),
    queryFn: ({ signal, pageParam }) => {
      const params = new URLSearchParams({ limit: String(TIMELINE_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      if (kinds.length > 0) params.set('kinds', kinds.join(','));
      return apiClient.json(`${recordPath(patientId)}/timeline?${params}`, Timeline, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextBefore,
  });
export const useTimeline = (patientId: string, kinds: readonly TimelineKind[]) =>
  useInfiniteQuery(timelineQuery(patientId, kinds));

/** Each vital sign over time (blood pressure as two series). */
export const useVitalSeries = (patientId: string) =>
  useQuery({
    queryKey: recordKeys.vitals(patientId),
    queryFn: ({ signal }) => apiClient.json(`${recordPath(patientId)}/vitals`, SeriesList, { signal }),
    select: (list) => list.series,
  });

/** Each laboratory test over time, with its trend. */
export const useLabSeries = (patientId: string) =>
  useQuery({
    queryKey: recordKeys.labs(patientId),
    queryFn: ({ signal }) => apiClient.json(`${recordPath(patientId)}/labs`, SeriesList, { signal }),
    select: (list) => list.series,
  });

export const useDocuments = (patientId: string) =>
  useQuery({
    queryKey: recordKeys.documents(patientId),
    queryFn: ({ signal }) => apiClient.json(`${recordPath(patientId)}/documents`, DocumentList, { signal }),
    select: (list) => list.documents,
  });

/** One document's text; asks nothing until a document is chosen. */
export const useDocumentContent = (patientId: string, documentId: string | null) =>
  useQuery({
    queryKey: recordKeys.document(patientId, documentId ?? ''),
    queryFn: ({ signal }) =>
      apiClient.json(
        `${recordPath(patientId)}/documents/${encodeURIComponent(documentId ?? '')}`,
        DocumentContent,
        { signal },
      ),
    enabled: documentId !== null,
  });

export const useQuestionnaireResponses = (patientId: string) =>
  useQuery({
    queryKey: recordKeys.responses(patientId),
    queryFn: ({ signal }) =>
      apiClient.json(`${recordPath(patientId)}/questionnaire-responses`, QuestionnaireAnswersList, {
        signal,
      }),
    select: (list) => list.responses,
  });

/** The symptoms-and-history questionnaire; it changes only with a new version of the platform. */
export const useSymptomsQuestionnaire = () =>
  useQuery({
    queryKey: catalogueKeys.symptomsQuestionnaire,
    queryFn: ({ signal }) =>
      apiClient.json('/api/v1/questionnaires/symptoms-and-history', QuestionnaireDefinition, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Conditions from the curated catalogue as the clinician types; asks nothing under 2 characters. */
export const useConditionSearch = (query: string) =>
  useQuery({
    queryKey: catalogueKeys.conditions(query),
    queryFn: ({ signal }) =>
      apiClient.json(`/api/v1/codes/conditions?${new URLSearchParams({ query })}`, ConditionCatalogue, {
        signal,
      }),
    select: (catalogue) => catalogue.conditions,
    enabled: query.length >= 2,
    staleTime: 5 * 60_000,
  });

/** The laboratory tests results can be recorded for, with their units and plausible bounds. */
export const useLabCatalogue = () =>
  useQuery({
    queryKey: catalogueKeys.labs,
    queryFn: ({ signal }) => apiClient.json('/api/v1/codes/labs', LabCatalogue, { signal }),
    select: (catalogue) => catalogue.tests,
    staleTime: Number.POSITIVE_INFINITY,
  });
