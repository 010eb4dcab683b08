import { Text, ThemeIcon } from '@mantine/core';
import type { TimelineEntry, TimelineKind } from '@nexus/contracts';
import {
  IconAlertTriangle,
  IconCalendarEvent,
  IconClipboardList,
  IconFileText,
  IconFlask,
  IconHeartbeat,
  IconPill,
  IconReportMedical,
  IconStethoscope,
  IconVaccine,
  IconVirus,
  type TablerIcon,
} from '@tabler/icons-react';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { ShowOlder } from '../../shell/ShowOlder.tsx';
import { useTimeline } from '../api/queries.ts';
import { FlagBadge } from '../display/FlagBadge.tsx';
import { detailOf } from '../problem-detail.ts';
import { formatRecordDateTime } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import classes from './Timeline.module.css';
import { timelineStrings as s } from './timeline.strings.ts';

const KIND_ICONS: Record<TimelineKind, TablerIcon> = {
  encounter: IconCalendarEvent,
  condition: IconVirus,
  observation: IconFlask,
  report: IconReportMedical,
  procedure: IconStethoscope,
  immunization: IconVaccine,
  medication: IconPill,
  allergy: IconAlertTriangle,
  document: IconFileText,
  questionnaire: IconClipboardList,
  'care-plan': IconHeartbeat,
};

function EntryItem({ entry }: { entry: TimelineEntry }) {
  const Icon = KIND_ICONS[entry.kind];
  return (
    <li className={classes.entry}>
      <ThemeIcon variant="light" size={32} radius="xl" className={classes.icon} aria-hidden>
        <Icon size={18} stroke={1.7} />
      </ThemeIcon>
      <div className={classes.body}>
        <Text size="sm" c="dimmed">
          <time dateTime={entry.date}>{formatRecordDateTime(entry.date)}</time>
          {' · '}
          {recordsStrings.timelineKinds[entry.kind]}
        </Text>
        <div className={classes.line}>
          <Text component="span" className={classes.title}>
            {entry.title}
          </Text>
          {entry.flag && <FlagBadge flag={entry.flag} />}
        </div>
        {entry.detail && <Text size="sm">{entry.detail}</Text>}
      </div>
    </li>
  );
}

type TimelineListProps = {
  patientId: string;
  /** Only these kinds; every kind when empty. */
  kinds: readonly TimelineKind[];
  listLabel?: string;
  emptyText?: string;
};

/** The record's events, newest first, with "Show older" to page back. */
export function TimelineList({
  patientId,
  kinds,
  listLabel = s.listLabel,
  emptyText = s.empty,
}: TimelineListProps) {
  const timeline = useTimeline(patientId, kinds);
  if (timeline.isPending) return <LoadingStatus label={s.loading} />;
  if (timeline.isError && !timeline.data) {
    return (
      <LoadFailedAlert
        title={s.loadFailed}
        detail={detailOf(timeline.error)}
        retryLabel={recordsStrings.retry}
        onRetry={() => void timeline.refetch()}
      />
    );
  }
  const entries = timeline.data?.pages.flatMap((page) => page.entries) ?? [];
  if (entries.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <>
      <ol className={classes.list} aria-label={listLabel}>
        {entries.map((entry) => (
          <EntryItem key={`${entry.reference}:${entry.date}`} entry={entry} />
        ))}
      </ol>
      <ShowOlder
        hasMore={timeline.hasNextPage}
        isLoading={timeline.isFetchingNextPage}
        onShowOlder={() => void timeline.fetchNextPage()}
        label={s.showOlder}
        loadingLabel={s.loadingOlder}
      />
    </>
  );
}
