import type {
  BreakGlassAlert,
  BreakGlassGrant,
  CareRelationship,
  ClinicianSummary,
  EmergencyAccess,
  PatientUnderCare,
} from '@nexus/contracts';
import type { GrantRow, PatientIndexColumns, RelationshipRow } from './access.repo.ts';

export function presentRelationship(
  row: RelationshipRow,
  clinicianRoles: ReadonlyMap<string, ClinicianSummary['roles']>,
): CareRelationship {
  return {
    id: row.id,
    source: row.source,
    since: row.createdAt.toISOString(),
    clinician:
      row.clinicianUserId && row.clinicianName !== null
        ? {
            userId: row.clinicianUserId,
            displayName: row.clinicianName,
            roles: clinicianRoles.get(row.clinicianUserId) ?? [],
          }
        : null,
    organisation:
      row.organisationId && row.organisationName !== null && row.organisationKind !== null
        ? { id: row.organisationId, name: row.organisationName, kind: row.organisationKind }
        : null,
  };
}

export const presentEmergencyAccess = (grant: GrantRow): EmergencyAccess => ({
  grantId: grant.id,
  clinician: { userId: grant.userId, displayName: grant.clinicianName },
  organisationName: grant.organisationName,
  reason: grant.reason,
  openedAt: grant.createdAt.toISOString(),
  expiresAt: grant.expiresAt.toISOString(),
});

export const presentGrant = (grant: GrantRow): BreakGlassGrant & { organisationName: string } => ({
  grantId: grant.id,
  patient: { id: grant.patientId, displayName: grant.patientName },
  organisationId: grant.organisationId,
  organisationName: grant.organisationName,
  openedAt: grant.createdAt.toISOString(),
  expiresAt: grant.expiresAt.toISOString(),
});

export const presentAlert = (grant: GrantRow, now: Date): BreakGlassAlert => ({
  grantId: grant.id,
  clinician: { userId: grant.userId, displayName: grant.clinicianName },
  patient: { id: grant.patientId, displayName: grant.patientName },
  reason: grant.reason,
  openedAt: grant.createdAt.toISOString(),
  expiresAt: grant.expiresAt.toISOString(),
  isActive: grant.endedAt === null && grant.expiresAt > now,
});

/** One entry per patient, however many relationships lead to them; the oldest gives "since". */
export function presentPatientsUnderCare(
  rows: ReadonlyArray<RelationshipRow & PatientIndexColumns>,
): PatientUnderCare[] {
  const byPatient = new Map<string, PatientUnderCare & { sinceDate: Date }>();
  for (const row of rows) {
    const via = {
      source: row.source,
      organisationName: row.source === 'admission' ? row.organisationName : null,
    };
    const entry = byPatient.get(row.patientId);
    if (!entry) {
      byPatient.set(row.patientId, {
        patient: { id: row.patientId, displayName: row.patientName },
        birthDate: row.birthDate,
        gender: row.gender,
        mrn: row.recordNumber,
        since: row.createdAt.toISOString(),
        sinceDate: row.createdAt,
        via: [via],
      });
      continue;
    }
    entry.via.push(via);
    if (row.createdAt < entry.sinceDate) {
      entry.sinceDate = row.createdAt;
      entry.since = row.createdAt.toISOString();
    }
  }
  return [...byPatient.values()].map(({ sinceDate: _sinceDate, ...entry }) => entry);
}
