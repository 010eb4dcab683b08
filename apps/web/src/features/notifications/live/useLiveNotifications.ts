import type { LiveNotification } from '@nexus/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { notificationKeys } from '../api/keys.ts';
import { connectLiveNotifications, liveSocketUrl } from './live-socket.ts';

/**
 * Listens for the signed-in user's new notifications while mounted: refreshes the list on each, and
 * after a reconnect (something may have been missed). When the server ends the socket because the
 * session ended, the list is asked for again: its 401 takes the app to the sign-in page like any other.
 */
export function useLiveNotifications(onNotification: (notification: LiveNotification) => void): void {
  const queryClient = useQueryClient();
  const latest = useRef(onNotification);
  latest.current = onNotification;

  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.list });
    return connectLiveNotifications({
      url: liveSocketUrl(window.location),
      onNotification: (notification) => {
        refresh();
        latest.current(notification);
      },
      onConnected: (isReconnect) => {
        if (isReconnect) refresh();
      },
      onSessionEnded: refresh,
    });
  }, [queryClient]);
}
