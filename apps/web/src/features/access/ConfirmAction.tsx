import { Button, Group, Modal, Text } from '@mantine/core';
import { accessStrings as s } from './access.strings.ts';

type ConfirmActionProps = {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  /** Cancel, Escape or a click outside; not while the action runs. */
  onCancel: () => void;
};

/** Asks before an action that takes something away. Focus starts on Cancel. */
export function ConfirmAction({
  opened,
  title,
  body,
  confirmLabel,
  isPending,
  onConfirm,
  onCancel,
}: ConfirmActionProps) {
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={title}
      centered
      withCloseButton={false}
      closeOnEscape={!isPending}
      closeOnClickOutside={!isPending}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Text mb="lg">{body}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={isPending} data-autofocus>
          {s.cancel}
        </Button>
        {/* red.9: white on it stays above 4.5:1. */}
        <Button color="red.9" onClick={onConfirm} loading={isPending}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
