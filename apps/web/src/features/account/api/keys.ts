/** Query keys of the account feature. All of them hold the user's data, so sign-out drops them. */
export const accountKeys = {
  all: ['account'] as const,
  sessions: ['account', 'sessions'] as const,
  security: ['account', 'security'] as const,
  apiTokens: ['account', 'api-tokens'] as const,
  securityLog: ['account', 'security-log'] as const,
};
