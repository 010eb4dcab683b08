/** Query keys of the accounts feature. */
export const accountsKeys = {
  all: ['accounts'] as const,
  invitations: (organisationId: string) => ['accounts', 'invitations', organisationId] as const,
  outbox: ['accounts', 'outbox'] as const,
  /** The demo's mail to one address; public data, not a user's. */
  demoOutbox: (to: string) => ['accounts', 'demo-outbox', to] as const,
  invitationLookup: (token: string) => ['accounts', 'invitation-lookup', token] as const,
};
