import type { DocumentReference } from '@medplum/fhirtypes';
import { SYSTEMS } from '@nexus/clinical';
import type { DocumentEntry, DocumentKind } from '@nexus/contracts';
import { firstOf, hasAnyCode, nonEmpty, periodStart, toCoding, UNKNOWN_LABEL } from './fhir-values.ts';
import type { NameLookup } from './name-lookup.ts';

/**
 * LOINC document types that are clinical notes: progress note and generic note, plus the other
 * US Core clinical-note types (consult, discharge summary, history and physical, procedure note).
 */
const NOTE_TYPES = ['11506-3', '34109-9', '11488-4', '18842-5', '34117-2', '28570-0'];
/** LOINC document types and US Core categories (radiology, pathology, cardiology) that are reports. */
const REPORT_TYPES = ['11502-2', '18748-4', '11526-1', '18725-2', 'LP29684-5', 'LP7839-6', 'LP29708-2'];

/** The tag an import puts on the documents it brings in from another system. */
export const IMPORTED_TAG = { system: 'urn:lifecare-nexus:tag', code: 'imported' } as const;

export function presentDocument(d: DocumentReference, names: NameLookup): DocumentEntry {
  const attachment = d.content?.find((content) => content.attachment)?.attachment;
  const typeText = d.type ? toCoding(d.type).display : UNKNOWN_LABEL;
  return {
    id: d.id ?? '',
    title:
      nonEmpty(d.description) ??
      nonEmpty(attachment?.title) ??
      (typeText === UNKNOWN_LABEL ? undefined : typeText) ??
      'Document',
    kind: documentKind(d),
    date: firstOf(d.date, periodStart(d.context?.period), attachment?.creation),
    author: (d.author ?? []).map((author) => names(author)).find((name) => name !== null) ?? null,
    contentType: attachment?.contentType ?? null,
    status: d.status,
  };
}

export function documentKind(d: DocumentReference): DocumentKind {
  const isNoteCategory = (d.category ?? []).some((concept) =>
    (concept.coding ?? []).some((coding) => coding.code === 'clinical-note'),
  );
  if (isNoteCategory || hasAnyCode(d.type, NOTE_TYPES, SYSTEMS.loinc)) return 'clinical-note';
  if (
    hasAnyCode(d.type, REPORT_TYPES, SYSTEMS.loinc) ||
    hasAnyCode(d.category, REPORT_TYPES, SYSTEMS.loinc)
  ) {
    return 'report';
  }
  const isImported = (d.meta?.tag ?? []).some(
    (tag) => tag.system === IMPORTED_TAG.system && tag.code === IMPORTED_TAG.code,
  );
  return isImported ? 'imported' : 'other';
}
