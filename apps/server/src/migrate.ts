import { loadConfig } from './platform/config.ts';
import { migrate, readMigrations } from './platform/db/migrator.ts';
import { openDatabase } from './platform/db/open-database.ts';
import { migrationsDir } from './platform/paths.ts';
import { reportStartupError } from './platform/process/startup-error.ts';

/** `npm run db:migrate`: applies pending migrations and reports them, without starting the server. */
try {
  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    const applied = await migrate(db, readMigrations(migrationsDir));
    process.stdout.write(
      applied.length === 0
        ? 'database is up to date\n'
        : `applied ${applied.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`).join(', ')}\n`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  reportStartupError(error);
  process.exit(1);
}
