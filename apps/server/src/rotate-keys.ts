import { loadConfig } from './platform/config.ts';
import { ENCRYPTED_COLUMNS } from './platform/crypto/encrypted-columns.ts';
import { createEnvelopeCipher } from './platform/crypto/envelope.ts';
import { rotateEncryptedColumns } from './platform/crypto/key-rotation.ts';
import { masterKeyRingFor } from './platform/crypto/master-keys.ts';
import { migrationStatus, readMigrations } from './platform/db/migrator.ts';
import { openDatabase } from './platform/db/open-database.ts';
import { migrationsDir } from './platform/paths.ts';
import { reportStartupError } from './platform/process/startup-error.ts';

/**
 * `npm run keys:rotate`: rewraps every envelope-encrypted column under the current master key (the
 * first of MASTER_KEYS), batch by batch. Run it after putting a new key first in MASTER_KEYS; once it
 * reports no failures, the old keys can be removed from the ring. Exits 0 when every envelope is under
 * the current key, 1 when some could not be rewrapped (listed by row id), 2 when it cannot run.
 */
try {
  const config = loadConfig();
  const ring = masterKeyRingFor(config);
  const cipher = createEnvelopeCipher(ring);
  const db = await openDatabase(config.database);
  try {
    const { pending } = await migrationStatus(db, readMigrations(migrationsDir));
    if (pending.length > 0) {
      throw new Error(`the database has ${pending.length} pending migrations; run npm run db:migrate first`);
    }
    process.stdout.write(`rewrapping envelopes under master key '${ring.currentKeyId}'\n`);
    const report = await rotateEncryptedColumns({
      db: db.kysely,
      cipher,
      currentKeyId: ring.currentKeyId,
      columns: ENCRYPTED_COLUMNS,
    });
    let failed = 0;
    for (const column of report) {
      failed += column.failed;
      process.stdout.write(
        `${column.table}.${column.column}: ${column.rewrapped} rewrapped, ${column.failed} failed\n`,
      );
      for (const failure of column.failures) {
        process.stdout.write(`  row ${failure.id}: ${failure.code}\n`);
      }
    }
    const rewrapped = report.reduce((sum, column) => sum + column.rewrapped, 0);
    process.stdout.write(
      failed === 0
        ? `done: ${rewrapped} envelopes rewrapped; every envelope is under '${ring.currentKeyId}'\n`
        : `done with failures: ${rewrapped} rewrapped, ${failed} could not be (keep the old keys in MASTER_KEYS)\n`,
    );
    if (failed > 0) process.exitCode = 1;
  } finally {
    await db.close();
  }
} catch (error) {
  reportStartupError(error);
  process.exitCode = 2;
}
