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
};
