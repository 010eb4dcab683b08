import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { SharedTriageResult } from '@nexus/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { detailOf } from '../../records/problem-detail.ts';
import { useShareTriage } from '../api/mutations.ts';
import { SHARE_NOTE_MAX_LENGTH, chatStrings as s } from '../chat.strings.ts';

type ShareTriageDialogProps = {
  conversationId: string;
  onClose: () => void;
  onShared: (result: SharedTriageResult) => void;
};

/** Shares the conversation's triage result with the patient's doctors, asking for an appointment if wanted. */
export function ShareTriageDialog({ conversationId, onClose, onShared }: ShareTriageDialogProps) {
  const share = useShareTriage(conversationId);
  const [askForAppointment, setAskForAppointment] = useState(false);
  const [note, setNote] = useState('');

  const close = () => {
    if (!share.isPending) onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = note.trim();
    share.mutate(
      { askForAppointment, ...(trimmed ? { note: trimmed } : {}) },
      { onSuccess: (result) => onShared(result) },
    );
  };

  return (
    <Modal
      opened
      onClose={close}
      title={s.shareTitle}
      size="lg"
      closeOnEscape={!share.isPending}
      closeOnClickOutside={!share.isPending}
      closeButtonProps={{ 'aria-label': s.closeDialog, disabled: share.isPending }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{s.shareIntro}</Text>
          <Checkbox
            label={s.askForAppointment}
            checked={askForAppointment}
            onChange={(event) => setAskForAppointment(event.currentTarget.checked)}
          />
          <Textarea
            label={s.noteLabel}
            description={s.noteCounter(note.length)}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={SHARE_NOTE_MAX_LENGTH}
            rows={3}
            resize="vertical"
          />
          {share.isError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.shareFailed}>
              {detailOf(share.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={share.isPending}>
              {s.cancel}
            </Button>
            <Button type="submit" loading={share.isPending}>
              {s.shareSubmit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
