import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
} from '@mantine/core';
import { type ReviewDetail, RiskCategory } from '@nexus/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { detailOf } from '../../records/problem-detail.ts';
import type { useDecideReview } from '../api/mutations.ts';
import { riskStrings as s } from '../risk.strings.ts';
import { DiagnosisPicker } from './DiagnosisPicker.tsx';
import {
  checkDecision,
  chooseDecision,
  DECISIONS,
  type DecisionDraft,
  type DecisionErrors,
  decisionErrorsOf,
  initialDecisionDraft,
  NOTE_MAX,
} from './decision-form.ts';
import { PlanEditor } from './PlanEditor.tsx';

/** The doctor's decision on a pending review: confirm, adjust or reject, and what it adds to the record. */
export function DecisionForm({
  detail,
  decide,
}: {
  detail: ReviewDetail;
  /** Held by the page, which shows the outcome once this form is gone. */
  decide: ReturnType<typeof useDecideReview>;
}) {
  const { result } = detail;
  const [draft, setDraft] = useState<DecisionDraft>(() => initialDecisionDraft(result, new Date()));
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const change = (part: Partial<DecisionDraft>) => setDraft((current) => ({ ...current, ...part }));
  const orders = result.suggested.serviceRequests;
  const isReject = draft.decision === 'reject';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDecision(draft, result);
    setErrors(checked.errors);
    setFailure(null);
    if (!checked.request) return;
    decide.mutate(checked.request, {
      onError: (error) => {
        if (isUnauthorized(error)) return;
        setErrors(decisionErrorsOf(error));
        setFailure(detailOf(error));
      },
    });
  };

  return (
    <RecordSection title={s.decisionHeading}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Radio.Group
            label={s.decisionLabel}
            value={draft.decision ?? ''}
            onChange={(value) => {
              const chosen = DECISIONS.find((decision) => decision === value);
              if (chosen) setDraft((current) => chooseDecision(current, chosen));
            }}
            error={errors.decision}
            required
          >
            <Stack gap="xs" mt="xs">
              {DECISIONS.map((decision) => (
                <Radio
                  key={decision}
                  value={decision}
                  label={s.decisions[decision]}
                  description={s.decisionHints[decision]}
                />
              ))}
            </Stack>
          </Radio.Group>
          {draft.decision === 'adjust' && (
            <NativeSelect
              label={s.adjustedCategoryLabel}
              value={draft.adjustedCategory}
              onChange={(event) => {
                const parsed = RiskCategory.safeParse(event.currentTarget.value);
                change({ adjustedCategory: parsed.success ? parsed.data : '' });
              }}
              data={[
                { value: '', label: s.adjustedCategoryPlaceholder, disabled: true },
                ...RiskCategory.options.map((category) => ({
                  value: category,
                  label: s.categories[category],
                })),
              ]}
              error={errors.adjustedCategory}
              required
              maw={280}
            />
          )}
          <Textarea
            label={s.noteLabel}
            description={s.noteHint}
            value={draft.note}
            onChange={(event) => change({ note: event.currentTarget.value })}
            error={errors.note}
            required
            rows={4}
            maxLength={NOTE_MAX}
          />
          {!isReject && (
            <>
              <Fieldset legend={s.diagnosisHeading}>
                <Text size="sm" c="dimmed" mb="xs">
                  {s.diagnosisHint}
                </Text>
                <DiagnosisPicker
                  chosen={draft.condition}
                  suggested={result.suggested.condition}
                  error={errors.condition}
                  onChoose={(condition) => change({ condition })}
                />
              </Fieldset>
              <Checkbox.Group
                label={s.ordersLabel}
                description={orders.length > 0 ? s.ordersHint : s.ordersEmpty}
                value={orders.flatMap((_, index) => (draft.orders[index] ? [String(index)] : []))}
                onChange={(ticked) =>
                  change({
                    orders: orders.map((_, index) => ticked.includes(String(index))),
                    isTouched: true,
                  })
                }
                error={errors.serviceRequests}
              >
                <Stack gap="xs" mt="xs">
                  {orders.map((order, index) => (
                    <Checkbox
                      key={order.code.code}
                      value={String(index)}
                      label={order.code.display}
                      description={order.reason}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Switch
                label={s.planToggle}
                checked={draft.isPlanOn}
                onChange={(event) => change({ isPlanOn: event.currentTarget.checked, isTouched: true })}
              />
              {draft.isPlanOn && (
                <PlanEditor plan={draft.plan} errors={errors} onChange={(plan) => change({ plan })} />
              )}
            </>
          )}
          {failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={s.decisionFailed}
              role="alert"
            >
              {failure}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={decide.isPending}>
              {s.submitDecision}
            </Button>
          </Group>
        </Stack>
      </form>
    </RecordSection>
  );
}
