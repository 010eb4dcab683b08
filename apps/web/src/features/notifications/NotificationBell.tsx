import {
  ActionIcon,
  Indicator,
  Popover,
  Stack,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import type { NotificationItem } from '@nexus/contracts';
import { IconBell } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { formatFullMoment, formatTimeAgo } from '../account/sessions/session-times.ts';
import { LoadFailedAlert } from '../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../shell/LoadingStatus.tsx';
import { useMarkNotificationRead } from './api/mutations.ts';
import { useNotifications } from './api/queries.ts';
import classes from './NotificationBell.module.css';
import { notificationStrings as s } from './notifications.strings.ts';

/** A path in this app: links from the server are, but a link is opened only if it is one. */
export const isAppPath = (link: string | null): link is string =>
  typeof link === 'string' && link.startsWith('/') && !link.startsWith('//') && !link.includes('\\');

type ItemProps = { item: NotificationItem; onOpen: (item: NotificationItem) => void };

function NotificationEntry({ item, onOpen }: ItemProps) {
  const isUnread = item.readAt === null;
  const content = (
    <>
      <Text size="sm" fw={isUnread ? 600 : 400} className={classes.title}>
        {isUnread && <span className={classes.unreadDot} aria-hidden />}
        {isUnread && <VisuallyHidden>{`${s.unread}: `}</VisuallyHidden>}
        {item.title}
      </Text>
      <Text size="xs" c="dimmed" title={formatFullMoment(item.createdAt)}>
        {formatTimeAgo(item.createdAt, new Date())}
      </Text>
    </>
  );
  return (
    <li>
      {isAppPath(item.link) ? (
        <UnstyledButton
          component={Link}
          to={item.link}
          onClick={() => onOpen(item)}
          className={classes.entry}
        >
          {content}
        </UnstyledButton>
      ) : (
        <UnstyledButton onClick={() => onOpen(item)} className={classes.entry}>
          {content}
        </UnstyledButton>
      )}
    </li>
  );
}

/** The bell in the header: how many notifications are unread, and the list; opening one marks it read. */
export function NotificationBell() {
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const [isOpen, setOpen] = useState(false);
  const headingId = useId();
  const unread = notifications.data?.unreadCount ?? 0;

  const open = (item: NotificationItem) => {
    if (item.readAt === null) markRead.mutate(item.id);
    setOpen(false);
  };

  return (
    <Popover opened={isOpen} onChange={setOpen} position="bottom-end" width={360} shadow="md" trapFocus>
      {/* The target is the button itself: the popover's aria-haspopup/expanded belong on it, not on the badge's div. */}
      <Indicator
        label={<span aria-hidden>{unread > 99 ? '99+' : unread}</span>}
        disabled={unread === 0}
        size={18}
        offset={6}
        color="red"
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={s.bellLabel(unread)}
            onClick={() => setOpen((wasOpen) => !wasOpen)}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown aria-labelledby={headingId} p="xs">
        <Title order={2} fz="md" px="xs" py={6} id={headingId}>
          {s.heading}
        </Title>
        {notifications.isPending ? (
          <LoadingStatus label={s.loading} />
        ) : notifications.isError ? (
          <LoadFailedAlert
            title={s.loadFailed}
            detail={s.errorFallback}
            retryLabel={s.retry}
            onRetry={() => void notifications.refetch()}
          />
        ) : notifications.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" px="xs" py="sm">
            {s.empty}
          </Text>
        ) : (
          <Stack component="ul" gap={2} className={classes.list}>
            {notifications.data.items.map((item) => (
              <NotificationEntry key={item.id} item={item} onOpen={open} />
            ))}
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
