import type { TimelineKind } from '@nexus/contracts';

/**
 * Query keys of the health record. Everything about one patient sits under `patient(id)`, so a write
 * refreshes the whole chart with one invalidation; all hold health data, so sign-out drops them.
 */
export const recordKeys = {
  all: ['records'] as const,
  patient: (patientId: string) => ['records', patientId] as const,
  summary: (patientId: string) => ['records', patientId, 'summary'] as const,
  timeline: (patientId: string, kinds: readonly TimelineKind[]) =>
    ['records', patientId, 'timeline', kinds.join(',')] as const,
  vitals: (patientId: string) => ['records', patientId, 'vitals'] as const,
  labs: (patientId: string) => ['records', patientId, 'labs'] as const,
  documents: (patientId: string) => ['records', patientId, 'documents'] as const,
  document: (patientId: string, documentId: string) =>
    ['records', patientId, 'documents', documentId] as const,
  responses: (patientId: string) => ['records', patientId, 'questionnaire-responses'] as const,
};

/** The code catalogues and questionnaire definitions: the same for everyone, but kept per session too. */
export const catalogueKeys = {
  conditions: (query: string) => ['codes', 'conditions', query] as const,
  labs: ['codes', 'labs'] as const,
  symptomsQuestionnaire: ['questionnaires', 'symptoms-and-history'] as const,
};
