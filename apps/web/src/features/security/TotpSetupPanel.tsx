import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import type { TotpSetup } from '@nexus/contracts';
import { IconAlertCircle, IconCheck, IconCopy } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, type RefObject, useState } from 'react';
import { OneTimeCodeInput } from './OneTimeCodeInput.tsx';
import { isTotpCode, normaliseTotpCode } from './second-factor-errors.ts';
import { securityStrings as s } from './security.strings.ts';
import classes from './TotpSetupPanel.module.css';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
export const groupedSecret = (secret: string): string => (secret.match(/.{1,4}/g) ?? []).join(' ');

type TotpSetupPanelProps = {
  setup: TotpSetup;
  onConfirm: (code: string) => void;
  isPending: boolean;
  /** Why the last code was refused, already in words. */
  error: string | null;
  codeRef?: RefObject<HTMLInputElement | null>;
  /** Shown beside the submit button (the account page's dialog offers Cancel). */
  secondaryAction?: ReactNode;
};

/** The three steps of adding an authenticator app: get an app, scan (or type) the secret, prove a code. */
export function TotpSetupPanel({
  setup,
  onConfirm,
  isPending,
  error,
  codeRef,
  secondaryAction,
}: TotpSetupPanelProps) {
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const clipboard = useClipboard({ timeout: 4000 });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalised = normaliseTotpCode(code);
    if (!isTotpCode(normalised)) {
      setFieldError(s.codeInvalid);
      codeRef?.current?.focus();
      return;
    }
    setFieldError(null);
    onConfirm(normalised);
  };

  return (
    <ol className={classes.steps}>
      <li>
        <Text>{s.setupStepApp}</Text>
      </li>
      <li>
        <Text>{s.setupStepScan}</Text>
        <img className={classes.qr} src={setup.qrCodeDataUrl} alt={s.qrAlt} width={208} height={208} />
        <Text size="sm" mt="sm">
          {s.manualKeyIntro}
        </Text>
        <Group gap="sm" mt={4} wrap="wrap">
          <Text component="code" className={classes.key}>
            {groupedSecret(setup.secret)}
          </Text>
          <Button
            size="xs"
            variant="default"
            leftSection={
              clipboard.copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
            }
            onClick={() => clipboard.copy(setup.secret)}
          >
            {s.copyKey}
          </Button>
          <Text size="sm" c="dimmed" aria-live="polite">
            {clipboard.copied ? s.copiedKey : ''}
          </Text>
        </Group>
      </li>
      <li>
        <Text mb="sm">{s.setupStepCode}</Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {error && (
              <Alert color="red" variant="light" title={s.errorTitle} icon={<IconAlertCircle aria-hidden />}>
                {error}
              </Alert>
            )}
            <OneTimeCodeInput
              kind="totp"
              ref={codeRef}
              value={code}
              onChange={setCode}
              error={fieldError ?? Boolean(error)}
            />
            <Group gap="sm">
              <Button type="submit" size="md" loading={isPending} loaderProps={{ type: 'dots' }}>
                {s.verify}
              </Button>
              {secondaryAction}
            </Group>
          </Stack>
        </form>
      </li>
    </ol>
  );
}
