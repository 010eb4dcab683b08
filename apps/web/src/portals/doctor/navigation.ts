import { IconStethoscope, IconUsers } from '@tabler/icons-react';
import { myPatientsEntry } from '../../features/access/my-patients/my-patients-entry.ts';
import { poorAdherenceEntry } from '../../features/medications/medications-entries.ts';
import { patientChartEntry } from '../../features/records/chart/patient-chart-entry.ts';
import { populationEntry, reviewsEntry, riskReviewEntry } from '../../features/risk/risk-entries.ts';
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
  navigation: [
    homeEntry,
    myPatientsEntry(IconUsers),
    reviewsEntry,
    populationEntry,
    poorAdherenceEntry,
    patientChartEntry,
    riskReviewEntry,
    accountEntry,
  ],
});
