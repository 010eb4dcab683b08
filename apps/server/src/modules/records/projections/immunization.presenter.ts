import type { Immunization } from '@medplum/fhirtypes';
import { SYSTEMS } from '@nexus/clinical';
import type { ImmunizationEntry } from '@nexus/contracts';
import { firstOf, toCoding } from './fhir-values.ts';

export function presentImmunization(i: Immunization): ImmunizationEntry {
  return {
    id: i.id ?? '',
    vaccine: toCoding(i.vaccineCode, [SYSTEMS.cvx, SYSTEMS.snomed]),
    date: firstOf(i.occurrenceDateTime, i.occurrenceString, i.recorded),
    status: i.status,
  };
}
