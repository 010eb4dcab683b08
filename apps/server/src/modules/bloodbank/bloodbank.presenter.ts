import type { AllocationView, BloodUnitView } from '@nexus/contracts';
import type { AllocationRecord, HoldRecord, UnitRecord } from './units.repo.ts';

/** Row → DTO: the only place the blood bank's response shapes are built. */
export function presentUnit(unit: UnitRecord, holds: readonly HoldRecord[], now: Date): BloodUnitView {
  return {
    id: unit.id,
    din: unit.din,
    productCode: unit.productCode,
    division: unit.division,
    componentType: unit.componentType,
    category: unit.category,
    abo: unit.aboRh.abo,
    rhd: unit.aboRh.rhd,
    volumeMl: unit.volumeMl,
    collectedAt: unit.collectedAt.toISOString(),
    expiresAt: unit.expiresAt.toISOString(),
    isExpired: now.getTime() >= unit.expiresAt.getTime(),
    attributes: unit.attributes,
    antigenNegative: unit.antigenNegative,
    locationId: unit.locationId,
    status: unit.status,
    holds: holds.map((hold) => ({
      id: hold.id,
      kind: hold.kind,
      placedAt: hold.placedAt.toISOString(),
      reason: hold.reason,
    })),
    labelVerifiedAt: unit.labelVerifiedAt?.toISOString() ?? null,
    groupConfirmed: unit.groupConfirmed,
    ttiStatus: unit.ttiStatus,
    isReissue: unit.isReissue,
    version: unit.version,
  };
}

export function presentAllocation(
  allocation: AllocationRecord,
  proposal: { tier: number | null; warnings: readonly string[] } = { tier: null, warnings: [] },
): AllocationView {
  return {
    id: allocation.id,
    unitId: allocation.unitId,
    patientId: allocation.patientId,
    requestRef: allocation.requestRef,
    method: allocation.method,
    status: allocation.status,
    reservedAt: allocation.reservedAt.toISOString(),
    reservedUntil: allocation.reservedUntil.toISOString(),
    tier: proposal.tier,
    warnings: [...proposal.warnings],
  };
}
