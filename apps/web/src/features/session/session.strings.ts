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
};
