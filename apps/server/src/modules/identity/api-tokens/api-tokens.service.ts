import type { ApiTokenScope, ApiTokenSummary, CreateApiTokenRequest, Membership } from '@nexus/contracts';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Actor } from '../../../platform/auth/actor.ts';
import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import type { Clock } from '../../../platform/clock.ts';
import { compileOnce } from '../../../platform/db/compile-once.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { preparedAs } from '../../../platform/db/prepared-statements.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { AuditRecorder, RequestOrigin } from '../../audit/index.ts';

/** Personal API tokens start with this, so leaked ones are easy to recognise (secret scanners). */
export const API_TOKEN_PREFIX = 'nxp_';
const TOUCH_INTERVAL_MS = 60_000;

const liveTokenQuery = compileOnce((db: Executor, args: { tokenHash: string; now: Date }) =>
  db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select((eb) => [
      't.id',
      't.user_id',
      't.scopes',
      't.last_used_at',
      'u.email',
      'u.display_name',
      eb.selectFrom('patients as p').select('p.id').whereRef('p.user_id', '=', 't.user_id').as('patient_id'),
      jsonArrayFrom(
        eb
          .selectFrom('memberships as m')
          .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
          .select(['m.organisation_id', 'o.name', 'o.kind', 'm.role'])
          .whereRef('m.user_id', '=', 't.user_id')
          .orderBy('o.name')
          .orderBy('m.role'),
      ).as('memberships'),
    ])
    .modifyFront(sql.raw(preparedAs('identity_live_api_token')))
    .where('t.token_hash', '=', args.tokenHash)
    .where('t.revoked_at', 'is', null)
    .where('t.expires_at', '>', args.now)
    .where('u.disabled_at', 'is', null),
);

/** Scoped, expiring personal API tokens for integrations, kept only as SHA-256. */
export function createApiTokenService(deps: { db: Executor; clock: Clock; audit: AuditRecorder }) {
  const { db, clock, audit } = deps;

  const toSummary = (row: {
    id: string;
    name: string;
    scopes: string[];
    created_at: Date;
    expires_at: Date;
    last_used_at: Date | null;
  }): ApiTokenSummary => ({
    id: row.id,
    name: row.name,
    scopes: row.scopes as ApiTokenScope[],
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
  });

  return {
    async list(actor: Actor): Promise<ApiTokenSummary[]> {
      const rows = await db
        .selectFrom('api_tokens')
        .select(['id', 'name', 'scopes', 'created_at', 'expires_at', 'last_used_at'])
        .where('user_id', '=', actor.userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', clock.now())
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toSummary);
    },

    async create(actor: Actor, input: CreateApiTokenRequest, origin?: RequestOrigin) {
      const token = `${API_TOKEN_PREFIX}${newToken()}`;
      const now = clock.now();
      const row = await db
        .insertInto('api_tokens')
        .values({
          user_id: actor.userId,
          name: input.name,
          token_hash: hashToken(token),
          scopes: [...new Set(input.scopes)].sort(),
          created_at: now,
          expires_at: new Date(now.getTime() + input.expiresInDays * 86_400_000),
        })
        .returning(['id', 'name', 'scopes', 'created_at', 'expires_at', 'last_used_at'])
        .executeTakeFirstOrThrow();
      await audit.record({
        actorUserId: actor.userId,
        action: 'account.api_token_created',
        outcome: 'success',
        resourceType: 'api_token',
        resourceId: row.id,
        details: { scopes: row.scopes.join(','), days: input.expiresInDays },
        ...(origin ? { origin } : {}),
      });
      return { token, summary: toSummary(row) };
    },

    async revoke(actor: Actor, tokenId: string, origin?: RequestOrigin): Promise<void> {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: clock.now() })
        .where('id', '=', tokenId)
        .where('user_id', '=', actor.userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1)
        throw notFound('api_token_not_found', 'You have no such API token.');
      await audit.record({
        actorUserId: actor.userId,
        action: 'account.api_token_revoked',
        outcome: 'success',
        resourceType: 'api_token',
        resourceId: tokenId,
        ...(origin ? { origin } : {}),
      });
    },

    /** The actor behind a token (prefixed `nxp_`), or undefined if unknown, expired, revoked or disabled. */
    async authenticate(bearer: string): Promise<Actor | undefined> {
      if (!bearer.startsWith(API_TOKEN_PREFIX)) return undefined;
      const now = clock.now();
      const tokenHash = hashToken(bearer);
      const { rows } = await liveTokenQuery(db, { tokenHash, now });
      const row = rows[0];
      if (!row) return undefined;
      const lastUsed = row.last_used_at ? new Date(row.last_used_at).getTime() : 0;
      if (now.getTime() - lastUsed > TOUCH_INTERVAL_MS) {
        await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
      }
      return {
        sessionId: row.id,
        credential: { kind: 'api_token', scopes: row.scopes as ApiTokenScope[] },
        userId: row.user_id,
        email: row.email,
        displayName: row.display_name,
        patientId: row.patient_id,
        memberships: row.memberships.map(
          (m): Membership => ({
            organisationId: m.organisation_id,
            organisationName: m.name,
            organisationKind: m.kind,
            role: m.role,
          }),
        ),
      };
    },
  };
}
export type ApiTokenService = ReturnType<typeof createApiTokenService>;
