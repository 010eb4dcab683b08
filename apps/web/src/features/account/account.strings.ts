/** User-visible texts of the account page. */
export const accountStrings = {
  title: 'Your account',
  intro: 'What LifeCare Nexus knows about your account, and where you hold a role.',
  profileHeading: 'Profile',
  nameLabel: 'Name',
  emailLabel: 'E-mail address',
  idLabel: 'Account ID',
  membershipsHeading: 'Organisations and roles',
  organisationColumn: 'Organisation',
  kindColumn: 'Type',
  roleColumn: 'Role',
  noMemberships: 'You do not hold a role in any organisation yet.',
  sessionHeading: 'Signing out',
  sessionIntro: 'Sign out when you have finished, especially on a shared or public computer.',
  signOut: 'Sign out',
  sessionsHeading: 'Your sessions',
  sessionsIntro:
    'Where your account is signed in right now. If you do not recognise a device, end its session and tell your administrator.',
  sessionsLoading: 'Loading your sessions…',
  sessionsLoadFailed: 'Your sessions could not be loaded',
  sessionsRetry: 'Try again',
  thisDevice: 'This device',
  ipLabel: 'IP address',
  ipUnknown: 'Not recorded',
  signedInLabel: 'Signed in',
  lastActiveLabel: 'Last active',
  justNow: 'Just now',
  onlyThisDevice: 'You are not signed in anywhere else.',
  endSession: 'End',
  endSessionLabel: (device: string) => `End session on ${device}`,
  endOthers: 'End all other sessions',
  cancel: 'Cancel',
  confirmEndTitle: 'End this session?',
  confirmEndBody: (device: string) =>
    `LifeCare Nexus on ${device} will be signed out. Whoever uses it there has to sign in again.`,
  confirmEnd: 'End session',
  confirmEndOthersTitle: 'End all other sessions?',
  confirmEndOthersBody: (count: number) =>
    `${count === 1 ? 'Your other session' : `Your ${count} other sessions`} will be signed out. You stay signed in on this device.`,
  confirmEndOthers: 'End other sessions',
  sessionEnded: (device: string) => `The session on ${device} has ended.`,
  othersEnded: (count: number) =>
    count === 0
      ? 'There were no other sessions to end.'
      : count === 1
        ? '1 other session has ended.'
        : `${count} other sessions have ended.`,
  endFailed: 'The session could not be ended',
  endOthersFailed: 'The other sessions could not be ended',
  errorFallback: 'Something went wrong. Try again in a moment.',
};
