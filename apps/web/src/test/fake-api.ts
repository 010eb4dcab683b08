import { vi } from 'vitest';
import { buildProblem, buildSecurityOverview, jsonResponse, problemResponse } from './fixtures.ts';

type Handler = (
  init: RequestInit | undefined,
  /** The query string's parameters, for handlers that answer by them (pages, searches). */
  search: URLSearchParams,
) => Response | Promise<Response>;

/**
 * Replaces fetch with a table of `METHOD /path` handlers (the query string is not part of the match);
 * anything else answers 404 problem+json. Returns the calls made, for assertions on what the app sent.
 */
export function stubApi(routes: Record<string, Handler>) {
  const calls: Array<{
    method: string;
    path: string;
    /** The query string's parameters, for assertions on what was asked for. */
    search: URLSearchParams;
    init: RequestInit | undefined;
  }> = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const { pathname: path, searchParams: search } = new URL(url, 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    calls.push({ method, path, search, init });
    const handler = routes[`${method} ${path}`];
    return handler
      ? handler(init, search)
      : problemResponse(buildProblem({ status: 404, code: 'not_found' }));
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
