import { IconHeartHandshake } from '@tabler/icons-react';
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
  navigation: [homeEntry, accountEntry],
});
