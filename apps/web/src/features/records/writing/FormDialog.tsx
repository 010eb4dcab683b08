import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { writingStrings as s } from './writing.strings.ts';

type FormDialogProps = {
  title: string;
  isPending: boolean;
  /** The server's explanation when saving failed. */
  failure: string | null;
  /** A problem with the form as a whole (nothing filled in, say). */
  formError?: string;
  submitLabel?: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
};

/** A dialog holding one form that writes to the record: fields, what went wrong, Cancel and Save. */
export function FormDialog({
  title,
  isPending,
  failure,
  formError,
  submitLabel = s.save,
  onSubmit,
  onClose,
  children,
}: FormDialogProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal
      opened
      onClose={() => {
        if (!isPending) onClose();
      }}
      title={title}
      size="lg"
      closeOnEscape={!isPending}
      closeOnClickOutside={!isPending}
      closeButtonProps={{ 'aria-label': s.closeDialog, disabled: isPending }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {children}
          {formError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {formError}
            </Alert>
          )}
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.failed}>
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={isPending}>
              {s.cancel}
            </Button>
            <Button type="submit" loading={isPending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
