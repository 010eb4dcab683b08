/** User-visible texts of the account page's "Two-step verification" section and its step-up dialog. */
export const accountSecurityStrings = {
  heading: 'Two-step verification',
  intro:
    'Signing in takes your password and a second proof that it is you: a code from your authenticator app, or a passkey. Recovery codes get you in if you lose your phone.',
  loading: 'Loading your sign-in methods…',
  loadFailed: 'Your sign-in methods could not be loaded',
  retry: 'Try again',
  errorFallback: 'Something went wrong. Try again in a moment.',
  cancel: 'Cancel',
  close: 'Close',

  appHeading: 'Authenticator app',
  appOn: (since: string) => `On since ${since}.`,
  appOff: 'Not set up. An authenticator app on your phone shows a new 6-digit code every 30 seconds.',
  setUpApp: 'Set up authenticator app',
  replaceApp: 'Replace authenticator app',
  removeApp: 'Remove authenticator app',
  setupDialogTitle: 'Set up your authenticator app',
  replaceNote: 'Your current app keeps working until the new one is confirmed.',
  appSetUp: 'Your authenticator app is set up.',
  confirmRemoveAppTitle: 'Remove the authenticator app?',
  confirmRemoveAppBody:
    'You will then verify sign-ins with a passkey or a recovery code. Codes from the app stop working.',
  confirmRemoveApp: 'Remove app',
  appRemoved: 'The authenticator app has been removed.',
  removeAppFailed: 'The authenticator app could not be removed',
  setupFailed: 'The authenticator app could not be set up',

  recoveryHeading: 'Recovery codes',
  recoveryLeft: (count: number) => (count === 1 ? '1 recovery code left.' : `${count} recovery codes left.`),
  recoveryNone:
    'You have no recovery codes left. Create new ones, so you can still sign in if you lose your phone.',
  recoveryLow: 'You are running low: create new ones soon.',
  regenerate: 'Create new recovery codes',
  confirmRegenerateTitle: 'Create new recovery codes?',
  confirmRegenerateBody:
    'You get ten new codes to save. The recovery codes you have now stop working at once.',
  confirmRegenerate: 'Create new codes',
  newCodesDialogTitle: 'Your new recovery codes',
  codesDone: 'Done',
  codesCreated: 'Your new recovery codes are in force. The old ones no longer work.',
  regenerateFailed: 'New recovery codes could not be created',

  passkeysHeading: 'Passkeys',
  passkeysIntro:
    'A passkey lets you verify with your fingerprint, your face or your device PIN, or with a security key, instead of typing a code.',
  noPasskeys: 'You have no passkeys yet.',
  passkeyAdded: (date: string) => `Added ${date}`,
  passkeyLastUsed: (date: string) => `last used ${date}`,
  passkeyNeverUsed: 'not used yet',
  removePasskey: 'Remove',
  removePasskeyLabel: (name: string) => `Remove passkey ${name}`,
  confirmRemovePasskeyTitle: 'Remove this passkey?',
  confirmRemovePasskeyBody: (name: string) => `The passkey “${name}” will no longer let you sign in.`,
  confirmRemovePasskey: 'Remove passkey',
  passkeyRemoved: (name: string) => `The passkey “${name}” has been removed.`,
  removePasskeyFailed: 'The passkey could not be removed',
  addPasskeyHeading: 'Add a passkey',
  passkeyNameLabel: 'Passkey name',
  passkeyNameDescription:
    'So you can tell your passkeys apart, for example “Work laptop” or “Blue security key”.',
  passkeyNameRequired: 'Give the passkey a name.',
  addPasskey: 'Add passkey',
  passkeyAddedMessage: (name: string) => `The passkey “${name}” has been added.`,
  addPasskeyFailed: 'The passkey could not be added',
  lastFactor:
    'Two-step verification needs at least one authenticator app or passkey. Add another one before you remove this.',

  stepUpTitle: 'Confirm it is you',
  stepUpIntro:
    'For your security, confirm with a code from your authenticator app before you make this change.',
  stepUpRecoveryIntro:
    'For your security, confirm with one of your recovery codes before you make this change.',
  stepUpUseRecovery: 'Use a recovery code instead',
  stepUpUseApp: 'Use your authenticator app instead',
  stepUpPasskeyIntro: 'For your security, confirm with one of your passkeys before you make this change.',
  stepUpOr: 'or',
  stepUpUsePasskey: 'Use a passkey',
  stepUpConfirm: 'Confirm',
};
