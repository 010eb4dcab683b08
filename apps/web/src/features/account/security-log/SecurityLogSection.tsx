import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { SecurityLogEntry } from '@nexus/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError } from '../../../api/api-error.ts';
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
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden />
          <Text c="dimmed" size="sm">
            {s.loading}
          </Text>
        </Group>
      ) : log.isError && !log.data ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.loadFailed}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              {isApiError(log.error) && log.error.problem.detail ? log.error.problem.detail : s.errorFallback}
            </Text>
            <Button size="xs" variant="default" onClick={() => void log.refetch()}>
              {s.retry}
            </Button>
          </Stack>
        </Alert>
      ) : entries.length === 0 ? (
        <Text c="dimmed">{s.empty}</Text>
      ) : (
        <>
          <ul className={classes.list} aria-label={s.listLabel}>
            {entries.map((entry) => (
              <EntryItem key={entry.id} entry={entry} now={now} />
            ))}
          </ul>
          {log.hasNextPage && (
            <Button
              mt="md"
              variant="default"
              loading={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {s.showOlder}
            </Button>
          )}
          <Text size="sm" c="dimmed" aria-live="polite" mt={4}>
            {log.isFetchingNextPage ? s.loadingOlder : ''}
          </Text>
        </>
      )}
    </Paper>
  );
}
