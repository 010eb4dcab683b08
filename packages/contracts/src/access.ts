import { z } from 'zod';
import { OrganisationKind, Role } from './identity.ts';

/** Who may see a patient's record, emergency access, access logs, organisation members, audit checks. */

export const PatientIdParams = z.object({ patientId: z.uuid() });
export const OrganisationIdParams = z.object({ organisationId: z.uuid() });
export const CareRelationshipParams = z.object({ patientId: z.uuid(), relationshipId: z.uuid() });
export const MemberParams = z.object({ organisationId: z.uuid(), userId: z.uuid() });

/** The first thing a patient-scoped read returns: who the record belongs to. */
export const PatientSummary = z.object({ id: z.uuid(), displayName: z.string() });
export type PatientSummary = z.infer<typeof PatientSummary>;

/** Roles that treat patients (and so can be given access to a record). */
export const ClinicalRole = z.enum(['doctor', 'nurse', 'pharmacist', 'dietitian']);
export type ClinicalRole = z.infer<typeof ClinicalRole>;

/** A role someone holds, and where. */
export const RoleAt = z.object({ role: Role, organisationName: z.string() });
export type RoleAt = z.infer<typeof RoleAt>;

/** A clinician as the patient's sharing dialog shows them: no e-mail address. */
export const ClinicianSummary = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  roles: z.array(RoleAt),
});
export type ClinicianSummary = z.infer<typeof ClinicianSummary>;

export const ClinicianSearchQuery = z.object({ query: z.string().trim().min(2).max(100) });
export const ClinicianDirectory = z.object({ clinicians: z.array(ClinicianSummary) });
export type ClinicianDirectory = z.infer<typeof ClinicianDirectory>;

export const CareSource = z.enum(['patient_grant', 'admission']);
export type CareSource = z.infer<typeof CareSource>;

/** One live care relationship: a clinician the patient chose, or an organisation that admitted them. */
export const CareRelationship = z.object({
  id: z.uuid(),
  source: CareSource,
  since: z.iso.datetime(),
  clinician: ClinicianSummary.nullable(),
  organisation: z.object({ id: z.uuid(), name: z.string(), kind: OrganisationKind }).nullable(),
});
export type CareRelationship = z.infer<typeof CareRelationship>;

/** Emergency access someone holds to the record right now. */
export const EmergencyAccess = z.object({
  grantId: z.uuid(),
  clinician: z.object({ userId: z.uuid(), displayName: z.string() }),
  organisationName: z.string(),
  reason: z.string(),
  openedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type EmergencyAccess = z.infer<typeof EmergencyAccess>;

export const CareTeam = z.object({
  relationships: z.array(CareRelationship),
  emergencyAccess: z.array(EmergencyAccess),
});
export type CareTeam = z.infer<typeof CareTeam>;

export const GrantAccessRequest = z.object({ clinicianUserId: z.uuid() });
export type GrantAccessRequest = z.infer<typeof GrantAccessRequest>;

export const AdmissionRequest = z.object({ patientId: z.uuid() });
export type AdmissionRequest = z.infer<typeof AdmissionRequest>;
export const AdmissionByEmailRequest = z.object({ email: z.email().max(254) });
export type AdmissionByEmailRequest = z.infer<typeof AdmissionByEmailRequest>;

export const Admission = z.object({
  relationshipId: z.uuid(),
  organisationId: z.uuid(),
  patient: PatientSummary,
  since: z.iso.datetime(),
});
export type Admission = z.infer<typeof Admission>;

/** Emergency access is for a stated reason of at least 20 characters. */
export const BREAK_GLASS_REASON_MIN = 20;
export const BreakGlassRequest = z.object({
  reason: z.string().trim().min(BREAK_GLASS_REASON_MIN).max(1000),
  /** The organisation the clinician acts for (whose admins are alerted); defaults to their first. */
  organisationId: z.uuid().optional(),
});
export type BreakGlassRequest = z.infer<typeof BreakGlassRequest>;

export const BreakGlassGrant = z.object({
  grantId: z.uuid(),
  patient: PatientSummary,
  organisationId: z.uuid(),
  openedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type BreakGlassGrant = z.infer<typeof BreakGlassGrant>;

/** A patient a clinician looks after, and through what. */
export const PatientUnderCare = z.object({
  patient: PatientSummary,
  /** From the patient's record (FHIR Patient), for telling patients apart. */
  birthDate: z.iso.date().nullable(),
  gender: z.enum(['male', 'female', 'other', 'unknown']).nullable(),
  /** The patient's record number in this platform. */
  mrn: z.string().nullable(),
  since: z.iso.datetime(),
  via: z.array(z.object({ source: CareSource, organisationName: z.string().nullable() })),
});
export type PatientUnderCare = z.infer<typeof PatientUnderCare>;

export const MyPatients = z.object({
  patients: z.array(PatientUnderCare),
  emergencyAccess: z.array(BreakGlassGrant.extend({ organisationName: z.string() })),
});
export type MyPatients = z.infer<typeof MyPatients>;

export const MyPatientsSort = z.enum(['name', '-name', 'birthDate', '-birthDate', 'since', '-since']);
export type MyPatientsSort = z.infer<typeof MyPatientsSort>;
/**
 * Narrows "my patients": `query` matches part of the name, a whole birth date (YYYY-MM-DD) or a whole
 * identifier (the record number, or one from another system).
 */
export const MyPatientsQuery = z.object({
  query: z.string().trim().max(100).optional(),
  sort: MyPatientsSort.default('name'),
});
export type MyPatientsQuery = z.infer<typeof MyPatientsQuery>;

export const BreakGlassAlert = z.object({
  grantId: z.uuid(),
  clinician: z.object({ userId: z.uuid(), displayName: z.string() }),
  patient: PatientSummary,
  reason: z.string(),
  openedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  isActive: z.boolean(),
});
export type BreakGlassAlert = z.infer<typeof BreakGlassAlert>;
export const BreakGlassAlerts = z.object({ alerts: z.array(BreakGlassAlert) });
export type BreakGlassAlerts = z.infer<typeof BreakGlassAlerts>;

/** Keyset pagination over the audit log: entries older than `before` (an entry id). */
export const LogPageQuery = z.object({
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,17}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type LogPageQuery = z.infer<typeof LogPageQuery>;

export const AuditOutcome = z.enum(['success', 'failure', 'denied']);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/** One look at (or attempt on) a patient's record by someone else. */
export const AccessLogEntry = z.object({
  id: z.string(),
  occurredAt: z.iso.datetime(),
  actor: z.object({ displayName: z.string().nullable(), role: Role.nullable() }),
  action: z.string().describe('What was done, e.g. patient.read, access.break_glass, access.admitted'),
  outcome: AuditOutcome,
  isBreakGlass: z.boolean(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;
export const AccessLog = z.object({ entries: z.array(AccessLogEntry), nextBefore: z.string().nullable() });
export type AccessLog = z.infer<typeof AccessLog>;

/** One security event of the user's own account. */
export const SecurityLogEntry = z.object({
  id: z.string(),
  occurredAt: z.iso.datetime(),
  action: z.string().describe('e.g. auth.sign_in, factor.totp_enrolled, account.disabled'),
  outcome: AuditOutcome,
  sourceIp: z.string().nullable(),
  /** Set when someone else (an administrator) did it to this account. */
  byOther: z.boolean(),
});
export type SecurityLogEntry = z.infer<typeof SecurityLogEntry>;
export const SecurityLog = z.object({
  entries: z.array(SecurityLogEntry),
  nextBefore: z.string().nullable(),
});
export type SecurityLog = z.infer<typeof SecurityLog>;

/** Roles an organisation's administrator may give (platform_admin is not given per organisation). */
export const AssignableRole = Role.exclude(['platform_admin']);
export type AssignableRole = z.infer<typeof AssignableRole>;

export const MemberStatus = z.enum(['active', 'disabled']);
export type MemberStatus = z.infer<typeof MemberStatus>;

export const Member = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(Role),
  status: MemberStatus,
  isYou: z.boolean(),
});
export type Member = z.infer<typeof Member>;
export const MemberList = z.object({ members: z.array(Member) });
export type MemberList = z.infer<typeof MemberList>;

export const ChangeRolesRequest = z.object({
  roles: z
    .array(AssignableRole)
    .min(1)
    .max(8)
    .refine((roles) => new Set(roles).size === roles.length, 'Each role only once'),
});
export type ChangeRolesRequest = z.infer<typeof ChangeRolesRequest>;

/** The audit log's verification: intact, or the first entry that was altered or removed. */
export const AuditVerification = z.object({
  isIntact: z.boolean(),
  entries: z.number().int().min(0),
  checkpoints: z.number().int().min(0),
  problem: z
    .object({
      seq: z.number().int(),
      problem: z.enum(['altered', 'missing', 'out_of_order', 'relinked']),
      detail: z.string(),
    })
    .nullable(),
  verifiedAt: z.iso.datetime(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
