import { IconApi, IconHome, IconShieldCog } from '@tabler/icons-react';
import { accountEntry } from '../shared/common-entries.ts';
import { portalStrings } from '../shared/portal.strings.ts';
import { definePortal } from '../shared/portal.types.ts';
import { adminStrings } from './admin.strings.ts';

export const adminPortal = definePortal({
  id: 'admin',
  path: '/admin',
  roles: ['org_admin', 'platform_admin'],
  title: adminStrings.title,
  purpose: adminStrings.purpose,
  scope: adminStrings.scope,
  icon: IconShieldCog,
  navigation: [
    {
      kind: 'page',
      id: 'home',
      path: '',
      label: portalStrings.homeNav,
      icon: IconHome,
      load: () => import('./AdminHomePage.tsx').then((module) => module.AdminHomePage),
    },
    { kind: 'external', id: 'api-docs', href: '/api/docs', label: adminStrings.apiDocsNav, icon: IconApi },
    accountEntry,
  ],
});
