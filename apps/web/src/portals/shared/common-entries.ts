import { IconHome, IconUserCircle } from '@tabler/icons-react';
import { portalStrings } from './portal.strings.ts';
import type { NavPageEntry } from './portal.types.ts';

/** Every portal's start page: greeting, the user's roles here, and what the portal is for. */
export const homeEntry: NavPageEntry = {
  kind: 'page',
  id: 'home',
  path: '',
  label: portalStrings.homeNav,
  icon: IconHome,
  load: () => import('./PortalHomePage.tsx').then((module) => module.PortalHomePage),
};

/** Every portal's account page: the signed-in user's profile and memberships. */
export const accountEntry: NavPageEntry = {
  kind: 'page',
  id: 'account',
  path: 'account',
  label: portalStrings.accountNav,
  icon: IconUserCircle,
  load: () => import('../../features/account/AccountPage.tsx').then((module) => module.AccountPage),
};
