import { Group, NativeSelect, Radio, Textarea, TextInput } from '@mantine/core';
import { ConditionClinicalStatus } from '@nexus/contracts';
import { useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { useAddCondition } from '../api/mutations.ts';
import { detailOf, fieldErrorsOf } from '../problem-detail.ts';
import { recordsStrings } from '../records.strings.ts';
import { ConditionSearch } from './ConditionSearch.tsx';
import {
  checkDiagnosis,
  type DiagnosisDraft,
  type DiagnosisErrors,
  NOTE_MAX,
  type VerificationChoice,
} from './diagnosis-form.ts';
import { FormDialog } from './FormDialog.tsx';
import { localToday } from './form-values.ts';
import { writingStrings as s } from './writing.strings.ts';

type AddDiagnosisDialogProps = {
  patientId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

const VERIFICATIONS: readonly VerificationChoice[] = ['confirmed', 'provisional', 'differential'];

/** Adds a diagnosis to the problem list: a condition from the catalogue, its status, onset and a note. */
export function AddDiagnosisDialog({ patientId, onClose, onSaved }: AddDiagnosisDialogProps) {
  const add = useAddCondition(patientId);
  const [draft, setDraft] = useState<DiagnosisDraft>({
    concept: null,
    clinicalStatus: 'active',
    verificationStatus: 'confirmed',
    onsetDate: '',
    note: '',
  });
  const [errors, setErrors] = useState<DiagnosisErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const change = (part: Partial<DiagnosisDraft>) => setDraft((current) => ({ ...current, ...part }));

  const submit = () => {
    const checked = checkDiagnosis(draft, new Date());
    setErrors(checked.errors);
    setFailure(null);
    if (!checked.request) return;
    const name = checked.request.code.display;
    add.mutate(checked.request, {
      onSuccess: () => onSaved(s.diagnosisSaved(name)),
      onError: (error) => {
        if (isUnauthorized(error)) return;
        const fields = fieldErrorsOf(error);
        setErrors({ onsetDate: fields.onsetDate, note: fields.note });
        setFailure(detailOf(error));
      },
    });
  };

  return (
    <FormDialog
      title={s.diagnosisTitle}
      isPending={add.isPending}
      failure={failure}
      onSubmit={submit}
      onClose={onClose}
    >
      <ConditionSearch
        chosen={draft.concept}
        error={errors.concept}
        onChoose={(concept) => change({ concept })}
      />
      <NativeSelect
        label={s.clinicalStatusLabel}
        value={draft.clinicalStatus}
        onChange={(event) => {
          const parsed = ConditionClinicalStatus.safeParse(event.currentTarget.value);
          if (parsed.success) change({ clinicalStatus: parsed.data });
        }}
        data={ConditionClinicalStatus.options.map((status) => ({
          value: status,
          label: recordsStrings.clinicalStatuses[status],
        }))}
        maw={280}
      />
      <Radio.Group
        label={s.verificationLabel}
        value={draft.verificationStatus}
        onChange={(value) => {
          const chosen = VERIFICATIONS.find((verification) => verification === value);
          if (chosen) change({ verificationStatus: chosen });
        }}
      >
        <Group gap="lg" mt="xs">
          {VERIFICATIONS.map((verification) => (
            <Radio
              key={verification}
              value={verification}
              label={recordsStrings.verificationStatuses[verification]}
            />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        type="date"
        label={s.onsetLabel}
        description={s.onsetHint}
        value={draft.onsetDate}
        onChange={(event) => change({ onsetDate: event.currentTarget.value })}
        error={errors.onsetDate}
        max={localToday(new Date())}
        maw={240}
      />
      <Textarea
        label={s.noteLabel}
        value={draft.note}
        onChange={(event) => change({ note: event.currentTarget.value })}
        error={errors.note}
        rows={3}
        maxLength={NOTE_MAX}
      />
    </FormDialog>
  );
}
