import type { OrganisationKind, Role } from '@nexus/contracts';

/** User-visible texts shared by every portal. */
export const portalStrings = {
  homeNav: 'Home',
  accountNav: 'Account',
  greeting: (name: string) => `Welcome, ${name}`,
  roleAt: (role: string, organisation: string) => `${role} at ${organisation}`,
  purposeHeading: 'What this portal is for',
  rolesHeading: 'Your roles in this portal',
  organisationColumn: 'Organisation',
  kindColumn: 'Type',
  roleColumn: 'Role',
  chooseTitle: 'Choose a portal',
  chooseIntro:
    'You have more than one role. Choose where you want to work; you can switch at any time from the header.',
  openPortal: (title: string) => `Open the ${title.toLowerCase()}`,
  noMembershipTitle: 'No role yet',
  noMembershipDetail:
    "Your account is not a member of any organisation yet. Ask your organisation's administrator to give you a role, then sign in again.",
  noAccessTitle: 'This portal is not available to you',
  noAccessDetail: (title: string) =>
    `The ${title.toLowerCase()} is for other roles than yours. Choose one of your portals instead.`,
  goToStart: 'Go to your start page',
  navigationFooter: 'Signed in for',
};

export const roleLabels: Record<Role, string> = {
  patient: 'Patient',
  doctor: 'Doctor',
  nurse: 'Nurse',
  pharmacist: 'Pharmacist',
  dietitian: 'Dietitian',
  blood_bank_staff: 'Blood bank staff',
  donor: 'Blood donor',
  org_admin: 'Organisation administrator',
  platform_admin: 'Platform administrator',
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  clinic: 'Clinic',
  hospital: 'Hospital',
  pharmacy: 'Pharmacy',
  blood_bank: 'Blood bank',
};
