import type { ProblemFieldError } from '@nexus/contracts';

/**
 * An error a service throws on purpose: a stable snake_case code, the HTTP status it maps to, and a
 * message safe to show the caller. Services never know about HTTP beyond this status number.
 */
export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fieldErrors?: ProblemFieldError[],
    /** Sent as Retry-After: when the caller may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const unauthorized = (code: string, message: string) => new AppError(code, 401, message);
export const forbidden = (code: string, message: string) => new AppError(code, 403, message);
export const notFound = (code: string, message: string) => new AppError(code, 404, message);
export const conflict = (code: string, message: string) => new AppError(code, 409, message);
export const tooManyRequests = (code: string, message: string, retryAfterSeconds: number) =>
  new AppError(code, 429, message, undefined, Math.max(1, Math.ceil(retryAfterSeconds)));
