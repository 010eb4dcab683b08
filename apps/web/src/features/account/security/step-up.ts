import { createContext, use } from 'react';
import { isApiError } from '../../../api/api-error.ts';
import type { StepUpGuard } from '../api/security-mutations.ts';

/** The user closed the step-up dialog: the change they asked for was not made, and needs no message. */
export class StepUpCancelled extends Error {
  constructor() {
    super('Step-up cancelled');
    this.name = 'StepUpCancelled';
  }
}

export const isStepUpCancelled = (error: unknown): error is StepUpCancelled =>
  error instanceof StepUpCancelled;

/** The server refuses a sensitive change until a second factor is proven again. */
export const isStepUpRequired = (error: unknown): boolean =>
  isApiError(error) && error.status === 403 && error.code === 'step_up_required';

export const StepUpContext = createContext<StepUpGuard | null>(null);

/**
 * Wraps a sensitive request: when the server answers 403 step_up_required, the step-up dialog asks for
 * a code or a passkey, and the request is sent again once it is proven (or fails with StepUpCancelled).
 */
export function useStepUpGuard(): StepUpGuard {
  const guard = use(StepUpContext);
  if (!guard) throw new Error('useStepUpGuard is only available inside StepUpProvider');
  return guard;
}
