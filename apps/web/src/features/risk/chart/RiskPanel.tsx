import { Anchor, NativeSelect, Stack, Table, Text } from '@mantine/core';
import type { RiskResult } from '@nexus/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { ScrollTable } from '../../records/display/ScrollTable.tsx';
import { detailOf } from '../../records/problem-detail.ts';
import { formatRecordDate } from '../../records/record-format.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useModules, useRiskOverview } from '../api/queries.ts';
import { CategoryBadge } from '../display/RiskBadges.tsx';
import { riskStrings as s } from '../risk.strings.ts';
import { riskReviewEntry, riskReviewPath } from '../risk-entries.ts';
import { clinicianReviewText, formatRiskValue } from '../risk-format.ts';
import { RiskCalculator } from './RiskCalculator.tsx';

function ResultsTable({ patientId, results }: { patientId: string; results: RiskResult[] }) {
  const { portal } = usePortal();
  // Only a portal that routes reviews (the doctor's) links to them.
  const hasReviews = portal.navigation.some((entry) => entry.id === riskReviewEntry.id);
  if (results.length === 0) return <Text c="dimmed">{s.chartResultsEmpty}</Text>;
  return (
    <ScrollTable caption={s.chartResultsCaption} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{s.resultColumn}</Table.Th>
          <Table.Th scope="col">{s.categoryColumn}</Table.Th>
          <Table.Th scope="col">{s.riskColumn}</Table.Th>
          <Table.Th scope="col">{s.assessedLabel}</Table.Th>
          <Table.Th scope="col">{s.reviewColumn}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {results.map((result) => (
          <Table.Tr key={result.id}>
            <Table.Th scope="row" fw={500}>
              <Text size="sm" fw={600}>
                {result.disease.name}
              </Text>
              <Text size="xs" c="dimmed">
                {result.moduleName}
              </Text>
            </Table.Th>
            <Table.Td>
              <CategoryBadge category={result.status === 'assessed' ? result.category : null} />
            </Table.Td>
            <Table.Td>{formatRiskValue(result)}</Table.Td>
            <Table.Td>
              <time dateTime={result.assessedAt}>{formatRecordDate(result.assessedAt)}</time>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{clinicianReviewText(result.review)}</Text>
              {result.review && hasReviews && (
                <Anchor
                  component={Link}
                  to={riskReviewPath(portal.path, patientId, result.review.id)}
                  aria-label={s.chartOpenReviewLabel(result.disease.name)}
                  size="sm"
                  fw={600}
                >
                  {s.openReview}
                </Anchor>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function Calculator({ patientId }: { patientId: string }) {
  const modules = useModules();
  const [moduleId, setModuleId] = useState('');
  const chosen = modules.data?.find((module) => module.id === moduleId) ?? null;
  if (modules.isError)
    return (
      <LoadFailedAlert
        title={s.modulesLoadFailed}
        detail={detailOf(modules.error)}
        retryLabel={s.retry}
        onRetry={() => void modules.refetch()}
      />
    );
  return (
    <Stack gap="md">
      <Text size="sm">{s.calculatorIntro}</Text>
      <NativeSelect
        label={s.moduleSelectLabel}
        value={moduleId}
        onChange={(event) => setModuleId(event.currentTarget.value)}
        data={[
          { value: '', label: s.moduleSelectPlaceholder, disabled: true },
          ...(modules.data ?? []).map((module) => ({
            value: module.id,
            label: s.moduleOption(module.disease.name, module.name, module.audience === 'clinician'),
          })),
        ]}
        disabled={!modules.data}
        maw={480}
      />
      {chosen && (
        <>
          <Text size="sm" c="dimmed">
            {chosen.description}
          </Text>
          {/* Keyed by module: another module starts with its own fields and no result. */}
          <RiskCalculator key={chosen.id} patientId={patientId} module={chosen} />
        </>
      )}
    </Stack>
  );
}

/** The chart's Risk tab: the patient's latest result of each module, and the calculator. */
export function RiskPanel({ patientId }: { patientId: string }) {
  const overview = useRiskOverview(patientId);
  return (
    <>
      <RecordSection title={s.chartResultsHeading}>
        {overview.data ? (
          <ResultsTable patientId={patientId} results={overview.data.results} />
        ) : overview.isError ? (
          <LoadFailedAlert
            title={s.chartLoadFailed}
            detail={detailOf(overview.error)}
            retryLabel={s.retry}
            onRetry={() => void overview.refetch()}
          />
        ) : (
          <LoadingStatus label={s.chartLoading} />
        )}
      </RecordSection>
      <RecordSection title={s.calculatorHeading}>
        <Calculator patientId={patientId} />
      </RecordSection>
    </>
  );
}
