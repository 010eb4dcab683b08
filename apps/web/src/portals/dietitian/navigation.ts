import { IconSalad } from '@tabler/icons-react';
import { accountEntry, homeEntry } from '../shared/common-entries.ts';
import { definePortal } from '../shared/portal.types.ts';
import { dietitianStrings } from './dietitian.strings.ts';

export const dietitianPortal = definePortal({
  id: 'dietitian',
  path: '/nutrition',
  roles: ['dietitian'],
  title: dietitianStrings.title,
  purpose: dietitianStrings.purpose,
  scope: dietitianStrings.scope,
  icon: IconSalad,
  navigation: [homeEntry, accountEntry],
});
