import type { Executor } from '../../platform/db/database.ts';
import type { FhirRepo } from './fhir.repo.ts';
import { invalidResource, issue } from './operation-outcome.ts';
import type { PatientIndexRepo } from './patient-index.repo.ts';
import { compartmentReferenceOf, derivedReferencesOf, keyOf, parseReference } from './references.ts';
import { compartmentRuleOf } from './resource-types.ts';
import type { PlannedWrite } from './write-plan.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each planned write with the patient whose record it belongs to (null: shared directory data). */
export type CompartmentPlan = {
  patientOf: Map<PlannedWrite, string | null>;
  /** Patients whose records this set of writes creates (no `patients` row yet). */
  newPatients: Set<string>;
};

/**
 * Works out whose record each write belongs to: the Patient itself, the patient a clinical resource
 * references, or the compartment of what a Provenance or Binary points at. Writes for patients that
 * do not exist, or that would move a resource to another patient, are refused.
 */
export async function resolveCompartments(
  db: Executor,
  deps: { repo: FhirRepo; patientIndex: PatientIndexRepo },
  planned: readonly PlannedWrite[],
): Promise<CompartmentPlan> {
  const patientOf = new Map<PlannedWrite, string | null>();
  const patientWrites = planned.filter((w) => w.resourceType === 'Patient' && !w.matched);
  const known = await deps.patientIndex.existing(
    db,
    patientWrites.map((w) => w.id),
  );
  const newPatients = new Set(patientWrites.filter((w) => !known.has(w.id)).map((w) => w.id));
  const inBatch = new Map(planned.map((w) => [keyOf(w), w]));

  const referenced = new Map<string, PlannedWrite[]>();
  for (const write of planned) {
    if (write.matched) continue;
    if (write.method === 'DELETE') continue;
    const rule = compartmentRuleOf(write.resourceType);
    if (rule.kind === 'self') patientOf.set(write, write.id);
    if (rule.kind === 'shared') patientOf.set(write, null);
    if (rule.kind !== 'reference' || !write.resource) continue;
    const key = parseReference(compartmentReferenceOf(write.resource));
    if (key?.resourceType !== 'Patient' || !UUID.test(key.id)) {
      throw invalidResource([
        issue(
          'invalid',
          `${write.resourceType}.${rule.element} must reference a patient of this server (Patient/<id>).`,
          `${write.at}.resource.${rule.element}`,
        ),
      ]);
    }
    patientOf.set(write, key.id);
    if (!inBatch.has(keyOf(key))) referenced.set(key.id, [...(referenced.get(key.id) ?? []), write]);
  }
  const existing = await deps.patientIndex.existing(db, [...referenced.keys()]);
  for (const [patientId, writes] of referenced) {
    const first = writes[0];
    if (!existing.has(patientId) && first) {
      throw invalidResource([
        issue('not-found', `Patient/${patientId} does not exist on this server.`, `${first.at}.resource`),
      ]);
    }
  }

  // Deletes and updates keep the compartment the resource already has.
  const stored = planned.filter((w) => !w.matched && w.method !== 'POST');
  const current = await deps.repo.compartmentsOf(db, stored);
  for (const write of stored) {
    const was = current.get(keyOf(write));
    if (write.method === 'DELETE') {
      patientOf.set(write, was ?? null);
      continue;
    }
    if (
      current.has(keyOf(write)) &&
      was !== patientOf.get(write) &&
      compartmentRuleOf(write.resourceType).kind !== 'derived'
    ) {
      throw invalidResource([
        issue(
          'business-rule',
          'A resource cannot be moved to another patient’s record.',
          `${write.at}.resource`,
        ),
      ]);
    }
  }

  // Provenance and Binary belong where their targets belong: in this batch, or already stored.
  const derived = planned.filter(
    (w) => !w.matched && w.resource && compartmentRuleOf(w.resourceType).kind === 'derived',
  );
  const outside = derived.flatMap((w) =>
    derivedReferencesOf(w.resource as NonNullable<PlannedWrite['resource']>).flatMap((ref) => {
      const key = parseReference(ref);
      return key && !inBatch.has(keyOf(key)) ? [key] : [];
    }),
  );
  const outsideCompartments = await deps.repo.compartmentsOf(db, outside);
  for (const write of derived) {
    const refs = derivedReferencesOf(write.resource as NonNullable<PlannedWrite['resource']>);
    const compartments = new Set(
      refs.map((ref) => {
        const key = parseReference(ref);
        const target = key ? inBatch.get(keyOf(key)) : undefined;
        if (key && target) return patientOf.get(target) ?? null;
        if (key?.resourceType === 'Patient' && (existing.has(key.id) || newPatients.has(key.id)))
          return key.id;
        if (key && outsideCompartments.has(keyOf(key))) return outsideCompartments.get(keyOf(key)) ?? null;
        throw invalidResource([
          issue('not-found', `${ref} does not exist on this server.`, `${write.at}.resource`),
        ]);
      }),
    );
    if (compartments.size !== 1) {
      throw invalidResource([
        issue(
          'business-rule',
          `A ${write.resourceType} must point at the records of exactly one patient.`,
          `${write.at}.resource`,
        ),
      ]);
    }
    patientOf.set(write, [...compartments][0] ?? null);
  }
  return { patientOf, newPatients };
}
