import { Button, Group, Modal, Text } from '@mantine/core';
import { shellStrings as s } from './shell.strings.ts';

type ConfirmDialogProps = {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  /** Cancel, Escape or a click outside; not while the action runs. */
  onCancel: () => void;
  /**
   * Whether closing returns focus to the opener (the default). False where the caller moves focus
   * itself (see account/useConfirmation.ts), since the opener may be gone by then.
   */
  returnFocus?: boolean;
};

/** Asks before an action that takes something away or cannot be undone. Focus starts on Cancel. */
export function ConfirmDialog({
  opened,
  title,
  body,
  confirmLabel,
  isPending,
  onConfirm,
  onCancel,
  returnFocus = true,
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
      returnFocus={returnFocus}
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
