import { IconStethoscope } from '@tabler/icons-react';
import { accountEntry, homeEntry } from '../shared/common-entries.ts';
import { definePortal } from '../shared/portal.types.ts';
import { doctorStrings } from './doctor.strings.ts';

export const doctorPortal = definePortal({
  id: 'doctor',
  path: '/doctor',
  roles: ['doctor'],
  title: doctorStrings.title,
  purpose: doctorStrings.purpose,
  scope: doctorStrings.scope,
  icon: IconStethoscope,
  navigation: [homeEntry, accountEntry],
});
