import { NotificationList } from '@nexus/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { notificationKeys } from './keys.ts';

/**
 * How often the list is asked for again without a live connection's news: the WebSocket refreshes it
 * at once, this only catches what a lost connection missed.
 */
const REFRESH_MS = 5 * 60_000;

/** The signed-in user's notifications, newest first, with how many are unread. */
export const useNotifications = () =>
  useQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ signal }) => apiClient.json('/api/v1/notifications', NotificationList, { signal }),
    refetchInterval: REFRESH_MS,
  });
