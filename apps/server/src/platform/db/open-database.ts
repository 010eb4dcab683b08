import type { DatabaseTarget } from '../config.ts';
import type { Database } from './database.ts';
import { openPGliteDatabase } from './pglite-database.ts';
import { openPostgresDatabase } from './postgres-database.ts';

/** Opens the configured database: embedded PGlite, or a PostgreSQL server. */
export function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'pglite'
    ? openPGliteDatabase({ dataDir: target.dataDir })
    : openPostgresDatabase({ url: target.url, poolMax: target.poolMax });
}
