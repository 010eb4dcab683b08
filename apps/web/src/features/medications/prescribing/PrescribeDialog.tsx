import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import type { PrescriptionView, SafetyCheckResult } from '@nexus/contracts';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { isApiError, isUnauthorized } from '../../../api/api-error.ts';
import { detailOf } from '../../records/problem-detail.ts';
import { localToday } from '../../records/writing/form-values.ts';
import { usePrescribe, useSafetyCheck } from '../api/mutations.ts';
import { type ChosenProduct, MedicineSearch } from '../display/MedicineSearch.tsx';
import { DosageFields } from '../dosage/DosageFields.tsx';
import { dosageDefaultsFor, emptyDosage } from '../dosage/dosage-form.ts';
import {
  alertsWithoutReason,
  checkPrescription,
  checkProposal,
  type PrescribeDraft,
  type PrescribeErrors,
  proposalKey,
} from './prescribe-form.ts';
import { prescribingStrings as s } from './prescribing.strings.ts';
import { SafetyAlertList } from './SafetyAlertList.tsx';

type PrescribeDialogProps = {
  patientId: string;
  onClose: () => void;
  onSigned: (prescription: PrescriptionView) => void;
};

const newDraft = (): PrescribeDraft => ({
  product: null,
  dosage: emptyDosage(localToday(new Date())),
  quantityUnits: '',
  refills: '0',
  validityDays: '30',
  pharmacyOrganisationId: '',
  reminders: true,
});

/** What stands between the prescriber and signing, in words (the Sign button says it too, when disabled). */
function signHint(isChecked: boolean, isCurrent: boolean, missing: number): string {
  if (!isChecked) return s.needsCheck;
  if (!isCurrent) return s.checkStale;
  if (missing > 0) return s.needsReasons(missing);
  return s.readyToSign;
}

/**
 * Prescribing: a product from the catalogue, a structured dosage and the supply; the safety check
 * against the patient's medicines and allergies; a reason for every alert that needs one; then signing.
 * Signing stays disabled until the check has run on exactly what is signed and every reason is given.
 */
export function PrescribeDialog({ patientId, onClose, onSigned }: PrescribeDialogProps) {
  const safetyCheck = useSafetyCheck(patientId);
  const prescribe = usePrescribe(patientId);
  const [draft, setDraft] = useState<PrescribeDraft>(newDraft);
  const [errors, setErrors] = useState<PrescribeErrors>({});
  const [checked, setChecked] = useState<{ key: string; result: SafetyCheckResult } | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [isReasonChecked, setReasonChecked] = useState(false);
  const [failure, setFailure] = useState<{ title: string; detail: string } | null>(null);
  const hintId = useId();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const isPending = safetyCheck.isPending || prescribe.isPending;

  const { proposal } = checkProposal(draft);
  const isCurrent = checked !== null && proposal !== null && checked.key === proposalKey(proposal);
  const missing = checked ? alertsWithoutReason(checked.result.alerts, reasons).length : 0;
  const canSign = isCurrent && missing === 0;
  const change = (part: Partial<PrescribeDraft>) => setDraft((current) => ({ ...current, ...part }));

  /** Runs the safety check; after a refused signing, its message stays while the check runs again. */
  const runCheck = (isAfterRefusal = false) => {
    const result = checkProposal(draft);
    setErrors(result.errors);
    if (!isAfterRefusal) setFailure(null);
    const { proposal: toCheck } = result;
    if (!toCheck) return;
    safetyCheck.mutate(toCheck, {
      onSuccess: (found) => {
        setChecked({ key: proposalKey(toCheck), result: found });
        // What the check found is below the form: take the prescriber (and the screen reader) there.
        requestAnimationFrame(() => {
          resultsHeading.current?.scrollIntoView?.({ block: 'start' });
          resultsHeading.current?.focus({ preventScroll: true });
        });
      },
      onError: (error) => {
        if (!isUnauthorized(error)) setFailure({ title: s.checkFailed, detail: detailOf(error) });
      },
    });
  };

  const sign = (event: FormEvent) => {
    event.preventDefault();
    setReasonChecked(true);
    if (!checked || !canSign) return;
    const result = checkPrescription(draft, checked.result.alerts, reasons);
    setErrors(result.errors);
    setFailure(null);
    if (!result.request) return;
    prescribe.mutate(result.request, {
      onSuccess: onSigned,
      onError: (error) => {
        if (isUnauthorized(error)) return;
        setFailure({ title: s.signFailed, detail: detailOf(error) });
        // The record changed since the check (a new medicine, say): show what the check finds now.
        if (isApiError(error) && error.code === 'safety_override_required') runCheck(true);
      },
    });
  };

  return (
    <Modal
      opened
      onClose={() => {
        if (!isPending) onClose();
      }}
      title={s.dialogTitle}
      size="xl"
      closeOnEscape={!isPending}
      closeOnClickOutside={!isPending}
      closeButtonProps={{ 'aria-label': s.closeDialog, disabled: isPending }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={sign} noValidate>
        <Stack gap="md">
          <MedicineSearch
            label={s.medicineLabel}
            description={s.medicineHint}
            chosen={draft.product}
            onChoose={(product: ChosenProduct | null) =>
              change(
                product
                  ? { product, dosage: { ...draft.dosage, ...dosageDefaultsFor(product.form) } }
                  : { product: null },
              )
            }
            error={errors.product}
          />
          <DosageFields
            draft={draft.dosage}
            errors={errors}
            onChange={(part) =>
              setDraft((current) => ({ ...current, dosage: { ...current.dosage, ...part } }))
            }
          />
          <Fieldset legend={s.supplyHeading}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={s.quantityLabel}
                  description={s.quantityHint}
                  inputMode="numeric"
                  value={draft.quantityUnits}
                  onChange={(event) => change({ quantityUnits: event.currentTarget.value })}
                  error={errors.quantityUnits}
                  required
                />
                <TextInput
                  label={s.refillsLabel}
                  description={s.refillsHint}
                  inputMode="numeric"
                  value={draft.refills}
                  onChange={(event) => change({ refills: event.currentTarget.value })}
                  error={errors.refills}
                />
                <TextInput
                  label={s.validityLabel}
                  description={s.validityHint}
                  inputMode="numeric"
                  value={draft.validityDays}
                  onChange={(event) => change({ validityDays: event.currentTarget.value })}
                  error={errors.validityDays}
                />
              </SimpleGrid>
              <TextInput
                label={s.pharmacyLabel}
                description={s.pharmacyHint}
                value={draft.pharmacyOrganisationId}
                onChange={(event) => change({ pharmacyOrganisationId: event.currentTarget.value })}
                error={errors.pharmacyOrganisationId}
                autoComplete="off"
                spellCheck={false}
              />
              <Checkbox
                label={s.remindersLabel}
                checked={draft.reminders}
                onChange={(event) => change({ reminders: event.currentTarget.checked })}
              />
            </Stack>
          </Fieldset>
          <div>
            <Button
              variant="default"
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              onClick={() => runCheck()}
              loading={safetyCheck.isPending}
              disabled={prescribe.isPending}
            >
              {checked ? s.checkAgain : s.check}
            </Button>
          </div>
          <VisuallyHidden aria-live="polite">
            {safetyCheck.isPending
              ? s.checking
              : checked
                ? s.checkedStatus(checked.result.alerts.length)
                : ''}
          </VisuallyHidden>
          {checked && (
            <SafetyAlertList
              result={checked.result}
              reasons={reasons}
              isReasonChecked={isReasonChecked}
              headingRef={resultsHeading}
              onReason={(key, reason) => setReasons((current) => ({ ...current, [key]: reason }))}
            />
          )}
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={failure.title}>
              {failure.detail}
            </Alert>
          )}
          <Text size="sm" id={hintId} fw={canSign ? 400 : 600}>
            {signHint(checked !== null, isCurrent, missing)}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={isPending}>
              {s.cancelDialog}
            </Button>
            <Button type="submit" loading={prescribe.isPending} disabled={!canSign} aria-describedby={hintId}>
              {s.sign}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
