import { type PushSubscriptionRequest, VapidPublicKey } from '@nexus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { notificationKeys } from './keys.ts';

/** Marks a notification read. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      apiClient.empty(`/api/v1/notifications/${encodeURIComponent(notificationId)}/read`, {
        method: 'POST',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.list }),
  });
}

/** The platform's VAPID public key, which a browser subscribes with. */
export const fetchVapidPublicKey = async (): Promise<string> =>
  (await apiClient.json('/api/v1/push/vapid-public-key', VapidPublicKey)).publicKey;

/** Tells the server to send the user's notifications to this browser's push subscription. */
export const registerPushSubscription = (subscription: PushSubscriptionRequest) =>
  apiClient.empty('/api/v1/push/subscriptions', { method: 'POST', body: subscription });

/** Tells the server to stop sending to this browser's endpoint. */
export const unregisterPushSubscription = (endpoint: string) =>
  apiClient.empty('/api/v1/push/subscriptions', { method: 'DELETE', body: { endpoint } });
