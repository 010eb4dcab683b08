import { type InvitableRole, PASSWORD_MIN_LENGTH } from '@nexus/contracts';

/** A role within a sentence: "… join Riverside Clinic as a doctor". */
export const roleInSentence: Record<InvitableRole, string> = {
  patient: 'a patient',
  doctor: 'a doctor',
  nurse: 'a nurse',
  pharmacist: 'a pharmacist',
  dietitian: 'a dietitian',
  blood_bank_staff: 'blood bank staff',
  donor: 'a blood donor',
  org_admin: 'an administrator',
};

/** User-visible texts of signing up, verifying an address, resetting a password and invitations. */
export const accountsStrings = {
  // Shared by the forms
  emailLabel: 'E-mail address',
  nameLabel: 'Your name',
  nameDescription: 'As you would like to be addressed, e.g. Robin Patel.',
  newPasswordLabel: 'Choose a password',
  newPasswordDescription: `At least ${PASSWORD_MIN_LENGTH} characters. Several unrelated words make a strong password that is easy to remember.`,
  showPassword: 'Show password',
  emailRequired: 'Enter your e-mail address.',
  emailInvalid: 'Enter an e-mail address in the form name@example.org.',
  nameRequired: 'Enter your name.',
  passwordRequired: 'Choose a password.',
  passwordTooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  failedFallback: 'That did not work. Try again in a moment.',
  signIn: 'Sign in',
  backToSignIn: 'Back to sign-in',
  linkMissingTitle: 'This link is incomplete',
  linkMissingDetail:
    'The page was opened without the code from the e-mail. Open the link from the e-mail again, or copy the whole link into the address bar.',

  // Sign-up
  signUpTitle: 'Create an account',
  signUpIntro:
    'Patients can create their own LifeCare Nexus account. We send you an e-mail to confirm your address; your account is ready once you follow its link.',
  signUpSubmit: 'Create account',
  signUpFailedTitle: 'Your account could not be created',
  haveAccount: 'Already have an account?',
  checkEmailTitle: 'Check your e-mail',
  checkEmailSentTo: (email: string) => `We have sent a message to ${email}.`,
  checkEmailNext: 'Open the link in it to confirm your address and finish creating your account.',
  checkEmailNothing:
    'Nothing arrived after a few minutes? Look in your spam folder, check the address, or sign up again.',
  demoOutboxHint: 'This is a demo installation and sends no real e-mail. Read the message here instead:',
  openDemoOutbox: 'Open the demo mailbox',
  useAnotherAddress: 'Use another address',

  // Demo mailbox
  demoOutboxTitle: 'Demo mailbox',
  demoOutboxIntro:
    'A demo installation sends no real e-mail. Mail to the address below from the last 24 hours is shown here, newest first.',
  demoOutboxFor: (email: string) => `Mail to ${email}`,
  demoOutboxEmpty:
    'No mail to this address in the last 24 hours yet. This page checks again every few seconds.',
  demoOutboxLoading: 'Loading mail…',
  demoOutboxFailed: 'The mailbox could not be loaded.',
  demoOutboxNotDemo: 'This installation is not a demo: its e-mail goes to real mailboxes.',
  demoOutboxAddressLabel: 'Show mail to',
  demoOutboxShow: 'Show mail',
  receivedAt: (time: string) => `Received ${time}`,

  // Verify e-mail
  verifyTitle: 'Confirm your e-mail address',
  verifying: 'Confirming your address…',
  verifiedTitle: 'Your account is ready',
  verifiedDetail: (email: string) =>
    `Your address ${email} is confirmed. Sign in with it and the password you chose.`,
  verifyFailedTitle: 'Your address could not be confirmed',
  signUpAgain: 'Sign up again',

  // Forgot password
  forgotTitle: 'Forgot your password?',
  forgotIntro:
    'Enter the e-mail address of your account. We send it a link to choose a new password; the link works for 30 minutes.',
  forgotSubmit: 'Send the link',
  forgotFailedTitle: 'The link could not be sent',
  forgotSentTitle: 'Check your e-mail',
  forgotSentDetail: (email: string) =>
    `If an account uses ${email}, we have sent it a link to choose a new password. The link works for 30 minutes and only once.`,

  // Reset password
  resetTitle: 'Choose a new password',
  resetIntro:
    'Choose a new password for your account. Afterwards every device signed in to your account is signed out; you still need your second factor to sign in.',
  resetSubmit: 'Save the new password',
  resetFailedTitle: 'Your password could not be changed',
  resetDoneTitle: 'Your password has been changed',
  resetDoneDetail: (email: string) =>
    `Sign in as ${email} with your new password. You will be asked for your authenticator code, passkey or a recovery code as before.`,
  requestNewLink: 'Ask for a new link',

  // Accept invitation
  acceptTitle: 'Accept your invitation',
  acceptLoading: 'Loading your invitation…',
  acceptIntro: (organisation: string, role: string) => `You are invited to join ${organisation} as ${role}.`,
  acceptNewAccount: 'Choose a password for your new account.',
  acceptExistingAccount: (email: string) =>
    `You already have an account with ${email}. Enter its password to add this role to it.`,
  currentPasswordLabel: 'Your current password',
  currentPasswordRequired: 'Enter your password.',
  acceptSubmit: 'Accept invitation',
  acceptFailedTitle: 'The invitation could not be accepted',
  invitationUnusableTitle: 'This invitation cannot be used',
  acceptedTitle: 'Welcome',
  acceptedDetail: (organisation: string, role: string, isNewAccount: boolean) =>
    isNewAccount
      ? `Your account has been created and you are now ${role} at ${organisation}. Sign in to set up your second factor.`
      : `You are now ${role} at ${organisation}. Sign in again to use your new role.`,
};
