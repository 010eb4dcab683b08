import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import type { PendingSignIn, TotpConfirmed } from '@nexus/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { isSessionGone, secondFactorErrorMessage } from '../security/second-factor-errors.ts';
import { securityStrings } from '../security/security.strings.ts';
import { TotpSetupPanel } from '../security/TotpSetupPanel.tsx';
import { LoadingStatus } from '../shell/LoadingStatus.tsx';
import { shellStrings } from '../shell/shell.strings.ts';
import { useEnrolmentConfirm, useEnrolmentSetup } from './api/mutations.ts';
import { StartAgain } from './StartAgain.tsx';
import { sessionStrings as s } from './session.strings.ts';

type EnrolmentStepProps = {
  pending: Extract<PendingSignIn, { step: 'enrolment' }>;
  /** The app is confirmed and the sign-in finished on the server; recovery codes come next. */
  onConfirmed: (result: TotpConfirmed) => void;
  onRestart: (reason: 'timed-out' | 'start-again') => void;
};

/**
 * Signing in to an account that has no second factor yet: two factors are required for everyone, so
 * the user sets up an authenticator app before going on. Focus starts on the heading, so the
 * explanation is read before the QR code.
 */
export function EnrolmentStep({ pending, onConfirmed, onRestart }: EnrolmentStepProps) {
  const setup = useEnrolmentSetup();
  const confirm = useEnrolmentConfirm();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const hasStarted = useRef(false);

  const start = () =>
    setup.mutate(undefined, {
      onError: (error) => {
        if (isSessionGone(error)) onRestart('timed-out');
      },
    });

  // Each setup makes a new secret, so it runs once per visit (not twice under StrictMode).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on arrival.
  useEffect(() => {
    headingRef.current?.focus();
    if (hasStarted.current) return;
    hasStarted.current = true;
    start();
  }, []);

  const confirmCode = (code: string) =>
    confirm.mutate(code, {
      onSuccess: onConfirmed,
      onError: (error) => {
        if (isSessionGone(error)) return onRestart('timed-out');
        codeRef.current?.select();
        codeRef.current?.focus();
      },
    });

  const confirmFailure = confirm.error && !isSessionGone(confirm.error) ? confirm.error : null;
  const setupFailure = setup.error && !isSessionGone(setup.error) ? setup.error : null;

  return (
    <Stack gap="lg">
      <title>{shellStrings.pageTitle(s.enrolTitle)}</title>
      <div>
        <Title order={1} fz={{ base: 26, sm: 30 }} mb={6} ref={headingRef} tabIndex={-1}>
          {s.enrolHeading}
        </Title>
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {s.signingInAs(pending.email)}
        </Text>
      </div>
      <Text>{s.enrolWhy}</Text>
      <Text>{s.enrolNow}</Text>
      {setup.data ? (
        <TotpSetupPanel
          setup={setup.data}
          onConfirm={confirmCode}
          isPending={confirm.isPending}
          error={confirmFailure ? secondFactorErrorMessage(confirmFailure, 'totp') : null}
          codeRef={codeRef}
        />
      ) : setupFailure ? (
        <Alert
          color="red"
          variant="light"
          title={securityStrings.setupLoadFailed}
          icon={<IconAlertTriangle aria-hidden />}
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              {isApiError(setupFailure) && setupFailure.problem.detail
                ? setupFailure.problem.detail
                : securityStrings.errorFallback}
            </Text>
            <Button size="xs" variant="default" onClick={start}>
              {securityStrings.setupRetry}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <LoadingStatus label={securityStrings.setupLoading} />
      )}
      <StartAgain onRestarted={() => onRestart('start-again')} />
    </Stack>
  );
}
