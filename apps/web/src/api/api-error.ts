import type { Problem } from '@nexus/contracts';

/**
 * A call to the API that did not succeed. It always carries an RFC 9457 problem: the server's own, or
 * one made up here when the server could not be reached or sent something that is not a problem.
 */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** The server no longer recognises the session (or there never was one). */
export const isUnauthorized = (error: unknown): error is ApiError =>
  isApiError(error) && error.status === 401;

/** Codes this client gives to problems it makes up itself (the server's codes are its own). */
export const CLIENT_PROBLEM_CODES = {
  networkError: 'network_error',
  unexpectedResponse: 'unexpected_response',
} as const;
