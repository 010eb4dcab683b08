import {
  IconChartLine,
  IconClipboardHeart,
  IconFileText,
  IconHeartbeat,
  IconHeartHandshake,
  IconShare,
  IconTimeline,
} from '@tabler/icons-react';
import { accessStrings } from '../../features/access/access.strings.ts';
import { assistantEntry } from '../../features/chat/chat-entries.ts';
import { medicinesEntry, medicinesTodayEntry } from '../../features/medications/medications-entries.ts';
import { patientRecordStrings as records } from '../../features/records/patient/patient-record.strings.ts';
import { myRisksEntry } from '../../features/risk/risk-entries.ts';
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
      id: 'health',
      path: 'health',
      label: records.healthNav,
      icon: IconHeartbeat,
      load: () =>
        import('../../features/records/patient/MyHealthPage.tsx').then((module) => module.MyHealthPage),
    },
    medicinesEntry,
    medicinesTodayEntry,
    {
      kind: 'page',
      id: 'timeline',
      path: 'timeline',
      label: records.timelineNav,
      icon: IconTimeline,
      load: () =>
        import('../../features/records/patient/TimelinePage.tsx').then((module) => module.TimelinePage),
    },
    {
      kind: 'page',
      id: 'charts',
      path: 'charts',
      label: records.chartsNav,
      icon: IconChartLine,
      load: () => import('../../features/records/patient/ChartsPage.tsx').then((module) => module.ChartsPage),
    },
    {
      kind: 'page',
      id: 'documents',
      path: 'documents',
      label: records.documentsNav,
      icon: IconFileText,
      load: () =>
        import('../../features/records/patient/DocumentsPage.tsx').then((module) => module.DocumentsPage),
    },
    {
      kind: 'page',
      id: 'symptoms',
      path: 'symptoms',
      label: records.symptomsNav,
      icon: IconClipboardHeart,
      load: () =>
        import('../../features/records/patient/SymptomsPage.tsx').then((module) => module.SymptomsPage),
    },
    assistantEntry,
    myRisksEntry,
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
