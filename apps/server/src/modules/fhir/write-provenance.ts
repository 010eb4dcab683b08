import { randomUUID } from 'node:crypto';
import type { VersionWrite } from './fhir.repo.ts';
import type { FhirContext } from './fhir-access.ts';
import type { WriteResult } from './fhir-writer.ts';
import { indexRowsOf } from './index-rows.ts';
import { buildProvenance, type ProvenanceActivity } from './provenance.ts';
import type { PlannedWrite } from './write-plan.ts';

const activityOf = (results: readonly WriteResult[]): ProvenanceActivity =>
  results.every((r) => r.status === 204)
    ? 'DELETE'
    : results.every((r) => r.status === 201)
      ? 'CREATE'
      : 'UPDATE';

/** One Provenance per patient (or for the shared directory) of a write: the exact versions it made, by whom. */
export function provenanceWrites(
  ctx: FhirContext,
  results: Map<PlannedWrite, WriteResult>,
  patientOf: Map<PlannedWrite, string | null>,
  organisationId: string | null,
  now: Date,
): VersionWrite[] {
  const groups = new Map<string | null, WriteResult[]>();
  for (const [write, result] of results) {
    if (write.resourceType === 'Provenance') continue;
    const patientId = patientOf.get(write) ?? null;
    groups.set(patientId, [...(groups.get(patientId) ?? []), result]);
  }
  return [...groups].map(([patientId, group]) => {
    const provenance = buildProvenance({
      id: randomUUID(),
      targets: group.map((r) => `${r.resourceType}/${r.id}/_history/${r.versionId}`),
      recorded: now,
      activity: activityOf(group),
      actor: ctx.actor,
      patientId,
      organisationId: organisationId ?? ctx.organisationId ?? null,
    });
    provenance.meta = { versionId: '1', lastUpdated: now.toISOString() };
    return {
      resourceType: 'Provenance',
      id: provenance.id as string,
      versionId: 1,
      patientId,
      lastUpdated: now,
      isDeleted: false,
      contentJson: JSON.stringify(provenance),
      authorUserId: ctx.actor.userId,
      index: indexRowsOf(provenance),
      isNew: true,
    };
  });
}
