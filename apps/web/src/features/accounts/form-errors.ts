import { isApiError } from '../../api/api-error.ts';
import { accountsStrings as s } from './accounts.strings.ts';

/** The server's field errors (located by JSON Pointer, e.g. /body/password) for the fields a form has. */
export function serverFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> {
  if (!isApiError(error)) return {};
  const errors: Partial<Record<F, string>> = {};
  for (const fieldError of error.problem.errors ?? []) {
    const field = fields.find((name) => fieldError.pointer === `/body/${name}`);
    if (field && !errors[field]) errors[field] = fieldError.detail;
  }
  return errors;
}

/** What to tell the user about a failed request: the server's own explanation when it gave one. */
export const problemDetail = (error: unknown): string =>
  isApiError(error) && error.problem.detail ? error.problem.detail : s.failedFallback;
