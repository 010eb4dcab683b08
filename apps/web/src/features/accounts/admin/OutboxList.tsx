import { Alert, Badge, Button, Group, Loader, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import type { OutboxMail, OutboxMailStatus } from '@nexus/contracts';
import { IconInfoCircle } from '@tabler/icons-react';
import { useOutbox } from '../api/queries.ts';
import { FailureAlert } from '../FailureAlert.tsx';
import { problemDetail } from '../form-errors.ts';
import { formatDateTime, MailText } from '../MailText.tsx';
import { adminAccountsStrings as s } from './admin-accounts.strings.ts';

const STATUS_COLOURS: Record<OutboxMailStatus, string> = {
  kept: 'gray',
  queued: 'blue',
  sending: 'yellow',
  sent: 'green',
  failed: 'red',
};

function MailItem({ mail }: { mail: OutboxMail }) {
  return (
    <Paper component="li" withBorder p="md">
      <article aria-labelledby={`outbox-${mail.id}`}>
        <Group justify="space-between" align="flex-start" gap="xs" mb={4}>
          <Title
            order={3}
            fz="md"
            id={`outbox-${mail.id}`}
            style={{ overflowWrap: 'anywhere', flex: '1 1 200px' }}
          >
            {mail.subject}
          </Title>
          <Badge variant="light" color={STATUS_COLOURS[mail.status]}>
            {s.mailStatus[mail.status]}
          </Badge>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {s.to(mail.to)}
        </Text>
        <Text size="xs" c="dimmed" mb="sm">
          {formatDateTime(mail.createdAt)}
          {mail.lastError ? ` · ${s.lastError(mail.lastError)}` : ''}
        </Text>
        <Spoiler maxHeight={72} showLabel={s.showMore} hideLabel={s.showLess}>
          <MailText text={mail.text} />
        </Spoiler>
      </article>
    </Paper>
  );
}

/** The platform's mail, newest first, page by page. */
export function OutboxList() {
  const outbox = useOutbox();
  if (outbox.isPending) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{s.outboxLoading}</Text>
      </Group>
    );
  }
  if (outbox.isError)
    return <FailureAlert title={s.outboxFailed}>{problemDetail(outbox.error)}</FailureAlert>;
  const pages = outbox.data.pages;
  const mails = pages.flatMap((page) => page.mails);
  return (
    <Stack gap="md">
      <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
        {pages[0]?.isDelivering ? s.delivering : s.notDelivering}
      </Alert>
      {mails.length === 0 ? (
        <Text c="dimmed">{s.outboxEmpty}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {mails.map((mail) => (
            <MailItem key={mail.id} mail={mail} />
          ))}
        </Stack>
      )}
      {outbox.hasNextPage && (
        <Group>
          <Button
            variant="default"
            onClick={() => outbox.fetchNextPage()}
            loading={outbox.isFetchingNextPage}
          >
            {s.loadOlder}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
