import { formatHumanName } from '@medplum/core';
import type { CodeableConcept, HumanName, Reference, Resource } from '@medplum/fhirtypes';
import { nonEmpty, referenceKey, resourceKeys, toCoding, UNKNOWN_LABEL } from './fhir-values.ts';

/** Resolves a reference to a display name: reference.display, or the name of a resource in `byReference` ('Practitioner/1'). */
export type NameLookup = (reference: Reference | undefined) => string | null;

/**
 * A lookup over the resources at hand (a patient's record, an import bundle). Resources are found by
 * `Type/id`, by `urn:uuid:id` and by absolute URLs ending in `Type/id`.
 */
export function createNameLookup(resources: readonly Resource[]): NameLookup {
  const byReference = new Map<string, string>();
  for (const resource of resources) {
    const name = nameOf(resource);
    if (name === null) continue;
    for (const key of resourceKeys(resource)) byReference.set(key, name);
  }
  return (reference) => {
    const display = nonEmpty(reference?.display);
    if (display) return display;
    const key = referenceKey(reference);
    return key === null ? null : (byReference.get(key) ?? null);
  };
}

/** What a person would call the resource: a person's name, an organisation's, or what a record is about. */
export function nameOf(resource: Resource): string | null {
  switch (resource.resourceType) {
    case 'Patient':
    case 'Practitioner':
    case 'RelatedPerson':
      return personName(resource.name);
    case 'Organization':
    case 'Location':
    case 'HealthcareService':
    case 'Group':
      return nonEmpty(resource.name) ?? null;
    case 'PractitionerRole':
      return nonEmpty(resource.practitioner?.display) ?? conceptName(resource.code?.[0]);
    case 'Device':
      return nonEmpty(resource.deviceName?.[0]?.name) ?? conceptName(resource.type);
    case 'Condition':
    case 'Medication':
    case 'Observation':
    case 'Procedure':
      return conceptName(resource.code);
    default:
      return null;
  }
}

/** The official name, else the usual one, else the first; null when there is none. */
export function personName(names: readonly HumanName[] | undefined): string | null {
  const list = names ?? [];
  const name = list.find((n) => n.use === 'official') ?? list.find((n) => n.use === 'usual') ?? list[0];
  if (!name) return null;
  return nonEmpty(name.text) ?? nonEmpty(formatHumanName(name)) ?? null;
}

function conceptName(concept: CodeableConcept | undefined): string | null {
  if (!concept) return null;
  const display = toCoding(concept).display;
  return display === UNKNOWN_LABEL ? null : display;
}
