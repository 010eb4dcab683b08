import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import type { PrescriptionView } from '@nexus/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { detailOf } from '../../records/problem-detail.ts';
import { useCancelPrescription } from '../api/mutations.ts';
import { prescribingStrings as s } from './prescribing.strings.ts';

const REASON_MIN = 3;
const REASON_MAX = 500;

type CancelPrescriptionDialogProps = {
  patientId: string;
  prescription: PrescriptionView;
  onClose: () => void;
  onCancelled: () => void;
};

/** Cancels an active prescription, with the reason (kept in the record). Focus starts on the reason. */
export function CancelPrescriptionDialog({
  patientId,
  prescription,
  onClose,
  onCancelled,
}: CancelPrescriptionDialogProps) {
  const cancel = useCancelPrescription(patientId, prescription.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (text.length < REASON_MIN) {
      setError(s.cancelReasonRequired);
      return;
    }
    setError(undefined);
    setFailure(null);
    cancel.mutate(text, {
      onSuccess: onCancelled,
      onError: (problem) => {
        if (!isUnauthorized(problem)) setFailure(detailOf(problem));
      },
    });
  };

  return (
    <Modal
      opened
      onClose={() => {
        if (!cancel.isPending) onClose();
      }}
      title={s.cancelTitle(prescription.medicine)}
      closeOnEscape={!cancel.isPending}
      closeOnClickOutside={!cancel.isPending}
      closeButtonProps={{ 'aria-label': s.closeDialog, disabled: cancel.isPending }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{s.cancelBody}</Text>
          <Textarea
            label={s.cancelReasonLabel}
            description={s.cancelReasonHint}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
            required
            rows={2}
            maxLength={REASON_MAX}
            data-autofocus
          />
          {failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={s.cancelFailed}
            >
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={cancel.isPending}>
              {s.keep}
            </Button>
            {/* red.9: white on it stays above 4.5:1. */}
            <Button type="submit" color="red.9" loading={cancel.isPending}>
              {s.cancelConfirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
