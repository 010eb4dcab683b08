/** User-visible texts shared by signing in and the account page: codes, the authenticator app, recovery codes. */
export const securityStrings = {
  codeLabel: 'Authentication code',
  codeDescription: 'The 6-digit code your authenticator app shows now.',
  codeInvalid: 'Enter the 6-digit code from your authenticator app.',
  recoveryCodeLabel: 'Recovery code',
  recoveryCodeDescription: 'One of the recovery codes you saved when you set up two-step verification.',
  recoveryCodeInvalid: 'Enter one of your recovery codes, for example abcd-efgh-2345-wxyz.',
  verify: 'Verify',
  errorTitle: 'That did not work',
  errorFallback: 'Something went wrong. Try again in a moment.',
  wrongTotpCode:
    'That code is not right. Check that the time on your phone is set automatically, then enter the code your app shows now.',
  wrongRecoveryCode:
    'That recovery code is not right, or it has been used already. Each recovery code works once.',
  wrongPasskey: 'The passkey could not be verified. Try again, or use another way.',
  totpCodeUsed: 'That code has been used already. Wait until your app shows the next code, then enter it.',
  tooManyAttempts: 'Too many attempts. Wait a few minutes, then try again.',
  passkeyCancelled: 'The passkey was not used. Try again, or use another way.',
  passkeyUnsupported: 'This browser cannot use passkeys. Use another way, or another browser.',
  passkeyFailed: 'The passkey did not work. Try again, or use another way.',
  passkeyAlreadyRegistered: 'This passkey is registered with your account already.',

  // Setting up an authenticator app
  setupLoading: 'Preparing your authenticator app setup…',
  setupLoadFailed: 'The setup could not be started',
  setupRetry: 'Try again',
  setupStepApp:
    'Install an authenticator app on your phone if you do not have one, for example Google Authenticator, Microsoft Authenticator, Aegis or FreeOTP.',
  setupStepScan: 'In the app, add an account and scan this QR code:',
  setupStepCode: 'Enter the 6-digit code the app now shows for LifeCare Nexus.',
  qrAlt: 'QR code for your authenticator app',
  manualKeyIntro: 'Cannot scan? Enter this setup key in the app instead (time-based):',
  manualKeyLabel: 'Setup key',
  copyKey: 'Copy setup key',
  copiedKey: 'Setup key copied',

  // Recovery codes
  recoveryCodesHeading: 'Save your recovery codes',
  recoveryCodesIntro:
    'If you lose your phone, each of these codes lets you sign in once instead of a code from your app. Keep them somewhere safe, such as a password manager or a printout at home.',
  recoveryCodesOnce: 'This is the only time they are shown. Codes from before no longer work.',
  recoveryCodesListLabel: 'Your recovery codes',
  download: 'Download',
  copy: 'Copy',
  copied: 'Copied',
  savedCheckbox: 'I have saved my recovery codes',
  savedRequired: 'Confirm that you have saved your recovery codes before you continue.',
  continue: 'Continue',
  recoveryCodesFileName: 'lifecare-nexus-recovery-codes.txt',
  recoveryCodesFile: (email: string, codes: readonly string[], createdAt: Date) =>
    [
      'LifeCare Nexus recovery codes',
      `Account: ${email}`,
      `Created: ${createdAt.toISOString().slice(0, 10)}`,
      '',
      'Each code signs you in once instead of a code from your authenticator app.',
      'Keep this file somewhere safe. Codes from earlier sets no longer work.',
      '',
      ...codes,
      '',
    ].join('\n'),
};
