import { vi } from 'vitest';
import { buildProblem, buildSecurityOverview, jsonResponse, problemResponse } from './fixtures.ts';

type Handler = (init: RequestInit | undefined) => Response | Promise<Response>;

/**
 * Replaces fetch with a table of `METHOD /path` handlers; anything else answers 404 problem+json.
 * Returns the calls made, for assertions on what the app sent.
 */
export function stubApi(routes: Record<string, Handler>) {
  const calls: Array<{ method: string; path: string; init: RequestInit | undefined }> = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://localhost').pathname;
    const method = (init?.method ?? 'GET').toUpperCase();
    calls.push({ method, path, init });
    const handler = routes[`${method} ${path}`];
    return handler ? handler(init) : problemResponse(buildProblem({ status: 404, code: 'not_found' }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/**
 * The account page's sections besides the one under test, answering as for a fresh account: an
 * authenticator app and ten recovery codes, no passkeys, no API tokens, an empty security log.
 */
export const accountPageRoutes = (): Record<string, Handler> => ({
  'GET /api/v1/sessions': () => jsonResponse(200, { sessions: [] }),
  'GET /api/v1/account/security': () => jsonResponse(200, buildSecurityOverview()),
  'GET /api/v1/account/api-tokens': () => jsonResponse(200, { tokens: [] }),
  'GET /api/v1/account/security-log': () => jsonResponse(200, { entries: [], nextBefore: null }),
});
