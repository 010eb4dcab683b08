import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NotFoundFallback } from './not-found.ts';
import { cspWithStyleNonce } from './security-headers.ts';

/** Written into index.html at build time (Vite's html.cspNonce); replaced with each response's nonce. */
export const NONCE_PLACEHOLDER = '__NEXUS_CSP_NONCE__';

const NOT_APP_PATHS = /^\/(api|fhir|ws|healthz|readyz|metrics)(\/|$|\?)/;

/**
 * Serves the built web app: hashed assets with long caching, and index.html (with a fresh CSP nonce)
 * for every client-side route. Returns the fallback for the not-found handler, or undefined when
 * there is no build to serve.
 */
export async function registerWebApp(
  app: FastifyInstance,
  distDir: string,
): Promise<NotFoundFallback | undefined> {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) {
    app.log.warn({ distDir }, 'web app build not found; serving the API only');
    return undefined;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');

  const assetsDir = join(distDir, 'assets');
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    cacheControl: false,
    // index.html goes through sendIndex, which puts this response's nonce in it.
    allowedPath: (path) => path !== '/index.html',
    // Hashed build output never changes under its name: cache it for a year. Anything else revalidates.
    setHeaders(res, path) {
      res.setHeader(
        'cache-control',
        path.startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  const sendIndex = (_request: FastifyRequest, reply: FastifyReply) => {
    const nonce = randomBytes(16).toString('base64url');
    reply.header('content-security-policy', cspWithStyleNonce(nonce));
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(indexHtml.replaceAll(NONCE_PLACEHOLDER, nonce));
  };
  app.get('/', { schema: { hide: true } }, sendIndex);

  return (request, reply) => {
    const wantsPage = request.method === 'GET' || request.method === 'HEAD';
    const acceptsHtml = (request.headers.accept ?? '').includes('text/html');
    if (!wantsPage || !acceptsHtml || NOT_APP_PATHS.test(request.url)) return undefined;
    return sendIndex(request, reply);
  };
}
