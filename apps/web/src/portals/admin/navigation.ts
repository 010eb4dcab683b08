import {
  IconApi,
  IconFileImport,
  IconHome,
  IconListCheck,
  IconMailbox,
  IconMailForward,
  IconShieldCog,
  IconUrgent,
  IconUsersGroup,
} from '@tabler/icons-react';
import { accessStrings } from '../../features/access/access.strings.ts';
import { adminAccountsStrings } from '../../features/accounts/admin/admin-accounts.strings.ts';
import { auditStrings } from '../../features/audit/audit.strings.ts';
import { fhirImportStrings } from '../../features/fhir-import/fhir-import.strings.ts';
import { membersStrings } from '../../features/members/members.strings.ts';
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
    {
      kind: 'page',
      id: 'members',
      path: 'members',
      label: membersStrings.nav,
      icon: IconUsersGroup,
      load: () => import('../../features/members/MembersPage.tsx').then((module) => module.MembersPage),
    },
    {
      kind: 'page',
      id: 'invitations',
      path: 'invitations',
      label: adminAccountsStrings.invitationsNav,
      icon: IconMailForward,
      roles: ['org_admin'],
      load: () => import('./InvitationsPage.tsx').then((module) => module.InvitationsPage),
    },
    {
      kind: 'page',
      id: 'outbox',
      path: 'outbox',
      label: adminAccountsStrings.outboxNav,
      icon: IconMailbox,
      roles: ['platform_admin'],
      load: () => import('./OutboxPage.tsx').then((module) => module.OutboxPage),
    },
    {
      kind: 'page',
      id: 'break-glass-alerts',
      path: 'emergency-alerts',
      label: accessStrings.alertsNav,
      icon: IconUrgent,
      roles: ['org_admin'],
      load: () =>
        import('../../features/access/alerts/BreakGlassAlertsPage.tsx').then(
          (module) => module.BreakGlassAlertsPage,
        ),
    },
    {
      kind: 'page',
      id: 'record-imports',
      path: 'record-imports',
      label: fhirImportStrings.nav,
      icon: IconFileImport,
      roles: ['org_admin'],
      load: () =>
        import('../../features/fhir-import/ImportRecordsPage.tsx').then((module) => module.ImportRecordsPage),
    },
    {
      kind: 'page',
      id: 'audit',
      path: 'audit',
      label: auditStrings.nav,
      icon: IconListCheck,
      roles: ['platform_admin'],
      load: () => import('../../features/audit/AuditLogPage.tsx').then((module) => module.AuditLogPage),
    },
    { kind: 'external', id: 'api-docs', href: '/api/docs', label: adminStrings.apiDocsNav, icon: IconApi },
    accountEntry,
  ],
});
