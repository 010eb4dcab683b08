/** Query keys of the account feature. All of them hold the user's data, so sign-out drops them. */
export const accountKeys = {
  all: ['account'] as const,
  sessions: ['account', 'sessions'] as const,
};
