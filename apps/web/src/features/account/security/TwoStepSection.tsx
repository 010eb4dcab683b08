import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { isApiError, isUnauthorized } from '../../../api/api-error.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useSecurityOverview } from '../api/queries.ts';
import { type Feedback, SectionFeedback } from '../SectionFeedback.tsx';
import { AuthenticatorAppPart } from './AuthenticatorAppPart.tsx';
import { accountSecurityStrings as s } from './account-security.strings.ts';
import { PasskeysPart } from './PasskeysPart.tsx';
import { RecoveryCodesPart } from './RecoveryCodesPart.tsx';
import { describeFailure, type Report } from './report.ts';
import { StepUpProvider } from './StepUpProvider.tsx';
import { isStepUpCancelled } from './step-up.ts';

/**
 * "Two-step verification": the authenticator app, recovery codes and passkeys. Changes that weaken the
 * account (removing a factor, new recovery codes, replacing the app) ask for a fresh code or passkey first.
 */
export function TwoStepSection() {
  const overview = useSecurityOverview();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const report: Report = {
    succeeded: (message) => {
      setFeedback({ kind: 'success', message });
      headingRef.current?.focus();
    },
    failed: (title) => (error) => {
      // A 401 has ended the session (the app is on its way to sign-in); a cancelled step-up changed nothing.
      if (isUnauthorized(error) || isStepUpCancelled(error)) return;
      setFeedback({ kind: 'error', title, detail: describeFailure(error) });
    },
  };

  const data = overview.data;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="account-two-step">
      <Title order={2} fz="lg" mb="xs" id="account-two-step" ref={headingRef} tabIndex={-1}>
        {s.heading}
      </Title>
      <Text mb="md">{s.intro}</Text>
      <SectionFeedback feedback={feedback} />
      {overview.isPending ? (
        <LoadingStatus label={s.loading} />
      ) : !data ? (
        <LoadFailedAlert
          title={s.loadFailed}
          detail={
            isApiError(overview.error) && overview.error.problem.detail
              ? overview.error.problem.detail
              : s.errorFallback
          }
          retryLabel={s.retry}
          onRetry={() => void overview.refetch()}
        />
      ) : (
        <StepUpProvider
          hasApp={data.totp !== null}
          hasRecoveryCodes={data.recoveryCodesRemaining > 0}
          hasPasskeys={data.passkeys.length > 0}
        >
          <Stack gap="lg">
            <AuthenticatorAppPart overview={data} report={report} headingRef={headingRef} />
            <Divider />
            <RecoveryCodesPart overview={data} report={report} headingRef={headingRef} />
            <Divider />
            <PasskeysPart overview={data} report={report} headingRef={headingRef} />
          </Stack>
        </StepUpProvider>
      )}
    </Paper>
  );
}
