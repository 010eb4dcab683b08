import { Stack, Tabs } from '@mantine/core';
import type { RecordSummary } from '@nexus/contracts';
import { useSearchParams } from 'react-router';
import { TriageSummariesPanel } from '../../chat/chart/TriageSummariesPanel.tsx';
import { medicationStrings } from '../../medications/medications.strings.ts';
import { AdherencePanel } from '../../medications/patient/AdherencePanel.tsx';
import { PrescriptionsPanel } from '../../medications/prescribing/PrescriptionsPanel.tsx';
import { RiskPanel } from '../../risk/chart/RiskPanel.tsx';
import { AllergyList } from '../display/AllergyList.tsx';
import { MedicationList } from '../display/MedicationList.tsx';
import { ProblemList } from '../display/ProblemList.tsx';
import { RecordSection } from '../display/RecordSection.tsx';
import { SummarySections } from '../display/SummarySections.tsx';
import { DocumentsSection } from '../documents/DocumentsSection.tsx';
import { ResponsesList } from '../questionnaire/ResponsesList.tsx';
import { recordsStrings } from '../records.strings.ts';
import { TimelineList } from '../timeline/TimelineList.tsx';
import { timelineStrings } from '../timeline/timeline.strings.ts';
import { chartStrings as s } from './chart.strings.ts';
import { LabsPanel } from './LabsPanel.tsx';
import { VitalsPanel } from './VitalsPanel.tsx';

const TABS = [
  'summary',
  'problems',
  'medications',
  'prescriptions',
  'allergies',
  'labs',
  'vitals',
  'encounters',
  'documents',
  'reported',
  'risk',
  'assistant',
] as const;
type Tab = (typeof TABS)[number];

const isTab = (value: string | null): value is Tab => TABS.some((tab) => tab === value);

/** The panel of one tab. Only the open one is mounted, so each part of the record loads when asked for. */
function Panel({ tab, patientId, summary }: { tab: Tab; patientId: string; summary: RecordSummary }) {
  switch (tab) {
    case 'summary':
      return <SummarySections summary={summary} />;
    case 'problems':
      return (
        <RecordSection title={recordsStrings.problemsHeading}>
          <ProblemList problems={summary.problems} isDetailed />
        </RecordSection>
      );
    case 'medications':
      return (
        <RecordSection title={recordsStrings.medicationsHeading}>
          <MedicationList medications={summary.medications} />
        </RecordSection>
      );
    case 'prescriptions':
      return (
        <Stack gap="lg">
          <PrescriptionsPanel patientId={patientId} />
          {/* What the patient has taken of them, as the patient sees it on their own page. */}
          <AdherencePanel patientId={patientId} heading={medicationStrings.adherenceClinicianHeading} />
        </Stack>
      );
    case 'allergies':
      return (
        <RecordSection title={recordsStrings.allergiesHeading}>
          <AllergyList allergies={summary.allergies} />
        </RecordSection>
      );
    case 'labs':
      return <LabsPanel patientId={patientId} />;
    case 'vitals':
      return <VitalsPanel patientId={patientId} />;
    case 'encounters':
      return (
        <RecordSection title={s.encountersHeading}>
          <TimelineList
            patientId={patientId}
            kinds={['encounter']}
            listLabel={timelineStrings.encountersLabel}
            emptyText={timelineStrings.encountersEmpty}
          />
        </RecordSection>
      );
    case 'documents':
      return <DocumentsSection patientId={patientId} />;
    case 'reported':
      return <ResponsesList patientId={patientId} title={s.tabs.reported} isNewestOpen />;
    case 'risk':
      return <RiskPanel patientId={patientId} />;
    case 'assistant':
      return <TriageSummariesPanel patientId={patientId} />;
  }
}

/** The chart's parts as tabs; the open tab is in the address (`?tab=labs`), so it can be linked and reloaded. */
export function ChartTabs({ patientId, summary }: { patientId: string; summary: RecordSummary }) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'summary';
  return (
    <Tabs
      value={tab}
      onChange={(value) => {
        if (isTab(value)) setParams(value === 'summary' ? {} : { tab: value }, { replace: true });
      }}
      keepMounted={false}
      activateTabWithKeyboard
    >
      <Tabs.List aria-label={s.tabsLabel} mb="lg">
        {TABS.map((id) => (
          <Tabs.Tab key={id} value={id}>
            {s.tabs[id]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {TABS.map((id) => (
        <Tabs.Panel key={id} value={id}>
          <Stack gap="lg">{id === tab && <Panel tab={id} patientId={patientId} summary={summary} />}</Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
