import type { Bundle, Resource } from '@medplum/fhirtypes';

/** Helpers for the generator's tests: walk a bundle's resources, references and dates. */
export function resourcesOf(bundle: Bundle): Resource[] {
  return (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource] : []));
}

export function ofType<K extends Resource['resourceType']>(
  bundle: Bundle,
  type: K,
): Extract<Resource, { resourceType: K }>[] {
  return resourcesOf(bundle).filter(
    (resource): resource is Extract<Resource, { resourceType: K }> => resource.resourceType === type,
  );
}

/** Every value found under `key` anywhere in a JSON value. */
export function collect(value: unknown, key: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const item of value) collect(item, key, found);
  else if (value && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) {
      if (name === key) found.push(child);
      collect(child, key, found);
    }
  }
  return found;
}

/** Every string that looks like a FHIR date or dateTime, with the path it was found at. */
export function datesIn(value: unknown, path = '', found: { path: string; value: string }[] = []) {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) found.push({ path, value });
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) datesIn(item, `${path}[${index}]`, found);
  } else if (value && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) datesIn(child, `${path}.${name}`, found);
  }
  return found;
}

/** The value of a coding-keyed lookup: the first coding code of a CodeableConcept-like value. */
export function firstCode(concept: { coding?: { code?: string }[] } | undefined): string | undefined {
  return concept?.coding?.[0]?.code;
}
