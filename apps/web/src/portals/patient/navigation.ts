import { IconHeartHandshake, IconShare } from '@tabler/icons-react';
import { accessStrings } from '../../features/access/access.strings.ts';
import { accountEntry, homeEntry } from '../shared/common-entries.ts';
import { definePortal } from '../shared/portal.types.ts';
import { patientStrings } from './patient.strings.ts';

export const patientPortal = definePortal({
  id: 'patient',
  path: '/patient',
  roles: ['patient'],
  title: patientStrings.title,
  purpose: patientStrings.purpose,
  scope: patientStrings.scope,
  icon: IconHeartHandshake,
  navigation: [
    homeEntry,
    {
      kind: 'page',
      id: 'sharing',
      path: 'sharing',
      label: accessStrings.sharingNav,
      icon: IconShare,
      load: () =>
        import('../../features/access/sharing/SharingPage.tsx').then((module) => module.SharingPage),
    },
    accountEntry,
  ],
});
