import { Anchor, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { ReviewQueueItem } from '@nexus/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { ScrollTable } from '../../records/display/ScrollTable.tsx';
import { detailOf } from '../../records/problem-detail.ts';
import { formatRecordDate } from '../../records/record-format.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import type { QueueFilter } from '../api/keys.ts';
import { useReviewQueue } from '../api/queries.ts';
import classes from '../display/Risk.module.css';
import { CategoryBadge } from '../display/RiskBadges.tsx';
import { riskStrings as s } from '../risk.strings.ts';
import { riskReviewPath } from '../risk-entries.ts';
import { formatProbability } from '../risk-format.ts';

const FILTERS: readonly QueueFilter[] = ['pending', 'decided', 'all'];

function QueueRow({ item, portalPath }: { item: ReviewQueueItem; portalPath: string }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} size="sm">
          {item.patientName}
        </Text>
        {item.recordNumber && (
          <Text size="xs" c="dimmed">
            {s.recordNumber(item.recordNumber)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.disease.name}</Text>
        <Text size="xs" c="dimmed">
          {item.moduleName}
        </Text>
      </Table.Td>
      <Table.Td>{formatProbability(item.probability)}</Table.Td>
      <Table.Td>
        <CategoryBadge category={item.category} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.summary}</Text>
      </Table.Td>
      <Table.Td>
        <time dateTime={item.createdAt}>{formatRecordDate(item.createdAt)}</time>
      </Table.Td>
      <Table.Td>{s.statuses[item.status]}</Table.Td>
      <Table.Td>
        <Anchor
          component={Link}
          to={riskReviewPath(portalPath, item.patientId, item.reviewId)}
          aria-label={s.openReviewLabel(item.patientName, item.disease.name)}
          size="sm"
          fw={600}
        >
          {s.openReview}
        </Anchor>
      </Table.Td>
    </Table.Tr>
  );
}

function QueueTable({ filter, items }: { filter: QueueFilter; items: ReviewQueueItem[] }) {
  const { portal } = usePortal();
  if (items.length === 0) return <Text c="dimmed">{s.queueEmpty[filter]}</Text>;
  return (
    <ScrollTable caption={s.queueCaptions[filter]} minWidth={900}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{s.patientColumn}</Table.Th>
          <Table.Th scope="col">{s.resultColumn}</Table.Th>
          <Table.Th scope="col">{s.riskColumn}</Table.Th>
          <Table.Th scope="col">{s.categoryColumn}</Table.Th>
          <Table.Th scope="col">{s.summaryColumn}</Table.Th>
          <Table.Th scope="col">{s.sinceColumn}</Table.Th>
          <Table.Th scope="col">{s.statusColumn}</Table.Th>
          <Table.Th scope="col">{s.reviewColumn}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <QueueRow key={item.reviewId} item={item} portalPath={portal.path} />
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** The doctor's review queue: results of their patients that need review, pending or decided. */
export function ReviewQueuePage() {
  const { portal } = usePortal();
  const [filter, setFilter] = useState<QueueFilter>('pending');
  const queue = useReviewQueue(filter);
  const pendingCount = queue.data?.pendingCount;
  return (
    <Stack gap="xl">
      <PageHeader
        eyebrow={portal.title}
        title={pendingCount === undefined ? s.reviewsTitle : s.reviewsTitleWithCount(pendingCount)}
        documentTitle={s.reviewsTitle}
        description={s.reviewsIntro}
      />
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="md">
          <SegmentedControl
            aria-label={s.filterLabel}
            value={filter}
            onChange={(value) => {
              const chosen = FILTERS.find((option) => option === value);
              if (chosen) setFilter(chosen);
            }}
            data={FILTERS.map((option) => ({ value: option, label: s.filters[option] }))}
            classNames={{ input: classes.segmentInput }}
            w={{ base: '100%', xs: 'auto' }}
            style={{ alignSelf: 'flex-start' }}
          />
          {queue.data && !queue.isPlaceholderData ? (
            <QueueTable filter={filter} items={queue.data.items} />
          ) : queue.isError && !queue.isFetching ? (
            <LoadFailedAlert
              title={s.queueLoadFailed}
              detail={detailOf(queue.error)}
              retryLabel={s.retry}
              onRetry={() => void queue.refetch()}
            />
          ) : (
            <LoadingStatus label={s.queueLoading} />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
