import { Alert, Button, Checkbox, Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { type FormEvent, type Ref, useId, useRef, useState } from 'react';
import classes from './RecoveryCodesPanel.module.css';
import { downloadRecoveryCodes } from './recovery-codes-file.ts';
import { securityStrings as s } from './security.strings.ts';

type RecoveryCodesPanelProps = {
  codes: readonly string[];
  /** Written into the downloaded file, so the user knows which account the codes belong to. */
  email: string;
  headingOrder: TitleOrder;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Called once the user has ticked "I have saved my recovery codes". */
  onContinue: () => void;
  continueLabel?: string;
};

/**
 * New recovery codes, shown once: a list, download as a text file, copy, and a checkbox the user must
 * tick before going on, so nobody clicks past the only chance to keep them.
 */
export function RecoveryCodesPanel({
  codes,
  email,
  headingOrder,
  headingRef,
  onContinue,
  continueLabel = s.continue,
}: RecoveryCodesPanelProps) {
  const headingId = useId();
  const clipboard = useClipboard({ timeout: 4000 });
  const [isSaved, setSaved] = useState(false);
  const [isUnsavedError, setUnsavedError] = useState(false);
  const checkboxRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isSaved) {
      setUnsavedError(true);
      checkboxRef.current?.focus();
      return;
    }
    onContinue();
  };

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Title order={headingOrder} fz="lg" id={headingId} ref={headingRef} tabIndex={-1}>
        {s.recoveryCodesHeading}
      </Title>
      <Text>{s.recoveryCodesIntro}</Text>
      <Alert variant="light" color="yellow" icon={<IconAlertTriangle aria-hidden />} p="sm">
        {s.recoveryCodesOnce}
      </Alert>
      <ol className={classes.codes} aria-label={s.recoveryCodesListLabel}>
        {codes.map((code) => (
          <li key={code} className={classes.code}>
            {code}
          </li>
        ))}
      </ol>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          onClick={() => downloadRecoveryCodes(email, codes)}
        >
          {s.download}
        </Button>
        <Button
          variant="default"
          leftSection={
            clipboard.copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />
          }
          onClick={() => clipboard.copy(codes.join('\n'))}
        >
          {s.copy}
        </Button>
        <Text size="sm" c="dimmed" aria-live="polite">
          {clipboard.copied ? s.copied : ''}
        </Text>
      </Group>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Checkbox
            ref={checkboxRef}
            label={s.savedCheckbox}
            checked={isSaved}
            onChange={(event) => {
              setSaved(event.currentTarget.checked);
              if (event.currentTarget.checked) setUnsavedError(false);
            }}
            error={isUnsavedError ? s.savedRequired : undefined}
            required
            size="md"
          />
          <Button type="submit" size="md" style={{ alignSelf: 'flex-start' }}>
            {continueLabel}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
