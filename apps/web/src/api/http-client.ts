import { Problem } from '@nexus/contracts';
import { apiStrings } from './api.strings.ts';
import { ApiError, CLIENT_PROBLEM_CODES } from './api-error.ts';

/** Anything that turns unknown JSON into a T or throws: the contracts' zod schemas fit. */
export type Parser<T> = { parse(data: unknown): T };

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. Without a body no Content-Type is sent (the server rejects an empty JSON body). */
  body?: unknown;
  signal?: AbortSignal;
};

export type ApiClientOptions = {
  /** Prefix for every path; the API is on the same origin, so normally empty. */
  baseUrl?: string;
  /** Defaults to the global fetch, looked up on every call (so tests can stub it). */
  fetch?: typeof fetch;
  /** The page's cookies as `document.cookie` has them; read on every unsafe request. */
  cookies?: () => string;
};

/** The header the server checks on every state-changing request made with the session cookie. */
export const CSRF_HEADER = 'x-csrf-token';
/** The server's CSRF cookie: `__Host-` prefixed over HTTPS, plain over HTTP (development). */
const CSRF_COOKIES = ['__Host-nexus_csrf', 'nexus_csrf'] as const;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const documentCookies = () => (typeof document === 'undefined' ? '' : document.cookie);

/** The CSRF token from the page's cookies, if the server has set one (it does with every session). */
export function csrfTokenFrom(cookies: string): string | undefined {
  const jar = new Map<string, string>();
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    const name = pair.slice(0, separator).trim();
    if (!jar.has(name)) jar.set(name, pair.slice(separator + 1).trim());
  }
  for (const name of CSRF_COOKIES) {
    const value = jar.get(name);
    if (value) return safeDecode(value);
  }
  return undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const PROBLEM_MEDIA_TYPE = /^application\/(problem\+)?json/i;

function clientProblem(status: number, path: string, response?: Response): Problem {
  const isNetwork = status === 0;
  return {
    type: 'about:blank',
    title: isNetwork ? apiStrings.networkErrorTitle : apiStrings.unexpectedResponseTitle,
    status,
    detail: isNetwork
      ? apiStrings.networkErrorDetail
      : status >= 500
        ? apiStrings.serverErrorDetail
        : apiStrings.unexpectedResponseDetail,
    instance: path,
    code: isNetwork ? CLIENT_PROBLEM_CODES.networkError : CLIENT_PROBLEM_CODES.unexpectedResponse,
    requestId: response?.headers.get('x-request-id') ?? '',
  };
}

async function problemOf(response: Response, path: string): Promise<ApiError> {
  if (PROBLEM_MEDIA_TYPE.test(response.headers.get('content-type') ?? '')) {
    try {
      const parsed = Problem.safeParse(await response.json());
      if (parsed.success) return new ApiError(parsed.data);
    } catch {
      // Not JSON after all: described below like any other unexpected answer.
    }
  }
  return new ApiError(clientProblem(response.status, path, response));
}

/**
 * The typed API client: JSON in, responses validated with the contracts' schemas, and every failure
 * (HTTP error, network error, unexpected body) thrown as an ApiError carrying a Problem.
 */
export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const readCookies = options.cookies ?? documentCookies;

  async function send(path: string, { method = 'GET', body, signal }: RequestOptions): Promise<Response> {
    const headers = new Headers({ accept: 'application/json, application/problem+json' });
    if (body !== undefined) headers.set('content-type', 'application/json');
    // Read at send time: the token changes whenever the session does (sign-in, second factor).
    const csrfToken = SAFE_METHODS.has(method) ? undefined : csrfTokenFrom(readCookies());
    if (csrfToken) headers.set(CSRF_HEADER, csrfToken);
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal,
      });
    } catch (error) {
      // A cancelled request is not a failure; let the caller (TanStack Query) see the abort as it is.
      if (signal?.aborted) throw error;
      throw new ApiError(clientProblem(0, path));
    }
    if (!response.ok) throw await problemOf(response, path);
    return response;
  }

  return {
    /** Sends a request and returns its JSON body, validated by the parser. */
    async json<T>(path: string, parser: Parser<T>, options: RequestOptions = {}): Promise<T> {
      const response = await send(path, options);
      try {
        return parser.parse(await response.json());
      } catch {
        throw new ApiError(clientProblem(response.status, path, response));
      }
    },

    /** Sends a request whose answer has no body worth reading (204 No Content). */
    async empty(path: string, options: RequestOptions = {}): Promise<void> {
      await send(path, options);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client: same origin, the session travels in its HttpOnly cookie. */
export const apiClient: ApiClient = createApiClient();
