import type { ReactNode } from 'react';
import { useCallback, useRef, useState } from 'react';
import type { StepUpGuard } from '../api/security-mutations.ts';
import { StepUpDialog } from './StepUpDialog.tsx';
import { isStepUpRequired, StepUpCancelled, StepUpContext } from './step-up.ts';

type Waiting = { resolve: () => void; reject: (error: StepUpCancelled) => void };

/**
 * Gives its children a guard for sensitive requests, and holds the one step-up dialog they share.
 * `hasApp` and `hasRecoveryCodes` decide which codes the dialog asks for; `hasPasskeys` offers a passkey too.
 */
export function StepUpProvider({
  hasApp,
  hasRecoveryCodes,
  hasPasskeys,
  children,
}: {
  hasApp: boolean;
  hasRecoveryCodes: boolean;
  hasPasskeys: boolean;
  children: ReactNode;
}) {
  const [isOpen, setOpen] = useState(false);
  const waitingRef = useRef<Waiting | null>(null);

  const guard: StepUpGuard = useCallback(async (action) => {
    try {
      return await action();
    } catch (error) {
      if (!isStepUpRequired(error)) throw error;
      await new Promise<void>((resolve, reject) => {
        waitingRef.current = { resolve, reject };
        setOpen(true);
      });
      return action();
    }
  }, []);

  const settle = (outcome: 'proven' | 'cancelled') => {
    const waiting = waitingRef.current;
    waitingRef.current = null;
    setOpen(false);
    if (outcome === 'proven') waiting?.resolve();
    else waiting?.reject(new StepUpCancelled());
  };

  return (
    <StepUpContext value={guard}>
      {children}
      <StepUpDialog
        opened={isOpen}
        hasApp={hasApp}
        hasRecoveryCodes={hasRecoveryCodes}
        hasPasskeys={hasPasskeys}
        onProven={() => settle('proven')}
        onCancel={() => settle('cancelled')}
      />
    </StepUpContext>
  );
}
