import { Badge, Paper, Text, Title } from '@mantine/core';
import type { SecurityLogEntry } from '@nexus/contracts';
import { isApiError } from '../../../api/api-error.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { ShowOlder } from '../../shell/ShowOlder.tsx';
import { useSecurityLog } from '../api/queries.ts';
import { formatFullMoment, formatMoment } from '../sessions/session-times.ts';
import { useNow } from '../sessions/useNow.ts';
import classes from './SecurityLog.module.css';
import { securityLogStrings as s } from './security-log.strings.ts';

const labelOf = (action: string) => s.actions[action] ?? action;

function EntryItem({ entry, now }: { entry: SecurityLogEntry; now: Date }) {
  const details = [
    entry.sourceIp ? s.ipLabel(entry.sourceIp) : null,
    entry.byOther ? s.byOther : null,
  ].filter(Boolean);
  return (
    <li className={classes.item}>
      <div className={classes.what}>
        <Text fw={600} component="span">
          {labelOf(entry.action)}
        </Text>
        {entry.outcome !== 'success' && (
          // red.9 keeps white text above 4.5:1 in both colour schemes.
          <Badge variant="filled" color="red.9" tt="none" size="sm">
            {s.outcomes[entry.outcome]}
          </Badge>
        )}
      </div>
      <Text size="sm" c="dimmed">
        <time dateTime={entry.occurredAt} title={formatFullMoment(entry.occurredAt)}>
          {formatMoment(entry.occurredAt, now)}
        </time>
        {details.length > 0 && ` · ${details.join(' · ')}`}
      </Text>
    </li>
  );
}

/** "Security log": the user's own sign-ins and security changes, newest first, older ones on request. */
export function SecurityLogSection() {
  const log = useSecurityLog();
  const now = useNow(60_000);
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="account-security-log">
      <Title order={2} fz="lg" mb="xs" id="account-security-log">
        {s.heading}
      </Title>
      <Text mb="md">{s.intro}</Text>
      {log.isPending ? (
        <LoadingStatus label={s.loading} />
      ) : log.isError && !log.data ? (
        <LoadFailedAlert
          title={s.loadFailed}
          detail={
            isApiError(log.error) && log.error.problem.detail ? log.error.problem.detail : s.errorFallback
          }
          retryLabel={s.retry}
          onRetry={() => void log.refetch()}
        />
      ) : entries.length === 0 ? (
        <Text c="dimmed">{s.empty}</Text>
      ) : (
        <>
          <ul className={classes.list} aria-label={s.listLabel}>
            {entries.map((entry) => (
              <EntryItem key={entry.id} entry={entry} now={now} />
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
