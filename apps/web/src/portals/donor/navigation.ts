import { IconHeart } from '@tabler/icons-react';
import { accountEntry, homeEntry } from '../shared/common-entries.ts';
import { definePortal } from '../shared/portal.types.ts';
import { donorStrings } from './donor.strings.ts';

export const donorPortal = definePortal({
  id: 'donor',
  path: '/donor',
  roles: ['donor'],
  title: donorStrings.title,
  purpose: donorStrings.purpose,
  scope: donorStrings.scope,
  icon: IconHeart,
  navigation: [homeEntry, accountEntry],
});
