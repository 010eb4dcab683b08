import { ActionIcon, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { LabTestDefinition } from '@nexus/contracts';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useRecordLabs } from '../api/mutations.ts';
import { useLabCatalogue } from '../api/queries.ts';
import { detailOf } from '../problem-detail.ts';
import { recordsStrings } from '../records.strings.ts';
import { FormDialog } from './FormDialog.tsx';
import { toLocalDateTimeInput } from './form-values.ts';
import { checkLabs, type LabRowDraft, type LabsErrors, recordableTests } from './labs-form.ts';
import { TakenAtInput } from './TakenAtInput.tsx';
import { writingStrings as s } from './writing.strings.ts';

type RecordLabsDialogProps = {
  patientId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

function ResultRow({
  test,
  row,
  error,
  onChange,
  onRemove,
}: {
  test: LabTestDefinition;
  row: LabRowDraft;
  error: string | undefined;
  onChange: (text: string) => void;
  onRemove: () => void;
}) {
  const hints = [
    s.rangeHint(test.min, test.max, test.unit),
    test.referenceRange ? s.referenceRange(test.referenceRange.text) : null,
  ].filter((hint) => hint !== null);
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        label={s.resultLabel(test.shortName, test.unit)}
        description={hints.join(' · ')}
        value={row.text}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        inputMode="decimal"
        autoComplete="off"
        style={{ flex: 1 }}
      />
      <ActionIcon
        variant="default"
        size={36}
        mt={46}
        aria-label={s.removeTest(test.shortName)}
        onClick={onRemove}
      >
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

/** Records laboratory results: tests picked from the catalogue, each in the catalogue's unit. */
export function RecordLabsDialog({ patientId, onClose, onSaved }: RecordLabsDialogProps) {
  const catalogue = useLabCatalogue();
  const record = useRecordLabs(patientId);
  const [takenAt, setTakenAt] = useState(() => toLocalDateTimeInput(new Date()));
  const [rows, setRows] = useState<LabRowDraft[]>([]);
  const [errors, setErrors] = useState<LabsErrors>({ rows: {} });
  const [failure, setFailure] = useState<string | null>(null);
  const tests = recordableTests(catalogue.data ?? []);

  const submit = () => {
    const checked = checkLabs(rows, tests, takenAt, new Date());
    setErrors(checked.errors);
    setFailure(null);
    if (!checked.request) return;
    const count = checked.request.results.length;
    record.mutate(checked.request, {
      onSuccess: () => onSaved(s.labsSaved(count)),
      onError: (error) => {
        if (!isUnauthorized(error)) setFailure(detailOf(error));
      },
    });
  };

  const add = (loincCode: string) => {
    if (loincCode && !rows.some((row) => row.loincCode === loincCode))
      setRows((current) => [...current, { loincCode, text: '' }]);
  };

  return (
    <FormDialog
      title={s.labsTitle}
      isPending={record.isPending}
      failure={failure}
      formError={errors.form}
      onSubmit={submit}
      onClose={onClose}
    >
      <Text size="sm">{s.labsIntro}</Text>
      <TakenAtInput label={s.sampledAtLabel} value={takenAt} error={errors.takenAt} onChange={setTakenAt} />
      {catalogue.isError ? (
        <LoadFailedAlert
          title={s.labsLoadFailed}
          detail={detailOf(catalogue.error)}
          retryLabel={recordsStrings.retry}
          onRetry={() => void catalogue.refetch()}
        />
      ) : !catalogue.data ? (
        <LoadingStatus label={s.labsLoading} />
      ) : (
        <>
          <NativeSelect
            label={s.addTestLabel}
            value=""
            onChange={(event) => add(event.currentTarget.value)}
            data={[
              { value: '', label: s.addTestPlaceholder },
              ...tests
                .filter((test) => !rows.some((row) => row.loincCode === test.loinc.code))
                .map((test) => ({ value: test.loinc.code, label: `${test.shortName} (${test.unit})` })),
            ]}
          />
          <Stack gap="sm">
            {rows.map((row) => {
              const test = tests.find((candidate) => candidate.loinc.code === row.loincCode);
              if (!test) return null;
              return (
                <ResultRow
                  key={row.loincCode}
                  test={test}
                  row={row}
                  error={errors.rows[row.loincCode]}
                  onChange={(text) =>
                    setRows((current) =>
                      current.map((r) => (r.loincCode === row.loincCode ? { ...r, text } : r)),
                    )
                  }
                  onRemove={() => setRows((current) => current.filter((r) => r.loincCode !== row.loincCode))}
                />
              );
            })}
          </Stack>
        </>
      )}
    </FormDialog>
  );
}
