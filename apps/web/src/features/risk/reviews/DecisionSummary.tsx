import { Text } from '@mantine/core';
import type { ReviewOutcome } from '@nexus/contracts';
import { useEffect, useRef } from 'react';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { formatRecordDateTime } from '../../records/record-format.ts';
import { DetailList } from '../../shell/DetailList.tsx';
import { riskStrings as s } from '../risk.strings.ts';

function createdItems(review: ReviewOutcome): string {
  const parts = [
    review.conditionId ? s.createdCondition : null,
    review.serviceRequestIds.length > 0 ? s.createdOrders(review.serviceRequestIds.length) : null,
    review.carePlanId ? s.createdPlan : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(', ') : s.createdNothing;
}

/** A decided review, read-only: who decided what and when, their note, and what it added to the record. */
export function DecisionSummary({
  review,
  isJustDecided,
}: {
  review: ReviewOutcome;
  isJustDecided: boolean;
}) {
  const statusRef = useRef<HTMLParagraphElement>(null);
  // The form the doctor was in is gone: focus moves to what replaced it, which is read out.
  useEffect(() => {
    if (isJustDecided) statusRef.current?.focus();
  }, [isJustDecided]);
  if (review.status === 'pending') return null;
  const items = [
    {
      label: s.reviewStatusLabel,
      value: s.decidedBy(
        s.statuses[review.status],
        review.decidedBy,
        formatRecordDateTime(review.decidedAt ?? review.createdAt),
      ),
    },
    ...(review.adjustedCategory
      ? [{ label: s.categoryLabel, value: s.decidedCategory(s.categories[review.adjustedCategory]) }]
      : []),
    { label: s.decidedNote, value: review.note ?? s.notRecorded },
    { label: s.createdLabel, value: createdItems(review) },
  ];
  return (
    <RecordSection title={s.decidedHeading}>
      <div aria-live="polite">
        {isJustDecided && (
          <Text fw={600} mb="sm" ref={statusRef} tabIndex={-1}>
            {s.decisionSaved}
          </Text>
        )}
      </div>
      <DetailList items={items} />
    </RecordSection>
  );
}
