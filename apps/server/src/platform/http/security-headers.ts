import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Strict Content-Security-Policy: scripts and styles only from this origin, plus a per-response nonce
 * for the one <style> element the component library writes its theme variables into. No inline
 * script, no eval, no framing, no plugins.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  manifestSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
} as const;

/** The API documentation page (Swagger UI) needs inline styles; it shows no health data. */
export const API_DOCS_CSP =
  "default-src 'self'; base-uri 'self'; connect-src 'self'; frame-ancestors 'none'; img-src 'self' data:; " +
  "object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'";

/**
 * The policy for an HTML page whose <style> element carries this nonce. Only pages need one (CSP
 * governs documents), so JSON answers get the nonce-free policy and no random bytes per request.
 */
export function cspWithStyleNonce(nonce: string): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => {
      const directive = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      const sources = name === 'styleSrc' ? [...values, `'nonce-${nonce}'`] : values;
      return sources.length > 0 ? `${directive} ${sources.join(' ')}` : directive;
    })
    .join(';');
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  // Built once: constructing helmet's middleware per request costs more than a small database query.
  const applyHelmet = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...CSP_DIRECTIVES } },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  app.addHook('onRequest', (request, reply, done) => {
    applyHelmet(request.raw, reply.raw, (error?: unknown) =>
      done(error instanceof Error ? error : undefined),
    );
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('permissions-policy', 'camera=(self), microphone=(self), geolocation=(), payment=(self)');
    // API answers may hold health data: no shared or browser caching unless a route opts in.
    if (!reply.hasHeader('cache-control') && !reply.raw.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });
}
