import type { CodeableConcept, Coding as FhirCoding, Period, Reference, Resource } from '@medplum/fhirtypes';
import type { Coding } from '@nexus/contracts';

/** Shown when a resource names nothing we can read; the UI never gets an empty label. */
export const UNKNOWN_LABEL = 'Not specified';

/** The first coding in the preferred systems (in order), else the first coding at all. */
export function pickCoding(
  concept: CodeableConcept | undefined,
  preferredSystems: readonly string[] = [],
): FhirCoding | undefined {
  const codings = concept?.coding ?? [];
  for (const system of preferredSystems) {
    const found = codings.find((coding) => coding.system === system && coding.code);
    if (found) return found;
  }
  return codings[0];
}

/**
 * A CodeableConcept as the contract's Coding. The concept's text wins over the coding's display:
 * it is what the author saw when they chose the code.
 */
export function toCoding(
  concept: CodeableConcept | undefined,
  preferredSystems: readonly string[] = [],
): Coding {
  const coding = pickCoding(concept, preferredSystems);
  return {
    system: coding?.system ?? null,
    code: coding?.code ?? null,
    display: nonEmpty(concept?.text) ?? nonEmpty(coding?.display) ?? nonEmpty(coding?.code) ?? UNKNOWN_LABEL,
  };
}

/** A FHIR Coding (not a concept) as the contract's Coding. */
export function fromFhirCoding(coding: FhirCoding): Coding {
  return {
    system: coding.system ?? null,
    code: coding.code ?? null,
    display: nonEmpty(coding.display) ?? nonEmpty(coding.code) ?? UNKNOWN_LABEL,
  };
}

/** The code of the concept in that system, if any. */
export function codeIn(concept: CodeableConcept | undefined, system: string): string | undefined {
  return concept?.coding?.find((coding) => coding.system === system && coding.code)?.code;
}

/** True when any coding of any of the concepts has one of the codes (any system when none is given). */
export function hasAnyCode(
  concepts: readonly CodeableConcept[] | CodeableConcept | undefined,
  codes: readonly string[],
  system?: string,
): boolean {
  const list: readonly CodeableConcept[] =
    concepts === undefined ? [] : isConceptList(concepts) ? concepts : [concepts];
  return list.some((concept) =>
    (concept.coding ?? []).some(
      (coding) =>
        coding.code !== undefined &&
        codes.includes(coding.code) &&
        (system === undefined || coding.system === system),
    ),
  );
}

function isConceptList(
  value: readonly CodeableConcept[] | CodeableConcept,
): value is readonly CodeableConcept[] {
  return Array.isArray(value);
}

/** The first code of a status concept (clinicalStatus, verificationStatus), whatever its system. */
export function statusCode(concept: CodeableConcept | undefined): string | undefined {
  return concept?.coding?.find((coding) => coding.code)?.code;
}

/** Readable text of several concepts, e.g. reason codes; null when none has any. */
export function conceptsText(concepts: readonly CodeableConcept[] | undefined): string | null {
  const texts = (concepts ?? [])
    .map((concept) => toCoding(concept).display)
    .filter((t) => t !== UNKNOWN_LABEL);
  return texts.length > 0 ? texts.join(', ') : null;
}

export function nonEmpty(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The first present value, for FHIR choice elements (onsetDateTime | onsetPeriod.start …). */
export function firstOf(...values: (string | undefined)[]): string | null {
  return values.find((value) => value !== undefined && value !== '') ?? null;
}

export function periodStart(period: Period | undefined): string | undefined {
  return period?.start ?? period?.end;
}

/**
 * Milliseconds since the epoch of a FHIR date, dateTime or instant, for ordering. Partial dates
 * ('2019', '2019-04') count as their first instant, as Date.parse reads them in UTC.
 */
export function instantOf(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * A FHIR date or dateTime as an ISO 8601 date-time with an offset (the contract's `effective`).
 * Date-only values become midnight UTC; values that do not parse become null.
 */
export function toIsoDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return value;
  const ms = instantOf(value);
  return ms === null ? null : new Date(ms).toISOString();
}

/** Newest first by the instant `dateOf` gives; undated items last; ties by `idOf` so output is stable. */
export function newestFirst<T>(
  items: readonly T[],
  dateOf: (item: T) => string | null,
  idOf: (item: T) => string,
) {
  return [...items].sort((a, b) => {
    const ta = instantOf(dateOf(a));
    const tb = instantOf(dateOf(b));
    if (ta !== tb) {
      if (ta === null) return 1;
      if (tb === null) return -1;
      return tb - ta;
    }
    return idOf(a).localeCompare(idOf(b));
  });
}

/**
 * The `Type/id` key of a reference, or `urn:uuid:…` as is (bundles such as Synthea's reference
 * entries by their fullUrl). Absolute URLs and version suffixes are reduced to `Type/id`.
 */
export function referenceKey(reference: Reference | string | undefined): string | null {
  const raw = typeof reference === 'string' ? reference : reference?.reference;
  if (!raw) return null;
  if (raw.startsWith('urn:uuid:')) return raw;
  const withoutHistory = raw.replace(/\/_history\/[^/]+$/, '');
  const parts = withoutHistory.split('/').filter((part) => part.length > 0);
  const id = parts.at(-1);
  const type = parts.at(-2);
  return type && id ? `${type}/${id}` : null;
}

/** The keys a resource can be referenced by: `Type/id` and `urn:uuid:id`. */
export function resourceKeys(resource: { resourceType: string; id?: string }): string[] {
  if (!resource.id) return [];
  return [`${resource.resourceType}/${resource.id}`, `urn:uuid:${resource.id}`];
}

export function isEnteredInError(status: string | undefined): boolean {
  return status === 'entered-in-error';
}

/**
 * A reference usable where FHIR narrows the target type (Observation.subject …): the same pointer
 * without an embedded `resource`, which is what makes a wider reference unassignable.
 */
export function narrowReference<T extends Resource>(reference: Reference): Reference<T> {
  const { resource: _embedded, ...pointer } = reference;
  return pointer;
}
