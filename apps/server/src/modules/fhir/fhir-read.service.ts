import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { FhirRepo, StoredVersion } from './fhir.repo.ts';
import type { FhirAccessGate, FhirContext } from './fhir-access.ts';
import { fhirGone, fhirNotFound, unsupported } from './operation-outcome.ts';
import { compartmentRuleOf, isStoredResourceType } from './resource-types.ts';

export type HistoryPage = { versions: StoredVersion[]; total: number };

/**
 * Reading the store: a resource, one of its versions, history, a patient's whole compartment, and
 * Binary content (decrypted). Each read of a patient's data is allowed by the policy and audited.
 */
export function createFhirReader(deps: {
  db: Executor;
  repo: FhirRepo;
  gate: FhirAccessGate;
  cipher: EnvelopeCipher;
}) {
  const { db, repo, gate, cipher } = deps;

  const checkType = (resourceType: string) => {
    if (!isStoredResourceType(resourceType))
      throw unsupported(`This server does not store ${resourceType} resources.`);
  };

  async function allowRead(
    ctx: FhirContext,
    version: StoredVersion,
    details: Record<string, string | number>,
  ) {
    if (version.patientId === null) return;
    const basis = await gate.require(ctx, 'patient.read', version.patientId, {
      type: version.resourceType,
      id: version.id,
    });
    await gate.record(ctx, 'patient.read', version.patientId, basis, details, undefined, {
      type: version.resourceType,
      id: version.id,
    });
  }

  return {
    async read(ctx: FhirContext, resourceType: string, id: string): Promise<StoredVersion> {
      checkType(resourceType);
      const current = await repo.current(db, resourceType, id);
      if (!current) throw fhirNotFound(`${resourceType}/${id} is not known.`);
      await allowRead(ctx, current, {});
      if (current.isDeleted) throw fhirGone(`${resourceType}/${id} was deleted.`);
      return current;
    },

    async vread(
      ctx: FhirContext,
      resourceType: string,
      id: string,
      versionId: number,
    ): Promise<StoredVersion> {
      checkType(resourceType);
      const version = Number.isSafeInteger(versionId)
        ? await repo.version(db, resourceType, id, versionId)
        : undefined;
      if (!version) throw fhirNotFound(`${resourceType}/${id} has no version ${versionId}.`);
      await allowRead(ctx, version, { versionId });
      if (version.isDeleted) throw fhirGone(`Version ${versionId} of ${resourceType}/${id} is its deletion.`);
      return version;
    },

    /** History of one resource, or of a type (of the records the actor may see now), newest first. */
    async history(
      ctx: FhirContext,
      filter: { resourceType: string; id?: string; since?: Date },
      page: { count: number; offset: number },
    ): Promise<HistoryPage> {
      checkType(filter.resourceType);
      if (filter.id) {
        const current = await repo.current(db, filter.resourceType, filter.id);
        if (!current) throw fhirNotFound(`${filter.resourceType}/${filter.id} is not known.`);
        await allowRead(ctx, current, { history: 'instance' });
        return repo.history(db, filter, page);
      }
      const isShared = compartmentRuleOf(filter.resourceType as never).kind === 'shared';
      const scope = isShared ? undefined : (await gate.readScope(ctx)).patientIds;
      const result = await repo.history(db, { ...filter, ...(scope ? { patientIds: scope } : {}) }, page);
      for (const patientId of new Set(result.versions.flatMap((v) => (v.patientId ? [v.patientId] : [])))) {
        const basis = await gate.basisFor(ctx, 'patient.read', patientId);
        if (basis)
          await gate.record(ctx, 'patient.read', patientId, basis, {
            history: 'type',
            resourceType: filter.resourceType,
          });
      }
      return result;
    },

    /** Everything in the patient's record, and the shared resources it points at (`Patient/$everything`). */
    async everything(
      ctx: FhirContext,
      patientId: string,
      options: { since?: Date; types?: readonly string[] } = {},
    ): Promise<StoredVersion[]> {
      const patient = await repo.current(db, 'Patient', patientId);
      if (!patient || patient.isDeleted) throw fhirNotFound(`Patient/${patientId} is not known.`);
      const basis = await gate.require(ctx, 'patient.read', patientId, { type: 'Patient', id: patientId });
      const [own, shared] = await Promise.all([
        repo.compartment(db, patientId, options),
        options.since ? Promise.resolve([]) : repo.sharedReferencedBy(db, patientId),
      ]);
      const wanted = options.types?.length
        ? shared.filter((r) => options.types?.includes(r.resourceType))
        : shared;
      await gate.record(
        ctx,
        'patient.read',
        patientId,
        basis,
        { operation: 'everything', count: own.length },
        undefined,
        { type: 'Patient', id: patientId },
      );
      return [
        ...own.sort((a, b) => (a.resourceType === 'Patient' ? -1 : b.resourceType === 'Patient' ? 1 : 0)),
        ...wanted,
      ];
    },

    /** The decrypted content of a Binary version (its read was allowed and audited by the caller). */
    async binaryData(version: StoredVersion): Promise<Uint8Array> {
      const stored = await repo.binary(db, version.id, version.versionId);
      if (!stored) throw fhirNotFound(`Binary/${version.id} has no content.`);
      return cipher.decrypt(stored.envelope, `binary:${stored.rowId}`);
    },
  };
}
export type FhirReader = ReturnType<typeof createFhirReader>;
