import { Alert, Button, Group, NumberInput, Stack } from '@mantine/core';
import type { DispenseResult } from '@nexus/contracts';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isApiError, isUnauthorized } from '../../../api/api-error.ts';
import { detailOf } from '../../records/problem-detail.ts';
import { useDispense } from '../api/mutations.ts';
import { pharmacyStrings as s } from './pharmacy.strings.ts';

type DispenseFormProps = {
  organisationId: string;
  token: string;
  remainingUnits: number;
  onDispensed: (result: DispenseResult) => void;
};

type Outcome = { kind: 'done'; result: DispenseResult } | { kind: 'refused' | 'unknown'; detail: string };

/** A refusal (409) or a bad request is final; a lost connection or a server error may have been recorded. */
const mayHaveBeenRecorded = (error: unknown) =>
  !isApiError(error) || error.status === 0 || error.status >= 500;

/**
 * How many units to hand over, and dispensing them. Each attempt has its own idempotency key; when
 * the answer is lost, the retry sends the same key again, so the server never counts it twice.
 */
export function DispenseForm({ organisationId, token, remainingUnits, onDispensed }: DispenseFormProps) {
  const dispense = useDispense(organisationId);
  const [units, setUnits] = useState<string | number>(remainingUnits);
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [retry, setRetry] = useState<{ key: string; units: number } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const count = Number(units);
    if (!Number.isInteger(count) || count < 1 || count > remainingUnits) {
      setError(s.unitsInvalid(remainingUnits));
      return;
    }
    setError(undefined);
    setOutcome(null);
    const idempotencyKey = retry && retry.units === count ? retry.key : crypto.randomUUID();
    setRetry({ key: idempotencyKey, units: count });
    dispense.mutate(
      { token, units: count, idempotencyKey },
      {
        onSuccess: (result) => {
          setRetry(null);
          setOutcome({ kind: 'done', result });
          setUnits(Math.max(1, result.remainingUnits));
          onDispensed(result);
        },
        onError: (problem) => {
          if (isUnauthorized(problem)) return;
          const isUnknown = mayHaveBeenRecorded(problem);
          if (!isUnknown) setRetry(null);
          setOutcome({
            kind: isUnknown ? 'unknown' : 'refused',
            detail: isUnknown ? s.dispenseFailedRetry : detailOf(problem),
          });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <div aria-live="polite">
          {outcome?.kind === 'done' && (
            <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />}>
              {s.dispensedResult(
                outcome.result.units,
                outcome.result.remainingUnits,
                outcome.result.status === 'completed',
              )}
            </Alert>
          )}
        </div>
        {outcome && outcome.kind !== 'done' && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={s.dispenseRefused}
          >
            {outcome.detail}
          </Alert>
        )}
        {remainingUnits > 0 && (
          <Group align="flex-end" gap="sm">
            <NumberInput
              label={s.unitsLabel}
              description={s.unitsHint(remainingUnits)}
              value={units}
              onChange={setUnits}
              min={1}
              max={remainingUnits}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              error={error}
              w={200}
            />
            <Button type="submit" loading={dispense.isPending}>
              {outcome?.kind === 'unknown' ? s.dispenseRetry : s.dispense}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
