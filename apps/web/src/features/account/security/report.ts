import { isApiError } from '../../../api/api-error.ts';
import { secondFactorErrorMessage } from '../../security/second-factor-errors.ts';
import { isPasskeyCeremonyError } from '../../security/webauthn.ts';
import { accountSecurityStrings as s } from './account-security.strings.ts';

/** How a part of the section tells the user what came of an action. */
export type Report = {
  succeeded: (message: string) => void;
  failed: (title: string) => (error: unknown) => void;
};

/** A failed factor change in words: "last factor" in our own, passkey dialogs by what happened. */
export function describeFailure(error: unknown): string {
  if (isPasskeyCeremonyError(error)) return secondFactorErrorMessage(error, 'passkey');
  if (!isApiError(error)) return s.errorFallback;
  if (error.code === 'last_factor') return s.lastFactor;
  return error.problem.detail ?? s.errorFallback;
}
