import type { Patient, Practitioner, Provenance, Reference } from '@medplum/fhirtypes';
import type { Actor } from '../../platform/auth/actor.ts';

export type ProvenanceActivity = 'CREATE' | 'UPDATE' | 'DELETE';

/** Users are identified in Provenance by this system (they need not be FHIR Practitioners). */
export const USER_IDENTIFIER_SYSTEM = 'urn:lifecare-nexus:user';
export const ORGANISATION_IDENTIFIER_SYSTEM = 'urn:lifecare-nexus:organisation';

/** Who did it, as a Provenance agent: the patient's own record when it was the patient, else the user. */
export function agentReferenceOf(actor: Actor, patientId: string | null): Reference<Patient | Practitioner> {
  const identifier = { system: USER_IDENTIFIER_SYSTEM, value: actor.userId };
  return actor.patientId && actor.patientId === patientId
    ? { reference: `Patient/${actor.patientId}`, identifier, display: actor.displayName }
    : { identifier, display: actor.displayName };
}

/**
 * The attribution of one write to one patient's record (or to the shared directory): which versions
 * it made, when, what kind of change, by whom and for which organisation.
 */
export function buildProvenance(input: {
  id: string;
  targets: readonly string[];
  recorded: Date;
  activity: ProvenanceActivity;
  actor: Actor;
  patientId: string | null;
  organisationId: string | null;
  reason?: string;
}): Provenance {
  return {
    resourceType: 'Provenance',
    id: input.id,
    target: input.targets.map((reference) => ({ reference })),
    recorded: input.recorded.toISOString(),
    activity: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation', code: input.activity }],
    },
    agent: [
      {
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
              code: 'author',
              display: 'Author',
            },
          ],
        },
        who: agentReferenceOf(input.actor, input.patientId),
        ...(input.organisationId
          ? {
              onBehalfOf: {
                identifier: { system: ORGANISATION_IDENTIFIER_SYSTEM, value: input.organisationId },
              },
            }
          : {}),
      },
    ],
    ...(input.reason ? { reason: [{ text: input.reason }] } : {}),
  };
}
