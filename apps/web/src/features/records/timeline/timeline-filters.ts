import type { TimelineKind } from '@nexus/contracts';
import { timelineStrings as s } from './timeline.strings.ts';

export type TimelineFilter = { id: keyof typeof s.filters; label: string; kinds: readonly TimelineKind[] };

/** The choices of the timeline's filter; each asks the server for some kinds (none: every kind). */
export const TIMELINE_FILTERS: readonly TimelineFilter[] = [
  { id: 'all', label: s.filters.all, kinds: [] },
  { id: 'encounters', label: s.filters.encounters, kinds: ['encounter'] },
  { id: 'results', label: s.filters.results, kinds: ['observation', 'report'] },
  { id: 'conditions', label: s.filters.conditions, kinds: ['condition'] },
  { id: 'medications', label: s.filters.medications, kinds: ['medication'] },
  { id: 'immunizations', label: s.filters.immunizations, kinds: ['immunization'] },
  { id: 'procedures', label: s.filters.procedures, kinds: ['procedure'] },
  { id: 'documents', label: s.filters.documents, kinds: ['document'] },
  { id: 'questionnaires', label: s.filters.questionnaires, kinds: ['questionnaire'] },
];

export const filterById = (id: string): TimelineFilter =>
  TIMELINE_FILTERS.find((filter) => filter.id === id) ?? { id: 'all', label: s.filters.all, kinds: [] };
