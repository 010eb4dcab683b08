import { isApiError } from '../../api/api-error.ts';
import { recordsStrings } from './records.strings.ts';

/** The server's explanation of a failure, or a general one. */
export const detailOf = (error: unknown): string =>
  isApiError(error) && error.problem.detail ? error.problem.detail : recordsStrings.errorFallback;

/** The server refused: the signed-in user may not see (or write to) this record. */
export const isForbidden = (error: unknown): boolean => isApiError(error) && error.status === 403;

/** There is no such patient (or document). */
export const isNotFound = (error: unknown): boolean => isApiError(error) && error.status === 404;

/**
 * The server's field-level messages (RFC 9457 `errors`), by the last segment of each pointer: a
 * pointer `/body/systolicMmHg` gives `systolicMmHg`.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const fields: Record<string, string> = {};
  for (const item of error.problem.errors ?? []) {
    const field = item.pointer.split('/').at(-1);
    if (field && !(field in fields)) fields[field] = item.detail;
  }
  return fields;
}
