import type { AllergyIntolerance } from '@medplum/fhirtypes';
import { SYSTEMS } from '@nexus/clinical';
import type { Allergy } from '@nexus/contracts';
import { conceptsText, statusCode, toCoding } from './fhir-values.ts';

export function presentAllergy(a: AllergyIntolerance): Allergy {
  const substance = a.code ?? a.reaction?.find((reaction) => reaction.substance)?.substance;
  return {
    id: a.id ?? '',
    substance: toCoding(substance, [SYSTEMS.snomed, SYSTEMS.rxnorm]),
    category: [...(a.category ?? [])],
    criticality: a.criticality ?? null,
    clinicalStatus: statusCode(a.clinicalStatus) ?? null,
    reactions: (a.reaction ?? [])
      .map((reaction) => {
        const manifestation = conceptsText(reaction.manifestation) ?? reaction.description?.trim();
        if (!manifestation) return null;
        return reaction.severity ? `${manifestation} (${reaction.severity})` : manifestation;
      })
      .filter((text): text is string => text !== null && text !== undefined && text !== ''),
    recordedAt: a.recordedDate ?? null,
  };
}

/** Entered in error or refuted: not an allergy of this patient. */
export function isRetractedAllergy(a: AllergyIntolerance): boolean {
  const verification = statusCode(a.verificationStatus);
  return verification === 'entered-in-error' || verification === 'refuted';
}
