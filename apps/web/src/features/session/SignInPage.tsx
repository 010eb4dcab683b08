import {
  Alert,
  Anchor,
  Box,
  Container,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { Me, TotpConfirmed } from '@nexus/contracts';
import { IconClockHour4 } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { RecoveryCodesPanel } from '../security/RecoveryCodesPanel.tsx';
import { PublicLayout } from '../shell/PublicLayout.tsx';
import { shellStrings } from '../shell/shell.strings.ts';
import { endSession, startSession } from './api/mutations.ts';
import { usePlatformInfo, useSession } from './api/queries.ts';
import { DemoAccountsHint } from './DemoAccountsHint.tsx';
import { EnrolmentStep } from './EnrolmentStep.tsx';
import { safeNextPath } from './redirect.ts';
import { SecondFactorStep } from './SecondFactorStep.tsx';
import { SignInForm } from './SignInForm.tsx';
import { sessionStrings as s } from './session.strings.ts';

type Step = 'password' | 'second_factor' | 'enrolment' | 'recovery-codes' | 'done';

/**
 * Signing in, in steps on one page (/sign-in?next=…): e-mail and password; then a second factor, or
 * for an account without one, setting up an authenticator app and saving recovery codes. Which step
 * shows follows the session: a half-way sign-in (also after a reload) shows its second step.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const platform = usePlatformInfo();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [isTimedOut, setTimedOut] = useState(false);
  const [codesToSave, setCodesToSave] = useState<{ codes: string[]; me: Me } | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const focusPasswordRef = useRef(false);
  const codesHeadingRef = useRef<HTMLHeadingElement>(null);
  const next = safeNextPath(params.get('next'));
  const isExpired = params.get('reason') === 'expired';
  const demoAccounts = platform.data?.isDemo ? platform.data.demoAccounts : [];
  const state = session.data;

  const step: Step = codesToSave
    ? 'recovery-codes'
    : state?.status === 'pending'
      ? state.pending.step
      : state?.status === 'signed-in'
        ? 'done'
        : 'password';
  const isDemo = demoAccounts.length > 0 && step === 'password';

  // Signed in (here, or in another tab while this one waited): on to where the user was going.
  // Back at the password (start again, timed out): the e-mail is filled in, so the password is next.
  // biome-ignore lint/correctness/useExhaustiveDependencies: acts when the step changes.
  useEffect(() => {
    if (step === 'done') void navigate(next, { replace: true });
    if (step === 'recovery-codes') codesHeadingRef.current?.focus();
    if (step !== 'password' || !focusPasswordRef.current) return;
    focusPasswordRef.current = false;
    passwordRef.current?.focus();
  }, [step]);

  const restart = (reason: 'timed-out' | 'start-again') => {
    if (state?.status === 'pending') setEmail(state.pending.email);
    setTimedOut(reason === 'timed-out');
    focusPasswordRef.current = true;
    if (reason === 'timed-out') endSession(queryClient, 'anonymous');
  };

  const enrolled = ({ recoveryCodes, me }: TotpConfirmed) => {
    if (recoveryCodes) return setCodesToSave({ codes: recoveryCodes, me });
    startSession(queryClient, me);
  };

  const codesSaved = (me: Me) => {
    setCodesToSave(null);
    startSession(queryClient, me);
  };

  const pickDemoAccount = (demoEmail: string) => {
    setEmail(demoEmail);
    passwordRef.current?.focus();
  };

  const content = (() => {
    switch (step) {
      case 'second_factor':
        return state?.status === 'pending' && state.pending.step === 'second_factor' ? (
          <SecondFactorStep pending={state.pending} onRestart={restart} />
        ) : null;
      case 'enrolment':
        return state?.status === 'pending' && state.pending.step === 'enrolment' ? (
          <EnrolmentStep pending={state.pending} onConfirmed={enrolled} onRestart={restart} />
        ) : null;
      case 'recovery-codes':
        return codesToSave ? (
          <>
            <title>{shellStrings.pageTitle(s.recoveryCodesTitle)}</title>
            <RecoveryCodesPanel
              codes={codesToSave.codes}
              email={codesToSave.me.email}
              headingOrder={1}
              headingRef={codesHeadingRef}
              continueLabel={s.continueToApp}
              onContinue={() => codesSaved(codesToSave.me)}
            />
          </>
        ) : null;
      case 'done':
        return (
          <Group gap="sm" role="status">
            <Loader size="sm" aria-hidden />
            <Text>{s.signingIn}</Text>
          </Group>
        );
      case 'password':
        return (
          <Stack gap="lg">
            <title>{shellStrings.pageTitle(s.pageTitle)}</title>
            <div>
              <Title order={1} fz={{ base: 26, sm: 30 }} mb={6}>
                {s.heading}
              </Title>
              <Text c="dimmed">{s.intro}</Text>
            </div>
            {isTimedOut ? (
              <Alert variant="light" title={s.timedOutTitle} icon={<IconClockHour4 aria-hidden />}>
                {s.timedOutDetail}
              </Alert>
            ) : (
              isExpired && (
                <Alert variant="light" title={s.expiredTitle} icon={<IconClockHour4 aria-hidden />}>
                  {s.expiredDetail}
                </Alert>
              )
            )}
            <SignInForm email={email} onEmailChange={setEmail} passwordRef={passwordRef} />
            <Text size="sm" ta="center">
              {s.noAccount}{' '}
              <Anchor component={Link} to="/sign-up" size="sm">
                {s.createAccount}
              </Anchor>
            </Text>
          </Stack>
        );
    }
  })();

  const width = isDemo ? 920 : step === 'enrolment' || step === 'recovery-codes' ? 560 : 480;
  return (
    <PublicLayout>
      <Container size={width} px={{ base: 'md', sm: 'lg' }} py={{ base: 'lg', sm: 56 }}>
        <SimpleGrid cols={{ base: 1, md: isDemo ? 2 : 1 }} spacing={{ base: 'lg', md: 32 }}>
          <Box>
            <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
              {content}
            </Paper>
          </Box>
          {isDemo && (
            <Box>
              <DemoAccountsHint accounts={demoAccounts} onPick={pickDemoAccount} />
            </Box>
          )}
        </SimpleGrid>
      </Container>
    </PublicLayout>
  );
}
