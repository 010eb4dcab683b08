import { Stack, Text } from '@mantine/core';
import type { DoseAction, DoseView } from '@nexus/contracts';
import { useState } from 'react';
import { isApiError, isUnauthorized } from '../../../api/api-error.ts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { detailOf } from '../../records/problem-detail.ts';
import { ActionFeedback, type ActionOutcome } from '../../shell/ActionFeedback.tsx';
import { useDoseAction } from '../api/mutations.ts';
import { useDosesToday } from '../api/queries.ts';
import { clockTimeIn } from '../display/medication-format.ts';
import { QueryView } from '../display/QueryView.tsx';
import { medicationStrings as s } from '../medications.strings.ts';
import { DoseCard } from './DoseCard.tsx';
import { useHashTarget } from './useHashTarget.ts';

const byTime = (a: DoseView, b: DoseView) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id);

function outcomeOf(dose: DoseView, zone: string): ActionOutcome {
  if (dose.status === 'snoozed' && dose.snoozedUntil)
    return { kind: 'success', message: s.doseSnoozed(dose.medicine, clockTimeIn(dose.snoozedUntil, zone)) };
  if (dose.status === 'skipped') return { kind: 'success', message: s.doseSkipped(dose.medicine) };
  return { kind: 'success', message: s.doseTaken(dose.medicine) };
}

/** The day's doses in time order, each with what can be done to it now; kept current while open. */
export function TodayPanel({ patientId }: { patientId: string }) {
  const doses = useDosesToday(patientId);
  const act = useDoseAction(patientId);
  const [feedback, setFeedback] = useState<ActionOutcome | null>(null);
  useHashTarget(doses.isSuccess);

  const onAction = (dose: DoseView, action: DoseAction) => {
    setFeedback(null);
    act.mutate(
      { doseId: dose.id, action },
      {
        onSuccess: (updated) => setFeedback(outcomeOf(updated, doses.data?.zone ?? '')),
        onError: (error) => {
          if (isUnauthorized(error)) return;
          setFeedback({
            kind: 'error',
            title: s.doseActionFailed,
            detail: isApiError(error) && error.status === 409 ? s.doseNotAllowed : detailOf(error),
          });
        },
      },
    );
  };

  return (
    <RecordSection title={s.todayHeading}>
      <QueryView query={doses} loadingLabel={s.todayLoading} failedTitle={s.todayLoadFailed}>
        {(list) => (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {s.todayZone(list.zone)}
            </Text>
            <ActionFeedback feedback={feedback} />
            {list.doses.length === 0 ? (
              <Text c="dimmed">{s.todayEmpty}</Text>
            ) : (
              <Stack
                component="ul"
                gap="sm"
                aria-label={s.dosesLabel}
                m={0}
                p={0}
                style={{ listStyle: 'none' }}
              >
                {[...list.doses].sort(byTime).map((dose) => (
                  <li key={dose.id}>
                    <DoseCard
                      dose={dose}
                      zone={list.zone}
                      isPending={act.isPending && act.variables?.doseId === dose.id}
                      onAction={onAction}
                    />
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </QueryView>
    </RecordSection>
  );
}
