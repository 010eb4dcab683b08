/** User-visible texts of signing in and out. */
export const sessionStrings = {
  pageTitle: 'Sign in',
  heading: 'Sign in',
  intro: 'Welcome to LifeCare Nexus. Sign in with your account to continue.',
  emailLabel: 'E-mail address',
  passwordLabel: 'Password',
  showPassword: 'Show password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  emailRequired: 'Enter your e-mail address.',
  emailInvalid: 'Enter an e-mail address in the form name@example.org.',
  passwordRequired: 'Enter your password.',
  failedTitle: 'Sign-in failed',
  failedFallback: 'Signing in did not work. Try again in a moment.',
  expiredTitle: 'Your session has ended',
  expiredDetail: 'For your security you were signed out. Sign in again to carry on where you were.',
  demoTitle: 'Demo installation',
  demoDetail:
    'This server runs with demo data. Its demo accounts and their shared password are printed in the server console when it starts. Choose one to fill in its e-mail address:',
  signOutFailedTitle: 'Signing out did not work',
  signOutFailedFallback: 'Signing out did not complete. Check your connection and try again.',
  loading: 'Loading LifeCare Nexus…',
  forgotPassword: 'Forgot your password?',
  noAccount: 'New to LifeCare Nexus?',
  createAccount: 'Create an account',

  // The second step: a second factor
  verifyTitle: 'Two-step verification',
  verifyHeading: 'Two-step verification',
  signingInAs: (email: string) => `Signing in as ${email}.`,
  totpIntro: 'Open your authenticator app and enter the code it shows for LifeCare Nexus.',
  recoveryIntro:
    'Enter one of the recovery codes you saved when you set up two-step verification. Each code works once.',
  passkeyIntro: 'Use the passkey on this device, on your phone or on your security key.',
  usePasskey: 'Use a passkey',
  useRecoveryCode: 'Use a recovery code',
  useAuthenticatorApp: 'Use your authenticator app',
  otherWays: 'Other ways to verify',
  startAgainPrompt: 'Not your account?',
  startAgain: 'Start again',
  timedOutTitle: 'Your sign-in timed out',
  timedOutDetail:
    'For your security, the second step has to be done within 10 minutes of entering your password. Enter your password again.',
  signingIn: 'Signing you in…',

  // Enrolment: an account without a second factor sets up an authenticator app
  enrolTitle: 'Set up two-step verification',
  enrolHeading: 'Set up two-step verification',
  enrolWhy:
    'LifeCare Nexus asks everyone for two proofs of who they are: your password, and a code from an authenticator app on your phone. That keeps health records safe even when a password is guessed or stolen.',
  enrolNow: 'Set up an app now to finish signing in. It takes about two minutes.',
  recoveryCodesTitle: 'Save your recovery codes',
  continueToApp: 'Continue to LifeCare Nexus',
};
