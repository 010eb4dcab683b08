import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { AssessmentInput, AssessmentPreview, ModuleInputField, ModuleSummary } from '@nexus/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { detailOf } from '../../records/problem-detail.ts';
import { formatRecordDate } from '../../records/record-format.ts';
import { ActionFeedback, type ActionOutcome } from '../../shell/ActionFeedback.tsx';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useAssessRisk, usePreviewRisk } from '../api/mutations.ts';
import { useModulePreview } from '../api/queries.ts';
import classes from '../display/Risk.module.css';
import { CategoryBadge, warningAlertStyles } from '../display/RiskBadges.tsx';
import { riskStrings as s } from '../risk.strings.ts';
import { displayUnit, formatRiskValue } from '../risk-format.ts';
import {
  enteredInputs,
  type FieldErrors,
  type FieldValues,
  initialValues,
  inputErrorsOf,
  rangeHint,
} from './calculator-form.ts';

type Calculated = { inputs: Record<string, AssessmentInput['value']>; preview: AssessmentPreview };

function sourceHint(field: ModuleInputField, input: AssessmentInput | undefined): string {
  const source = input
    ? s.fromOrigin(
        s.origins[input.origin.kind],
        input.origin.display,
        input.origin.kind === 'record' && input.origin.date ? formatRecordDate(input.origin.date) : null,
      )
    : field.required
      ? s.missingInput
      : s.optionalInput;
  return [source, rangeHint(field)].filter(Boolean).join(' · ');
}

type FieldProps = {
  field: ModuleInputField;
  input: AssessmentInput | undefined;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

function InputField({ field, input, value, error, onChange }: FieldProps) {
  const unit = displayUnit(field.unit);
  const label = unit ? `${field.label} (${unit})` : field.label;
  const common = { label, description: sourceHint(field, input), error, required: field.required && !input };
  if (field.type === 'boolean' || field.type === 'choice') {
    const options =
      field.type === 'boolean'
        ? [
            { value: 'yes', label: s.yes },
            { value: 'no', label: s.no },
          ]
        : field.options.map((option) => ({ value: option.code, label: option.display }));
    return (
      <NativeSelect
        {...common}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        data={[{ value: '', label: s.notGiven }, ...options]}
      />
    );
  }
  return (
    <TextInput
      {...common}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      inputMode={field.type === 'integer' ? 'numeric' : 'decimal'}
      autoComplete="off"
    />
  );
}

function CalculatorForm({
  patientId,
  module,
  base,
}: {
  patientId: string;
  module: ModuleSummary;
  base: AssessmentPreview;
}) {
  const preview = usePreviewRisk(patientId);
  const assess = useAssessRisk(patientId);
  const [values, setValues] = useState<FieldValues>(() => initialValues(module.inputs, base.inputs));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [calculated, setCalculated] = useState<Calculated | null>(null);
  const [feedback, setFeedback] = useState<ActionOutcome | null>(null);
  const prefilled = new Map(base.inputs.map((input) => [input.key, input]));

  const calculate = (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    const checked = enteredInputs(module.inputs, base.inputs, values);
    setErrors(checked.errors);
    setCalculated(null);
    const inputs = checked.inputs;
    if (!inputs) return;
    preview.mutate(
      { moduleId: module.id, inputs },
      {
        onSuccess: (answer) => {
          setErrors(Object.fromEntries(answer.errors.map((e) => [e.key, e.message])));
          setCalculated({ inputs, preview: answer });
        },
        onError: (error) => {
          if (isUnauthorized(error)) return;
          setErrors(inputErrorsOf(error));
          setFeedback({ kind: 'error', title: s.calculateFailed, detail: detailOf(error) });
        },
      },
    );
  };

  const save = () => {
    if (!calculated) return;
    setFeedback(null);
    assess.mutate(
      { moduleId: module.id, inputs: calculated.inputs },
      {
        onSuccess: () => {
          setCalculated(null);
          setFeedback({ kind: 'success', message: s.resultSaved(module.name) });
        },
        onError: (error) => {
          if (isUnauthorized(error)) return;
          setErrors(inputErrorsOf(error));
          setFeedback({ kind: 'error', title: s.saveFailed, detail: detailOf(error) });
        },
      },
    );
  };

  const result = calculated?.preview.result ?? null;
  const stillMissing = calculated?.preview.missing ?? [];
  return (
    <Stack gap="md">
      <form onSubmit={calculate} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {module.inputs.map((field) => (
              <InputField
                key={field.key}
                field={field}
                input={prefilled.get(field.key)}
                value={values[field.key] ?? ''}
                error={errors[field.key]}
                onChange={(value) => {
                  setValues((current) => ({ ...current, [field.key]: value }));
                  // A result shown for other values would mislead: it goes until calculated again.
                  setCalculated(null);
                }}
              />
            ))}
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={preview.isPending}>
              {s.calculate}
            </Button>
          </Group>
        </Stack>
      </form>
      <div aria-live="polite">
        {calculated && (
          <Stack gap="xs" component="section" aria-labelledby="risk-calculated">
            <Title order={3} fz="md" id="risk-calculated">
              {s.calculatedHeading}
            </Title>
            {result ? (
              <>
                <Group gap="xs">
                  <CategoryBadge category={result.status === 'assessed' ? result.category : null} />
                  <Text fw={600}>{formatRiskValue(result)}</Text>
                  {result.categoryLabel && <Text size="sm">{result.categoryLabel}</Text>}
                </Group>
                <Text size="sm">{result.summary}</Text>
                {result.warnings.length > 0 && (
                  <Alert
                    color="orange"
                    styles={warningAlertStyles}
                    variant="light"
                    icon={<IconAlertTriangle aria-hidden />}
                    title={s.warningsTitle}
                  >
                    <ul className={classes.list}>
                      {result.warnings.map((warning) => (
                        <li key={warning}>{warning}</li>
                      ))}
                    </ul>
                  </Alert>
                )}
              </>
            ) : (
              <Text size="sm">
                {s.stillMissing}: {stillMissing.map((field) => field.label).join(', ')}
              </Text>
            )}
          </Stack>
        )}
      </div>
      {result && (
        <Group>
          <Button variant="filled" color="teal.8" onClick={save} loading={assess.isPending}>
            {s.saveToRecord}
          </Button>
        </Group>
      )}
      <ActionFeedback feedback={feedback} />
    </Stack>
  );
}

/** The calculator for one module: the record's values with their source, fields for the rest. */
export function RiskCalculator({ patientId, module }: { patientId: string; module: ModuleSummary }) {
  const base = useModulePreview(patientId, module.id);
  if (base.data) return <CalculatorForm patientId={patientId} module={module} base={base.data} />;
  if (base.isError)
    return (
      <LoadFailedAlert
        title={s.previewLoadFailed}
        detail={detailOf(base.error)}
        retryLabel={s.retry}
        onRetry={() => void base.refetch()}
      />
    );
  return <LoadingStatus label={s.previewLoading} />;
}
