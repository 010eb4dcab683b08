import { Anchor, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import type { LiveNotification } from '@nexus/contracts';
import { IconBell } from '@tabler/icons-react';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { Link } from 'react-router';
import { isAppPath } from './NotificationBell.tsx';
import classes from './NotificationToast.module.css';
import { notificationStrings as s } from './notifications.strings.ts';

/** Long enough to read and reach with the keyboard; the bell keeps it afterwards. */
const SHOWN_MS = 10_000;

type NotificationToastProps = {
  notification: LiveNotification | null;
  onDismiss: () => void;
};

/**
 * The newest notification while the app is open, as a status message in a polite live region that is
 * always there (so screen readers announce what appears in it): read out without taking the focus
 * away from what the user is doing, and gone after a few seconds.
 */
export function NotificationToast({ notification, onDismiss }: NotificationToastProps) {
  useEffect(() => {
    if (!notification) return;
    const timer = setTimeout(onDismiss, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notification, onDismiss]);

  // In <body>: the header it is declared in may be a containing block for fixed elements (transforms).
  return createPortal(
    <div aria-live="polite" aria-atomic="true" className={classes.region}>
      {notification && (
        <Paper role="status" withBorder shadow="md" p="sm" className={classes.toast}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconBell size={20} aria-hidden className={classes.icon} />
            <Stack gap={4} style={{ flex: 1 }}>
              <Text size="xs" c="dimmed" fw={500}>
                {s.newNotification}
              </Text>
              <Text size="sm" fw={500}>
                {notification.title}
              </Text>
              {isAppPath(notification.link) && (
                <Anchor component={Link} to={notification.link} size="sm" onClick={onDismiss}>
                  {s.open}
                </Anchor>
              )}
            </Stack>
            <CloseButton aria-label={s.dismiss} onClick={onDismiss} size="sm" />
          </Group>
        </Paper>
      )}
    </div>,
    document.body,
  );
}
