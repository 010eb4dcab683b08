import { isApiError } from '../../api/api-error.ts';
import { accessStrings } from './access.strings.ts';

/** The server's explanation of a failure, or a general one. */
export const detailOf = (error: unknown): string =>
  isApiError(error) && error.problem.detail ? error.problem.detail : accessStrings.errorFallback;
