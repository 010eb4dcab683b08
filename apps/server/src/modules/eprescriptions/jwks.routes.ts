import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../platform/auth/access-rule.ts';
import { PublishedJwks } from './signing-keys.ts';

export const JWKS_PATH = '/.well-known/jwks.json';

/**
 * Five minutes: a verifier that cached the set sees a rotation's new key within that time, and a
 * verifier that meets an unknown kid should fetch the set again anyway. Revocation is what this
 * delays; a pharmacy that must know of a revocation at once asks this server's pharmacy portal.
 */
const CACHE_CONTROL = 'public, max-age=300';

/**
 * The prescription signing keys as a JWKS (RFC 7517) at the well-known path, for anyone: pharmacy
 * systems verify prescriptions with it and nothing else. The set holds public keys only. It may be
 * fetched from other origins (a browser-based verifier), so it allows any origin to read it.
 */
export function jwksRoutes(deps: { publishedKeys: () => Promise<PublishedJwks> }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      JWKS_PATH,
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['e-prescriptions'],
          summary: 'Public keys that verify e-prescriptions (JWKS)',
          response: { 200: PublishedJwks },
        },
      },
      async (_request, reply) => {
        const jwks = await deps.publishedKeys();
        return reply
          .header('cache-control', CACHE_CONTROL)
          .header('access-control-allow-origin', '*')
          .header('cross-origin-resource-policy', 'cross-origin')
          .type('application/jwk-set+json')
          .send(jwks);
      },
    );
  };
}
