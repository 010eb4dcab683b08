import { IconNurse, IconUsers } from '@tabler/icons-react';
import { myPatientsEntry } from '../../features/access/my-patients/my-patients-entry.ts';
import { patientChartEntry } from '../../features/records/chart/patient-chart-entry.ts';
import { accountEntry, homeEntry } from '../shared/common-entries.ts';
import { definePortal } from '../shared/portal.types.ts';
import { nurseStrings } from './nurse.strings.ts';

export const nursePortal = definePortal({
  id: 'nurse',
  path: '/nurse',
  roles: ['nurse'],
  title: nurseStrings.title,
  purpose: nurseStrings.purpose,
  scope: nurseStrings.scope,
  icon: IconNurse,
  navigation: [homeEntry, myPatientsEntry(IconUsers), patientChartEntry, accountEntry],
});
