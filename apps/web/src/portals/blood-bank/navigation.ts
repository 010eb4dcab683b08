import { IconDroplet } from '@tabler/icons-react';
import { accountEntry, homeEntry } from '../shared/common-entries.ts';
import { definePortal } from '../shared/portal.types.ts';
import { bloodBankStrings } from './blood-bank.strings.ts';

export const bloodBankPortal = definePortal({
  id: 'blood-bank',
  path: '/blood-bank',
  roles: ['blood_bank_staff'],
  title: bloodBankStrings.title,
  purpose: bloodBankStrings.purpose,
  scope: bloodBankStrings.scope,
  icon: IconDroplet,
  navigation: [homeEntry, accountEntry],
});
