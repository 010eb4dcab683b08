import { Alert, Anchor, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import type { PendingSignIn, SecondFactorMethod } from '@nexus/contracts';
import { IconAlertCircle, IconFingerprint } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { OneTimeCodeInput } from '../security/OneTimeCodeInput.tsx';
import {
  isPlausibleRecoveryCode,
  isSessionGone,
  isTotpCode,
  normaliseTotpCode,
  secondFactorErrorMessage,
} from '../security/second-factor-errors.ts';
import { securityStrings } from '../security/security.strings.ts';
import { shellStrings } from '../shell/shell.strings.ts';
import { useSecondFactor } from './api/mutations.ts';
import { StartAgain } from './StartAgain.tsx';
import { sessionStrings as s } from './session.strings.ts';

type SecondFactorStepProps = {
  pending: Extract<PendingSignIn, { step: 'second_factor' }>;
  /** The half-way session is over (timed out, or ended): back to the password. */
  onRestart: (reason: 'timed-out' | 'start-again') => void;
};

/** The app's code is the usual way in; a passkey-only account starts with its passkey. */
const firstMode = (methods: readonly SecondFactorMethod[]): SecondFactorMethod =>
  methods.includes('totp') ? 'totp' : methods.includes('passkey') ? 'passkey' : 'recovery_code';

const intro: Record<SecondFactorMethod, string> = {
  totp: s.totpIntro,
  recovery_code: s.recoveryIntro,
  passkey: s.passkeyIntro,
};

/**
 * The second step of signing in: a code from the authenticator app, a recovery code or a passkey,
 * whichever the account has. Focus starts in the code field, and moves to it again after a switch or
 * a wrong code, so the user can type straight away.
 */
export function SecondFactorStep({ pending, onRestart }: SecondFactorStepProps) {
  const { methods } = pending;
  const prove = useSecondFactor();
  const [mode, setMode] = useState<SecondFactorMethod>(() => firstMode(methods));
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const passkeyRef = useRef<HTMLButtonElement>(null);

  // On arrival and after every switch of method: focus where the user acts next.
  useEffect(() => {
    (mode === 'passkey' ? passkeyRef : codeRef).current?.focus();
  }, [mode]);

  const switchTo = (next: SecondFactorMethod) => {
    prove.reset();
    setCode('');
    setFieldError(null);
    setMode(next);
  };

  const onError = (error: unknown) => {
    if (isSessionGone(error)) return onRestart('timed-out');
    codeRef.current?.select();
    codeRef.current?.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mode === 'passkey') return;
    const value = mode === 'totp' ? normaliseTotpCode(code) : code.trim();
    const isValid = mode === 'totp' ? isTotpCode(value) : isPlausibleRecoveryCode(value);
    if (!isValid) {
      setFieldError(mode === 'totp' ? securityStrings.codeInvalid : securityStrings.recoveryCodeInvalid);
      codeRef.current?.focus();
      return;
    }
    setFieldError(null);
    // Success marks the session signed in, and the page goes on from there.
    prove.mutate({ method: mode, code: value }, { onError });
  };

  const usePasskey = () => {
    setFieldError(null);
    prove.mutate(
      { method: 'passkey' },
      {
        onError: (error) => {
          if (isSessionGone(error)) return onRestart('timed-out');
          if (mode === 'passkey') passkeyRef.current?.focus();
        },
      },
    );
  };

  const failedMethod = prove.variables?.method ?? mode;
  const failure = prove.error && !isSessionGone(prove.error) ? prove.error : null;
  const isPasskeyPending = prove.isPending && prove.variables?.method === 'passkey';
  const isCodePending = prove.isPending && !isPasskeyPending;
  const alternatives = methods.filter((method) => method !== mode);

  return (
    <Stack gap="lg">
      <title>{shellStrings.pageTitle(s.verifyTitle)}</title>
      <div>
        <Title order={1} fz={{ base: 26, sm: 30 }} mb={6}>
          {s.verifyHeading}
        </Title>
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {s.signingInAs(pending.email)}
        </Text>
      </div>
      <Text>{intro[mode]}</Text>
      {failure && (
        <Alert
          color="red"
          variant="light"
          title={securityStrings.errorTitle}
          icon={<IconAlertCircle aria-hidden />}
        >
          {secondFactorErrorMessage(failure, failedMethod)}
        </Alert>
      )}
      {mode === 'passkey' ? (
        <Button
          ref={passkeyRef}
          size="md"
          fullWidth
          leftSection={<IconFingerprint size={20} aria-hidden />}
          loading={isPasskeyPending}
          loaderProps={{ type: 'dots' }}
          onClick={usePasskey}
        >
          {s.usePasskey}
        </Button>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <OneTimeCodeInput
              key={mode}
              kind={mode}
              ref={codeRef}
              value={code}
              onChange={setCode}
              error={fieldError ?? Boolean(failure && failedMethod === mode)}
            />
            <Button type="submit" size="md" fullWidth loading={isCodePending} loaderProps={{ type: 'dots' }}>
              {securityStrings.verify}
            </Button>
          </Stack>
        </form>
      )}
      {alternatives.length > 0 && (
        <Stack gap="sm">
          <Divider label={s.otherWays} labelPosition="center" />
          {mode !== 'passkey' && methods.includes('passkey') && (
            <Button
              variant="default"
              size="md"
              fullWidth
              leftSection={<IconFingerprint size={20} aria-hidden />}
              loading={isPasskeyPending}
              loaderProps={{ type: 'dots' }}
              disabled={isCodePending}
              onClick={usePasskey}
            >
              {s.usePasskey}
            </Button>
          )}
          <Group gap="lg" justify="center">
            {mode !== 'totp' && methods.includes('totp') && (
              <Anchor component="button" type="button" onClick={() => switchTo('totp')}>
                {s.useAuthenticatorApp}
              </Anchor>
            )}
            {mode !== 'recovery_code' && methods.includes('recovery_code') && (
              <Anchor component="button" type="button" onClick={() => switchTo('recovery_code')}>
                {s.useRecoveryCode}
              </Anchor>
            )}
          </Group>
        </Stack>
      )}
      <StartAgain onRestarted={() => onRestart('start-again')} />
    </Stack>
  );
}
