import type { AuditOutcome } from '@nexus/contracts';

/** User-visible texts of the account page's "Security log" section. */
export const securityLogStrings = {
  heading: 'Security log',
  intro:
    'Sign-ins and changes to how your account is protected, newest first. If you see something you did not do, change your password and tell your administrator.',
  loading: 'Loading your security log…',
  loadFailed: 'Your security log could not be loaded',
  retry: 'Try again',
  errorFallback: 'Something went wrong. Try again in a moment.',
  empty: 'Nothing has been recorded yet.',
  listLabel: 'Security events',
  showOlder: 'Show older events',
  loadingOlder: 'Loading older events…',
  ipLabel: (ip: string) => `from ${ip}`,
  byOther: 'by an administrator',
  /** Only what went wrong is marked; an event without a mark succeeded. */
  outcomes: { success: 'Succeeded', failure: 'Failed', denied: 'Refused' } satisfies Record<
    AuditOutcome,
    string
  >,
  /** What each recorded action means, in words; anything not listed is shown as recorded. */
  actions: {
    'auth.sign_in': 'Sign-in',
    'auth.password_accepted': 'Password entered',
    'auth.second_factor': 'Second step of sign-in',
    'auth.sign_out': 'Sign-out',
    'auth.session_ended': 'Session ended',
    'auth.other_sessions_ended': 'Other sessions ended',
    'auth.account_locked': 'Account locked after failed sign-ins',
    'auth.password_reset_requested': 'Password reset requested',
    'auth.password_reset': 'Password reset',
    'auth.step_up': 'Identity confirmed for a change',
    'factor.totp_enrolled': 'Authenticator app set up',
    'factor.totp_removed': 'Authenticator app removed',
    'factor.recovery_codes_generated': 'New recovery codes created',
    'factor.passkey_added': 'Passkey added',
    'factor.passkey_removed': 'Passkey removed',
    'account.registered': 'Account created',
    'account.sign_up_requested': 'Sign-up requested',
    'account.api_token_created': 'API token created',
    'account.api_token_revoked': 'API token revoked',
    'account.roles_changed': 'Roles changed',
    'account.disabled': 'Account disabled',
    'account.enabled': 'Account enabled',
    'admin.user_sessions_ended': 'Sessions ended',
  } as Record<string, string | undefined>,
};
