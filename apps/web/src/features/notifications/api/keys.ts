/** Query keys of notifications: the signed-in user's list (it goes with the user at sign-out). */
export const notificationKeys = {
  list: ['notifications'] as const,
};
