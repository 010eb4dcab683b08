import { type Kysely, type Selectable, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { Tables } from '../../platform/db/tables.ts';
import type {
  EprescriptionTables,
  PrescriptionSigningKeysTable,
  PublicEcJwk,
} from './signing-keys.tables.ts';

/** A stored key in its state: only an active key has a private key, only a revoked one a revocation time. */
export type StoredSigningKey =
  | { kid: string; state: 'active'; publicJwk: PublicEcJwk; privateKeyEnvelope: string; createdAt: Date }
  | { kid: string; state: 'retired'; publicJwk: PublicEcJwk; createdAt: Date; retiredAt: Date }
  | {
      kid: string;
      state: 'revoked';
      publicJwk: PublicEcJwk;
      createdAt: Date;
      retiredAt: Date | null;
      revokedAt: Date;
    };

type Row = Selectable<PrescriptionSigningKeysTable>;

/** Serialises key creation, rotation and revocation across replicas (the migrator's lock is 7_201_337). */
const KEY_MANAGEMENT_LOCK = 7_201_339;

/**
 * The table is this module's own; until the platform's `Tables` lists it, queries see it through
 * `withTables` (harmless once it does).
 */
const keysDb = (db: Executor) => (db as Kysely<Tables>).withTables<EprescriptionTables>();

function toStoredKey(row: Row): StoredSigningKey {
  const base = { kid: row.kid, publicJwk: row.public_jwk, createdAt: new Date(row.created_at) };
  if (row.state === 'active' && row.private_key_envelope !== null) {
    return { ...base, state: 'active', privateKeyEnvelope: row.private_key_envelope };
  }
  if (row.state === 'retired' && row.retired_at !== null) {
    return { ...base, state: 'retired', retiredAt: new Date(row.retired_at) };
  }
  if (row.state === 'revoked' && row.revoked_at !== null) {
    return {
      ...base,
      state: 'revoked',
      retiredAt: row.retired_at === null ? null : new Date(row.retired_at),
      revokedAt: new Date(row.revoked_at),
    };
  }
  // The table's checks make this unreachable; a row that breaks them is not used to sign or verify.
  throw new Error(`prescription signing key ${row.kid} is in an inconsistent state`);
}

/** SQL for prescription_signing_keys. Every function takes the executor to run on. */
export function createSigningKeysRepo() {
  return {
    /** Holds the key-management lock until the transaction ends. */
    async lock(trx: Executor): Promise<void> {
      await sql`select pg_advisory_xact_lock(${KEY_MANAGEMENT_LOCK})`.execute(trx);
    },

    async findActive(db: Executor): Promise<StoredSigningKey | undefined> {
      const row = await keysDb(db)
        .selectFrom('prescription_signing_keys')
        .selectAll()
        .where('state', '=', 'active')
        .executeTakeFirst();
      return row ? toStoredKey(row) : undefined;
    },

    async findByKid(db: Executor, kid: string): Promise<StoredSigningKey | undefined> {
      const row = await keysDb(db)
        .selectFrom('prescription_signing_keys')
        .selectAll()
        .where('kid', '=', kid)
        .executeTakeFirst();
      return row ? toStoredKey(row) : undefined;
    },

    async insertActive(
      db: Executor,
      key: { kid: string; publicJwk: PublicEcJwk; privateKeyEnvelope: string; createdAt: Date },
    ): Promise<void> {
      await keysDb(db)
        .insertInto('prescription_signing_keys')
        .values({
          kid: key.kid,
          algorithm: 'ES256',
          public_jwk: JSON.stringify(key.publicJwk),
          private_key_envelope: key.privateKeyEnvelope,
          state: 'active',
          created_at: key.createdAt,
          retired_at: null,
          revoked_at: null,
        })
        .execute();
    },

    /** Active → retired; the private key is destroyed. */
    async retire(db: Executor, kid: string, at: Date): Promise<void> {
      await keysDb(db)
        .updateTable('prescription_signing_keys')
        .set({ state: 'retired', retired_at: at, private_key_envelope: null })
        .where('kid', '=', kid)
        .where('state', '=', 'active')
        .execute();
    },

    /** Active or retired → revoked; the private key (if any) is destroyed. Whether a row changed. */
    async revoke(db: Executor, kid: string, at: Date): Promise<boolean> {
      const result = await keysDb(db)
        .updateTable('prescription_signing_keys')
        .set({ state: 'revoked', revoked_at: at, private_key_envelope: null })
        .where('kid', '=', kid)
        .where('state', '<>', 'revoked')
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** The active key, then the keys retired after `retiredAfter`, newest first. */
    async listVerifiable(db: Executor, retiredAfter: Date): Promise<StoredSigningKey[]> {
      const rows = await keysDb(db)
        .selectFrom('prescription_signing_keys')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('state', '=', 'active'),
            eb.and([eb('state', '=', 'retired'), eb('retired_at', '>', retiredAfter)]),
          ]),
        )
        .orderBy(sql`state = 'active'`, 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('kid')
        .execute();
      return rows.map(toStoredKey);
    },
  };
}
export type SigningKeysRepo = ReturnType<typeof createSigningKeysRepo>;
