import type { Executor } from '../../../platform/db/database.ts';

export type TotpRow = {
  /** The app in force, if any. */
  secretEnvelope: string | null;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
  /** A new app being set up, not yet proven with a code. */
  pendingSecretEnvelope: string | null;
  pendingSince: Date | null;
};
export type PasskeyRow = {
  id: string;
  credentialId: string;
  publicKey: Uint8Array;
  signCount: number;
  transports: string[];
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
};

/** SQL for authenticator apps, recovery codes, passkeys and WebAuthn challenges. */
export function createSecondFactorRepo() {
  return {
    async findTotp(db: Executor, userId: string): Promise<TotpRow | undefined> {
      const row = await db
        .selectFrom('totp_authenticators')
        .select([
          'secret_envelope',
          'confirmed_at',
          'last_used_step',
          'pending_secret_envelope',
          'pending_since',
        ])
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return (
        row && {
          secretEnvelope: row.secret_envelope,
          confirmedAt: row.confirmed_at ? new Date(row.confirmed_at) : null,
          lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
          pendingSecretEnvelope: row.pending_secret_envelope,
          pendingSince: row.pending_since ? new Date(row.pending_since) : null,
        }
      );
    },

    /** Starts (or restarts) setting up an app; one already in force stays so until the new one is proven. */
    async savePendingTotp(db: Executor, userId: string, secretEnvelope: string, at: Date): Promise<void> {
      await db
        .insertInto('totp_authenticators')
        .values({ user_id: userId, pending_secret_envelope: secretEnvelope, pending_since: at })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({ pending_secret_envelope: secretEnvelope, pending_since: at }),
        )
        .execute();
    },

    /** The pending app becomes the one in force; the code that proved it counts as used. */
    async confirmPendingTotp(db: Executor, userId: string, at: Date, step: number): Promise<void> {
      await db
        .updateTable('totp_authenticators')
        .set((eb) => ({
          secret_envelope: eb.ref('pending_secret_envelope'),
          confirmed_at: at,
          last_used_step: step,
          pending_secret_envelope: null,
          pending_since: null,
        }))
        .where('user_id', '=', userId)
        .where('pending_secret_envelope', 'is not', null)
        .execute();
    },

    /**
     * Records that the code of `step` was used, unless that step (or a later one) already was: the
     * compare-and-set makes a replayed code fail even when two requests race.
     */
    async claimTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('totp_authenticators')
        .set({ last_used_step: step })
        .where('user_id', '=', userId)
        .where('confirmed_at', 'is not', null)
        .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', String(step))]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async deleteTotp(db: Executor, userId: string): Promise<void> {
      await db.deleteFrom('totp_authenticators').where('user_id', '=', userId).execute();
    },

    async replaceRecoveryCodes(db: Executor, userId: string, hashes: string[]): Promise<void> {
      await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      await db
        .insertInto('recovery_codes')
        .values(hashes.map((code_hash) => ({ user_id: userId, code_hash })))
        .execute();
    },

    /** Uses a recovery code once: true only for the request that marked it used. */
    async useRecoveryCode(db: Executor, userId: string, hash: string, at: Date): Promise<boolean> {
      const result = await db
        .updateTable('recovery_codes')
        .set({ used_at: at })
        .where('user_id', '=', userId)
        .where('code_hash', '=', hash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async countUnusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
      const row = await db
        .selectFrom('recovery_codes')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async listPasskeys(db: Executor, userId: string): Promise<PasskeyRow[]> {
      const rows = await db
        .selectFrom('passkeys')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        credentialId: row.credential_id,
        publicKey: new Uint8Array(row.public_key),
        signCount: Number(row.sign_count),
        transports: row.transports,
        name: row.name,
        createdAt: new Date(row.created_at),
        lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
      }));
    },

    async insertPasskey(
      db: Executor,
      p: {
        userId: string;
        credentialId: string;
        publicKey: Uint8Array;
        signCount: number;
        transports: string[];
        name: string;
      },
    ): Promise<string> {
      const row = await db
        .insertInto('passkeys')
        .values({
          user_id: p.userId,
          credential_id: p.credentialId,
          public_key: p.publicKey,
          sign_count: p.signCount,
          transports: p.transports,
          name: p.name,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async recordPasskeyUse(db: Executor, id: string, signCount: number, at: Date): Promise<void> {
      await db
        .updateTable('passkeys')
        .set({ sign_count: signCount, last_used_at: at })
        .where('id', '=', id)
        .execute();
    },

    async deletePasskey(db: Executor, userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('passkeys')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async saveChallenge(
      db: Executor,
      c: { sessionId: string; purpose: 'register' | 'authenticate'; challenge: string; expiresAt: Date },
    ): Promise<void> {
      await db
        .insertInto('webauthn_challenges')
        .values({
          session_id: c.sessionId,
          purpose: c.purpose,
          challenge: c.challenge,
          expires_at: c.expiresAt,
        })
        .onConflict((oc) =>
          oc
            .columns(['session_id', 'purpose'])
            .doUpdateSet({ challenge: c.challenge, expires_at: c.expiresAt }),
        )
        .execute();
    },

    /** Takes the session's outstanding challenge (deleting it: each is used once), if still valid. */
    async takeChallenge(
      db: Executor,
      sessionId: string,
      purpose: 'register' | 'authenticate',
      now: Date,
    ): Promise<string | undefined> {
      const row = await db
        .deleteFrom('webauthn_challenges')
        .where('session_id', '=', sessionId)
        .where('purpose', '=', purpose)
        .returning(['challenge', 'expires_at'])
        .executeTakeFirst();
      return row && new Date(row.expires_at) > now ? row.challenge : undefined;
    },
  };
}
export type SecondFactorRepo = ReturnType<typeof createSecondFactorRepo>;
