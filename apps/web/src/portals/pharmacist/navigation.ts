import { IconPill } from '@tabler/icons-react';
import { dispenseEntry } from '../../features/medications/medications-entries.ts';
import { accountEntry, homeEntry } from '../shared/common-entries.ts';
import { definePortal } from '../shared/portal.types.ts';
import { pharmacistStrings } from './pharmacist.strings.ts';

export const pharmacistPortal = definePortal({
  id: 'pharmacist',
  path: '/pharmacy',
  roles: ['pharmacist'],
  title: pharmacistStrings.title,
  purpose: pharmacistStrings.purpose,
  scope: pharmacistStrings.scope,
  icon: IconPill,
  navigation: [homeEntry, dispenseEntry, accountEntry],
});
