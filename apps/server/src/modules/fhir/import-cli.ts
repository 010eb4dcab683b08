import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Membership } from '@nexus/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { FhirImport } from './fhir-import.service.ts';
import { FhirError } from './operation-outcome.ts';

/** The .json files to import: the paths given, and the .json files of directories given (sorted). */
export function bundleFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((file) => file.endsWith('.json'))
          .sort()
          .map((file) => join(path, file))
      : [path],
  );
}

/**
 * Who a command-line import acts as: the organisation's first administrator (the import is theirs in
 * the audit log and in every Provenance), in the given organisation or the oldest clinic or hospital.
 */
export async function importingAdministrator(
  db: Executor,
  organisationId: string | undefined,
): Promise<Actor> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['u.id', 'u.email', 'u.display_name', 'o.id as organisation_id', 'o.name', 'o.kind'])
    .where('m.role', '=', 'org_admin')
    .where('u.disabled_at', 'is', null)
    .$if(organisationId !== undefined, (q) => q.where('o.id', '=', organisationId as string))
    .$if(organisationId === undefined, (q) => q.where('o.kind', 'in', ['clinic', 'hospital']))
    .orderBy(sql`o.created_at`)
    .orderBy(sql`m.created_at`)
    .limit(1)
    .executeTakeFirst();
  if (!row) {
    throw new Error(
      organisationId
        ? `organisation ${organisationId} has no enabled administrator to import as`
        : 'there is no clinic or hospital with an enabled administrator to import into',
    );
  }
  const membership: Membership = {
    organisationId: row.organisation_id,
    organisationName: row.name,
    organisationKind: row.kind,
    role: 'org_admin',
  };
  return {
    sessionId: 'import-cli',
    credential: { kind: 'session' },
    userId: row.id,
    email: row.email,
    displayName: row.display_name,
    patientId: null,
    memberships: [membership],
  };
}

/** Imports each file in turn; one that fails is reported with its OperationOutcome and the rest go on. */
export async function importFiles(
  imports: FhirImport,
  actor: Actor,
  files: readonly string[],
  write: (line: string) => void,
): Promise<{ imported: number; failed: number }> {
  let imported = 0;
  let failed = 0;
  const organisationId = actor.memberships[0]?.organisationId;
  for (const file of files) {
    try {
      const bundle: unknown = JSON.parse(readFileSync(file, 'utf8'));
      const report = await imports.importBundle(
        {
          actor,
          origin: { sourceIp: null, requestId: null },
          route: 'npm run import:fhir',
          interaction: 'import',
          ...(organisationId ? { organisationId } : {}),
        },
        bundle,
      );
      imported++;
      write(
        `${file}: ${report.resources} resources, ${report.patients.length} patient(s), ${report.durationMs} ms (${Math.round((report.resources / Math.max(1, report.durationMs)) * 1000)}/s)`,
      );
    } catch (error) {
      failed++;
      const detail =
        error instanceof FhirError
          ? error.issues.map((i) => `${i.expression?.[0] ?? ''} ${i.details?.text ?? ''}`.trim()).join('; ')
          : error instanceof Error
            ? error.message
            : String(error);
      write(`${file}: NOT IMPORTED — ${detail}`);
    }
  }
  return { imported, failed };
}
