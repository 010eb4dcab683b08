import { vi } from 'vitest';
import { buildProblem, problemResponse } from './fixtures.ts';

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
