import { Button, Group, Modal, Text } from '@mantine/core';
import { accountStrings as s } from '../account.strings.ts';

type ConfirmDialogProps = {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  /** Cancel, Escape or a click outside; not while the action runs. */
  onCancel: () => void;
};

/**
 * Asks before something that cannot be undone. Focus starts on Cancel; where it goes afterwards is up
 * to the caller, since the button that opened the dialog may be gone by then.
 */
export function ConfirmDialog({
  opened,
  title,
  body,
  confirmLabel,
  isPending,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={title}
      centered
      withCloseButton={false}
      closeOnEscape={!isPending}
      closeOnClickOutside={!isPending}
      returnFocus={false}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Text mb="lg">{body}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={isPending} data-autofocus>
          {s.cancel}
        </Button>
        {/* red.9: white on it stays above 4.5:1 (Mantine's red at this theme's shade 7 does not). */}
        <Button color="red.9" onClick={onConfirm} loading={isPending}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
