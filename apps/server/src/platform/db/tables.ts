import type { ColumnType } from 'kysely';
import type { AccessTables } from '../../modules/access/access.tables.ts';
import type { AccountsTables } from '../../modules/accounts/accounts.tables.ts';
import type { AuditTables } from '../../modules/audit/audit.tables.ts';
import type { BloodbankTables } from '../../modules/bloodbank/bloodbank.tables.ts';
import type { CdsTables } from '../../modules/cds/cds.tables.ts';
import type { ChatTables } from '../../modules/chat/chat.tables.ts';
import type { EprescriptionTables } from '../../modules/eprescriptions/signing-keys.tables.ts';
import type { FhirTables } from '../../modules/fhir/fhir.tables.ts';
import type { IdentityTables } from '../../modules/identity/identity.tables.ts';
import type { MailTables } from '../../modules/mail/mail.tables.ts';
import type { MedicationsTables } from '../../modules/medications/medications.tables.ts';
import type { NotificationsTables } from '../../modules/notifications/notifications.tables.ts';
import type { RemindersTables } from '../../modules/reminders/reminders.tables.ts';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export type JobCompletionsTable = {
  job_key: string;
  queue: string;
  completed_at: CreatedAt;
};

export type PlatformTables = {
  job_completions: JobCompletionsTable;
};

/** Every table the query layer knows, composed from the platform's and each module's own. */
export type Tables = PlatformTables &
  IdentityTables &
  AuditTables &
  MailTables &
  AccountsTables &
  AccessTables &
  FhirTables &
  CdsTables &
  MedicationsTables &
  EprescriptionTables &
  RemindersTables &
  NotificationsTables &
  ChatTables &
  BloodbankTables;
