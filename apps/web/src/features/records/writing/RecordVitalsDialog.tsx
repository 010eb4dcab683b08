import { Fieldset, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { useRecordVitals } from '../api/mutations.ts';
import { detailOf, fieldErrorsOf } from '../problem-detail.ts';
import { FormDialog } from './FormDialog.tsx';
import { toLocalDateTimeInput } from './form-values.ts';
import { TakenAtInput } from './TakenAtInput.tsx';
import {
  BLOOD_PRESSURE_FIELDS,
  checkVitals,
  OTHER_VITAL_FIELDS,
  type VitalField,
  type VitalsDraft,
  type VitalsErrors,
} from './vitals-form.ts';
import { writingStrings as s } from './writing.strings.ts';

type RecordVitalsDialogProps = {
  patientId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** Records a set of vital signs taken together; each field shows its unit and its bounds. */
export function RecordVitalsDialog({ patientId, onClose, onSaved }: RecordVitalsDialogProps) {
  const record = useRecordVitals(patientId);
  const [draft, setDraft] = useState<VitalsDraft>(() => ({ takenAt: toLocalDateTimeInput(new Date()) }));
  const [errors, setErrors] = useState<VitalsErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = () => {
    const checked = checkVitals(draft, new Date());
    setErrors(checked.errors);
    setFailure(null);
    if (!checked.request) return;
    record.mutate(checked.request, {
      onSuccess: () => onSaved(s.vitalsSaved),
      onError: (error) => {
        if (isUnauthorized(error)) return;
        setErrors(fieldErrorsOf(error));
        setFailure(detailOf(error));
      },
    });
  };

  const input = (spec: VitalField) => (
    <TextInput
      key={spec.key}
      label={`${spec.label} (${spec.unit})`}
      description={s.rangeHint(spec.min, spec.max, spec.unit)}
      value={draft[spec.key] ?? ''}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setDraft((current) => ({ ...current, [spec.key]: value }));
      }}
      error={errors[spec.key]}
      inputMode={spec.isInteger ? 'numeric' : 'decimal'}
      autoComplete="off"
    />
  );

  return (
    <FormDialog
      title={s.vitalsTitle}
      isPending={record.isPending}
      failure={failure}
      formError={errors.form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Text size="sm">{s.vitalsIntro}</Text>
      <TakenAtInput
        value={draft.takenAt}
        error={errors.takenAt}
        onChange={(takenAt) => setDraft((current) => ({ ...current, takenAt }))}
      />
      <Fieldset legend={s.bloodPressure} variant="unstyled">
        <SimpleGrid cols={2} spacing="sm">
          {BLOOD_PRESSURE_FIELDS.map(input)}
        </SimpleGrid>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {OTHER_VITAL_FIELDS.map(input)}
      </SimpleGrid>
    </FormDialog>
  );
}
