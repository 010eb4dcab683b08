import pino from 'pino';
import { auditSignerFor, createAuditModule } from './modules/audit/index.ts';
import { systemClock } from './platform/clock.ts';
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/open-database.ts';
import { reportStartupError } from './platform/process/startup-error.ts';

/**
 * `npm run audit:verify`: recomputes the audit chain and checks its signed checkpoints. Exits 0 when
 * the log is intact, 1 naming the first entry that was altered or removed, 2 when it cannot run.
 */
try {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    const audit = createAuditModule({
      db: db.kysely,
      clock: systemClock,
      log: pino({ level: 'silent' }),
      signer: auditSignerFor(config),
    });
    const report = await audit.service.verify();
    if (report.isIntact) {
      process.stdout.write(
        `audit log intact: ${report.entries} entries, ${report.checkpoints} signed checkpoints verified\n`,
      );
    } else {
      process.stdout.write(`AUDIT LOG TAMPERED: ${report.problem.detail} (entry #${report.problem.seq})\n`);
      process.exitCode = 1;
    }
  } finally {
    await db.close();
  }
} catch (error) {
  reportStartupError(error);
  process.exitCode = 2;
}
