import { Alert, Anchor, Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconFingerprint } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { OneTimeCodeInput } from '../../security/OneTimeCodeInput.tsx';
import {
  isPlausibleRecoveryCode,
  isTotpCode,
  normaliseTotpCode,
  secondFactorErrorMessage,
} from '../../security/second-factor-errors.ts';
import { securityStrings } from '../../security/security.strings.ts';
import { useStepUp } from '../api/security-mutations.ts';
import { accountSecurityStrings as s } from './account-security.strings.ts';
import { usePasskeyStepUp } from './passkey-step-up.ts';

type StepUpDialogProps = {
  opened: boolean;
  hasApp: boolean;
  hasRecoveryCodes: boolean;
  hasPasskeys: boolean;
  onProven: () => void;
  onCancel: () => void;
};

/**
 * "Confirm it is you": a code from the app (or a recovery code), or a passkey, before a sensitive
 * change goes ahead.
 */
export function StepUpDialog({
  opened,
  hasApp,
  hasRecoveryCodes,
  hasPasskeys,
  onProven,
  onCancel,
}: StepUpDialogProps) {
  const stepUp = useStepUp();
  const passkeyStepUp = usePasskeyStepUp();
  const hasCodes = hasApp || hasRecoveryCodes;
  const [kind, setKind] = useState<'totp' | 'recovery_code'>(hasApp ? 'totp' : 'recovery_code');
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const passkeyRef = useRef<HTMLButtonElement>(null);

  // Every time it opens: empty, on the app's code when there is an app.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resets on opening only.
  useEffect(() => {
    if (!opened) return;
    stepUp.reset();
    passkeyStepUp.reset();
    setCode('');
    setFieldError(null);
    setKind(hasApp ? 'totp' : 'recovery_code');
  }, [opened]);

  const switchTo = (next: 'totp' | 'recovery_code') => {
    stepUp.reset();
    passkeyStepUp.reset();
    setCode('');
    setFieldError(null);
    setKind(next);
    requestAnimationFrame(() => codeRef.current?.focus());
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!hasCodes) return;
    const value = kind === 'totp' ? normaliseTotpCode(code) : code.trim();
    if (!(kind === 'totp' ? isTotpCode(value) : isPlausibleRecoveryCode(value))) {
      setFieldError(kind === 'totp' ? securityStrings.codeInvalid : securityStrings.recoveryCodeInvalid);
      codeRef.current?.focus();
      return;
    }
    setFieldError(null);
    passkeyStepUp.reset();
    stepUp.mutate(
      { method: kind, code: value },
      {
        onSuccess: onProven,
        onError: () => {
          codeRef.current?.select();
          codeRef.current?.focus();
        },
      },
    );
  };

  const confirmWithPasskey = () => {
    setFieldError(null);
    stepUp.reset();
    passkeyStepUp.mutate(undefined, {
      onSuccess: onProven,
      // Back to the button, so Enter or Space tries again.
      onError: () => passkeyRef.current?.focus(),
    });
  };

  const isPending = stepUp.isPending || passkeyStepUp.isPending;
  const failure = passkeyStepUp.error ?? stepUp.error;
  const failedKind = passkeyStepUp.error ? 'passkey' : kind;
  const intro = !hasCodes ? s.stepUpPasskeyIntro : kind === 'totp' ? s.stepUpIntro : s.stepUpRecoveryIntro;
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={s.stepUpTitle}
      centered
      withCloseButton={false}
      closeOnEscape={!isPending}
      closeOnClickOutside={!isPending}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{intro}</Text>
          {failure && (
            <Alert
              color="red"
              variant="light"
              title={securityStrings.errorTitle}
              icon={<IconAlertCircle aria-hidden />}
            >
              {secondFactorErrorMessage(failure, failedKind)}
            </Alert>
          )}
          {hasCodes && (
            <OneTimeCodeInput
              key={kind}
              kind={kind}
              ref={codeRef}
              value={code}
              onChange={setCode}
              error={fieldError ?? Boolean(stepUp.error)}
              isDialogFocus
            />
          )}
          {hasApp && hasRecoveryCodes && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => switchTo(kind === 'totp' ? 'recovery_code' : 'totp')}
            >
              {kind === 'totp' ? s.stepUpUseRecovery : s.stepUpUseApp}
            </Anchor>
          )}
          {hasPasskeys && (
            <>
              {hasCodes && <Divider label={s.stepUpOr} labelPosition="center" />}
              <Button
                ref={passkeyRef}
                type="button"
                variant={hasCodes ? 'default' : 'filled'}
                fullWidth
                leftSection={<IconFingerprint size={20} aria-hidden />}
                loading={passkeyStepUp.isPending}
                loaderProps={{ type: 'dots' }}
                disabled={stepUp.isPending}
                onClick={confirmWithPasskey}
                data-autofocus={!hasCodes || undefined}
              >
                {s.stepUpUsePasskey}
              </Button>
            </>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={isPending}>
              {s.cancel}
            </Button>
            {hasCodes && (
              <Button type="submit" loading={stepUp.isPending} disabled={passkeyStepUp.isPending}>
                {s.stepUpConfirm}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
