import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReviewDetail } from '@nexus/contracts';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error.ts';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { patientChartPath } from '../../records/chart/patient-chart-entry.ts';
import { detailOf, isNotFound } from '../../records/problem-detail.ts';
import { formatRecordDateTime } from '../../records/record-format.ts';
import { DetailList } from '../../shell/DetailList.tsx';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { NotFoundContent } from '../../shell/NotFoundPage.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useDecideReview } from '../api/mutations.ts';
import { useReviewDetail } from '../api/queries.ts';
import classes from '../display/Risk.module.css';
import { CategoryBadge, warningAlertStyles } from '../display/RiskBadges.tsx';
import { riskStrings as s } from '../risk.strings.ts';
import { clinicianReviewText, formatRiskValue } from '../risk-format.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { DecisionSummary } from './DecisionSummary.tsx';
import {
  DriversTable,
  Findings,
  HistoryTable,
  InputsTable,
  RecommendationsAndEvidence,
} from './ReviewEvidence.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ReviewFacts({ detail }: { detail: ReviewDetail }) {
  const { portal } = usePortal();
  const { patient, result } = detail;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <DetailList
        items={[
          {
            label: s.patientLabel,
            value: (
              <>
                <Anchor component={Link} to={patientChartPath(portal.path, patient.id)} fw={600}>
                  {patient.name}
                </Anchor>
                {patient.recordNumber && ` · ${s.recordNumber(patient.recordNumber)}`}
              </>
            ),
          },
          { label: s.moduleLabel, value: s.moduleVersion(result.moduleName, result.moduleVersion) },
          { label: s.riskLabel, value: formatRiskValue(result) },
          {
            label: s.categoryLabel,
            value: (
              <Group gap="xs" component="span">
                <CategoryBadge category={result.category} />
                {result.categoryLabel && <span>{result.categoryLabel}</span>}
              </Group>
            ),
          },
          {
            label: s.assessedLabel,
            value: s.assessedWhen(formatRecordDateTime(result.assessedAt), s.triggers[result.trigger]),
          },
          { label: s.reviewStatusLabel, value: clinicianReviewText(detail.review) },
        ]}
      />
      <Text mt="md">{result.summary}</Text>
      {result.warnings.length > 0 && (
        <Alert
          color="orange"
          styles={warningAlertStyles}
          variant="light"
          mt="md"
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
    </Paper>
  );
}

function Review({ patientId, reviewId }: { patientId: string; reviewId: string }) {
  const { portal } = usePortal();
  const detail = useReviewDetail(patientId, reviewId);
  const decide = useDecideReview(patientId, reviewId);
  const back = (
    <Anchor component={Link} to={`${portal.path}/reviews`} size="sm">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {s.backToReviews}
    </Anchor>
  );

  if (detail.data) {
    const { result, review } = detail.data;
    return (
      <Stack gap="lg">
        {back}
        <PageHeader eyebrow={portal.title} title={s.reviewTitle(result.disease.name)} />
        <ReviewFacts detail={detail.data} />
        <InputsTable inputs={result.inputs} />
        <DriversTable contributions={result.contributions} />
        <Findings findings={result.findings} />
        <RecommendationsAndEvidence result={result} />
        <HistoryTable history={detail.data.history} />
        {review.status === 'pending' ? (
          <DecisionForm detail={detail.data} decide={decide} />
        ) : (
          <>
            {isApiError(decide.error) && decide.error.status === 409 && (
              <Alert
                color="orange"
                styles={warningAlertStyles}
                variant="light"
                icon={<IconAlertTriangle aria-hidden />}
                role="alert"
              >
                {detailOf(decide.error)}
              </Alert>
            )}
            <DecisionSummary review={review} isJustDecided={decide.isSuccess} />
          </>
        )}
      </Stack>
    );
  }
  if (detail.isError && isNotFound(detail.error))
    return (
      <Stack gap="lg">
        {back}
        <PageHeader eyebrow={portal.title} title={s.reviewNotFound} description={s.reviewNotFoundDetail} />
      </Stack>
    );
  return (
    <Stack gap="lg">
      {back}
      {detail.isError ? (
        <>
          <PageHeader eyebrow={portal.title} title={s.reviewLoadFailed} />
          <LoadFailedAlert
            title={s.reviewLoadFailed}
            detail={detailOf(detail.error)}
            retryLabel={s.retry}
            onRetry={() => void detail.refetch()}
          />
        </>
      ) : (
        <LoadingStatus label={s.reviewLoading} />
      )}
    </Stack>
  );
}

/** One review for the doctor: the result, what it rests on, its evidence and history, and the decision. */
export function RiskReviewPage() {
  const { portal } = usePortal();
  const { patientId = '', reviewId = '' } = useParams();
  if (!UUID.test(patientId) || !UUID.test(reviewId))
    return <NotFoundContent homePath={`${portal.path}/reviews`} />;
  return <Review key={`${patientId}/${reviewId}`} patientId={patientId} reviewId={reviewId} />;
}
