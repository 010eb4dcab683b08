import type { LiveNotification } from '@nexus/contracts';
import { useCallback, useState } from 'react';
import { useLiveNotifications } from './live/useLiveNotifications.ts';
import { NotificationBell } from './NotificationBell.tsx';
import { NotificationToast } from './NotificationToast.tsx';

/** The header's notifications: the bell, kept current over the WebSocket, and a message for each new one. */
export function NotificationCenter() {
  const [latest, setLatest] = useState<LiveNotification | null>(null);
  useLiveNotifications(setLatest);
  const dismiss = useCallback(() => setLatest(null), []);
  return (
    <>
      <NotificationBell />
      <NotificationToast notification={latest} onDismiss={dismiss} />
    </>
  );
}
