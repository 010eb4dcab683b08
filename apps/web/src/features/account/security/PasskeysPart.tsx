import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import type { PasskeySummary, SecurityOverview } from '@nexus/contracts';
import { IconFingerprint, IconTrash } from '@tabler/icons-react';
import { type FormEvent, type RefObject, useId, useRef, useState } from 'react';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import { useAddPasskey, useRemovePasskey } from '../api/security-mutations.ts';
import listClasses from '../ItemList.module.css';
import { formatDay } from '../sessions/session-times.ts';
import { useConfirmation } from '../useConfirmation.ts';
import { accountSecurityStrings as s } from './account-security.strings.ts';
import classes from './Passkeys.module.css';
import type { Report } from './report.ts';
import { useStepUpGuard } from './step-up.ts';

type Props = { overview: SecurityOverview; report: Report; headingRef: RefObject<HTMLHeadingElement | null> };

const describe = (passkey: PasskeySummary) =>
  `${s.passkeyAdded(formatDay(passkey.createdAt))} · ${
    passkey.lastUsedAt ? s.passkeyLastUsed(formatDay(passkey.lastUsedAt)) : s.passkeyNeverUsed
  }`;

/** The user's passkeys: list, remove (with a step-up), and add one through the browser's dialog. */
export function PasskeysPart({ overview, report, headingRef }: Props) {
  const add = useAddPasskey();
  const remove = useRemovePasskey(useStepUpGuard());
  const confirmation = useConfirmation<PasskeySummary>();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const addHeadingId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(s.passkeyNameRequired);
      nameRef.current?.focus();
      return;
    }
    setNameError(null);
    add.mutate(trimmed, {
      onSuccess: (passkey) => {
        setName('');
        report.succeeded(s.passkeyAddedMessage(passkey.name));
      },
      onError: report.failed(s.addPasskeyFailed),
    });
  };

  const removeChosen = () => {
    const passkey = confirmation.subject;
    confirmation.close(headingRef.current, false);
    if (!passkey) return;
    remove.mutate(passkey.id, {
      onSuccess: () => report.succeeded(s.passkeyRemoved(passkey.name)),
      onError: report.failed(s.removePasskeyFailed),
    });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="two-step-passkeys">
      <Title order={3} fz="md" id="two-step-passkeys">
        {s.passkeysHeading}
      </Title>
      <Text>{s.passkeysIntro}</Text>
      {overview.passkeys.length === 0 ? (
        <Text c="dimmed">{s.noPasskeys}</Text>
      ) : (
        <ul className={listClasses.list} aria-labelledby="two-step-passkeys">
          {overview.passkeys.map((passkey) => (
            <li key={passkey.id} className={listClasses.item}>
              <div>
                <Text fw={600} className={listClasses.name}>
                  {passkey.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {describe(passkey)}
                </Text>
              </div>
              <Button
                variant="light"
                color="red"
                size="sm"
                leftSection={<IconTrash size={16} aria-hidden />}
                aria-label={s.removePasskeyLabel(passkey.name)}
                loading={remove.isPending && remove.variables === passkey.id}
                onClick={() => confirmation.ask(passkey)}
              >
                {s.removePasskey}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate aria-labelledby={addHeadingId}>
        <Title order={4} fz="sm" mt="sm" mb="xs" id={addHeadingId}>
          {s.addPasskeyHeading}
        </Title>
        <div className={classes.addForm}>
          <TextInput
            ref={nameRef}
            label={s.passkeyNameLabel}
            description={s.passkeyNameDescription}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameError}
            maxLength={80}
            autoComplete="off"
            required
            withAsterisk={false}
          />
          <Button
            type="submit"
            variant="default"
            leftSection={<IconFingerprint size={18} aria-hidden />}
            loading={add.isPending}
          >
            {s.addPasskey}
          </Button>
        </div>
      </form>

      <ConfirmDialog
        returnFocus={false}
        opened={confirmation.isOpen}
        title={s.confirmRemovePasskeyTitle}
        body={s.confirmRemovePasskeyBody(confirmation.subject?.name ?? '')}
        confirmLabel={s.confirmRemovePasskey}
        isPending={false}
        onConfirm={removeChosen}
        onCancel={() => confirmation.close(headingRef.current)}
      />
    </Stack>
  );
}
