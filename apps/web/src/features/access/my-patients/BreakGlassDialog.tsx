import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { BREAK_GLASS_REASON_MIN, type BreakGlassGrant, type Membership } from '@nexus/contracts';
import { IconAlertTriangle, IconUrgent } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { z } from 'zod';
import { isUnauthorized } from '../../../api/api-error.ts';
import { accessStrings as s } from '../access.strings.ts';
import { useOpenBreakGlass } from '../api/mutations.ts';
import { detailOf } from '../problem-detail.ts';

/** How long the server keeps emergency access open (shown, not enforced, here). */
export const BREAK_GLASS_HOURS = 4;

type BreakGlassDialogProps = {
  opened: boolean;
  /** The memberships the clinician may act for (doctor or nurse). */
  organisations: readonly Membership[];
  /** Filled in when the dialog is opened for a known patient (from their chart). */
  initialPatientId?: string;
  onClose: () => void;
  onOpened: (grant: BreakGlassGrant) => void;
};

type FieldErrors = { patientId?: string; reason?: string };

const PatientId = z.uuid();

/**
 * Emergency ("break-glass") access: the patient's ID and a reason of at least 20 characters, with a
 * plain warning that the patient and the organisation's administrators will be told.
 */
export function BreakGlassDialog({
  opened,
  organisations,
  initialPatientId = '',
  onClose,
  onOpened,
}: BreakGlassDialogProps) {
  const open = useOpenBreakGlass();
  const [patientId, setPatientId] = useState(initialPatientId);
  const [reason, setReason] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(
    organisations[0]?.organisationId ?? null,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const reasonLength = reason.trim().length;

  const close = () => {
    if (open.isPending) return;
    setPatientId(initialPatientId);
    setReason('');
    setErrors({});
    setFailure(null);
    open.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!PatientId.safeParse(patientId.trim().toLowerCase()).success)
      next.patientId = s.breakGlassPatientInvalid;
    if (reasonLength < BREAK_GLASS_REASON_MIN)
      next.reason = s.breakGlassReasonTooShort(BREAK_GLASS_REASON_MIN);
    setErrors(next);
    setFailure(null);
    if (next.patientId || next.reason) return;
    open.mutate(
      {
        patientId: patientId.trim().toLowerCase(),
        reason: reason.trim(),
        ...(organisationId ? { organisationId } : {}),
      },
      {
        onSuccess: (grant) => {
          onOpened(grant);
          setPatientId(initialPatientId);
          setReason('');
          onClose();
        },
        onError: (error) => {
          if (!isUnauthorized(error)) setFailure(detailOf(error));
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={s.breakGlassTitle}
      centered
      closeOnEscape={!open.isPending}
      closeOnClickOutside={!open.isPending}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {/* A standing warning, not an announcement: "note", so screen readers read it in order. */}
          <Alert color="red" variant="light" icon={<IconUrgent aria-hidden />} role="note">
            <Text size="sm">{s.breakGlassWarning}</Text>
            <Text size="sm" mt={4}>
              {s.breakGlassDuration(BREAK_GLASS_HOURS)}
            </Text>
          </Alert>
          <TextInput
            label={s.breakGlassPatientLabel}
            description={s.breakGlassPatientHint}
            value={patientId}
            onChange={(event) => setPatientId(event.currentTarget.value)}
            error={errors.patientId}
            required
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          <Textarea
            label={s.breakGlassReasonLabel}
            description={s.breakGlassReasonHint(reasonLength, BREAK_GLASS_REASON_MIN)}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
            required
            rows={4}
            maxLength={1000}
          />
          {organisations.length > 1 && (
            <Select
              label={s.breakGlassOrganisationLabel}
              data={organisations.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
              value={organisationId}
              onChange={setOrganisationId}
              allowDeselect={false}
            />
          )}
          {failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={s.breakGlassFailed}
            >
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={open.isPending}>
              {s.cancel}
            </Button>
            <Button type="submit" color="red.9" loading={open.isPending}>
              {s.breakGlassConfirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
