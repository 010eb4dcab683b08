/** Query keys of the session feature. The session survives sign-out clean-up; everything else is dropped. */
export const sessionKeys = {
  session: ['session'] as const,
  platform: ['platform'] as const,
  signOut: ['session', 'sign-out'] as const,
};

/** Queries that hold no one's data and so survive a change of user. */
export const isSessionScopedKey = (queryKey: readonly unknown[]): boolean =>
  queryKey[0] === sessionKeys.session[0] || queryKey[0] === sessionKeys.platform[0];
