import { Badge, Paper, Text, Title } from '@mantine/core';
import type { AccessLogEntry } from '@nexus/contracts';
import { IconUrgent } from '@tabler/icons-react';
import { roleLabels } from '../../../portals/shared/portal.strings.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { ShowOlder } from '../../shell/ShowOlder.tsx';
import classes from '../Access.module.css';
import { accessStrings as s } from '../access.strings.ts';
import { formatFull, formatWhen } from '../access-times.ts';
import { useAccessLog } from '../api/queries.ts';
import { detailOf } from '../problem-detail.ts';

function EntryItem({ entry }: { entry: AccessLogEntry }) {
  const who = entry.actor.displayName ?? s.unknownPerson;
  const role = entry.actor.role ? roleLabels[entry.actor.role] : null;
  return (
    <li className={`${classes.item} ${entry.isBreakGlass ? classes.emergency : ''}`}>
      <div className={classes.who}>
        <div className={classes.line}>
          <Text fw={600} component="span">
            {role ? `${who}, ${role.toLowerCase()}` : who}
          </Text>
          {entry.isBreakGlass && (
            <Badge
              variant="filled"
              color="red.9"
              tt="none"
              size="sm"
              leftSection={<IconUrgent size={12} aria-hidden />}
            >
              {s.emergencyBadge}
            </Badge>
          )}
          {entry.outcome !== 'success' && (
            <Badge variant="outline" color="red.9" tt="none" size="sm">
              {s.outcomes[entry.outcome] ?? entry.outcome}
            </Badge>
          )}
        </div>
        <Text size="sm">{s.actionOf(entry.action)}</Text>
        <Text size="sm" c="dimmed">
          <time dateTime={entry.occurredAt} title={formatFull(entry.occurredAt)}>
            {formatWhen(entry.occurredAt)}
          </time>
        </Text>
      </div>
    </li>
  );
}

/** "Who looked at your record": everyone else's accesses, newest first, emergency access flagged. */
export function AccessLogSection({ patientId }: { patientId: string }) {
  const log = useAccessLog(patientId);
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sharing-access-log">
      <Title order={2} fz="lg" mb="xs" id="sharing-access-log">
        {s.logHeading}
      </Title>
      <Text mb="md">{s.logIntro}</Text>
      {log.isPending ? (
        <LoadingStatus label={s.logLoading} />
      ) : log.isError && !log.data ? (
        <LoadFailedAlert
          title={s.logLoadFailed}
          detail={detailOf(log.error)}
          retryLabel={s.retry}
          onRetry={() => void log.refetch()}
        />
      ) : entries.length === 0 ? (
        <Text c="dimmed">{s.logEmpty}</Text>
      ) : (
        <>
          <ul className={classes.list} aria-label={s.logListLabel}>
            {entries.map((entry) => (
              <EntryItem key={entry.id} entry={entry} />
            ))}
          </ul>
          <ShowOlder
            hasMore={log.hasNextPage}
            isLoading={log.isFetchingNextPage}
            onShowOlder={() => void log.fetchNextPage()}
            label={s.showOlder}
            loadingLabel={s.loadingOlder}
          />
        </>
      )}
    </Paper>
  );
}
