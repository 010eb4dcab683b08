import { Tabs } from '@mantine/core';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { OwnRecordPage } from '../../records/patient/OwnRecordPage.tsx';
import { medicationStrings as s } from '../medications.strings.ts';
import { medicinesEntry } from '../medications-entries.ts';
import { AdherencePanel } from './AdherencePanel.tsx';
import { MyMedicinesPanel } from './MyMedicinesPanel.tsx';
import { ReminderSettingsPanel } from './ReminderSettingsForm.tsx';
import { TodayPanel } from './TodayPanel.tsx';

const TABS = ['today', 'medicines', 'adherence', 'reminders'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => TABS.some((tab) => tab === value);

function Panel({ tab, patientId }: { tab: Tab; patientId: string }) {
  switch (tab) {
    case 'today':
      return <TodayPanel patientId={patientId} />;
    case 'medicines':
      return <MyMedicinesPanel patientId={patientId} />;
    case 'adherence':
      return <AdherencePanel patientId={patientId} />;
    case 'reminders':
      return <ReminderSettingsPanel patientId={patientId} />;
  }
}

/**
 * The parts of the page as tabs; the open one is in the address (`?tab=adherence`). A link to a
 * prescription (`#prescription-…`, from a notification) opens My medicines, anything else Today.
 */
function MedicinesTabs({ patientId }: { patientId: string }) {
  const { portal } = usePortal();
  const [params] = useSearchParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const requested = params.get('tab');
  const tab: Tab = isTab(requested) ? requested : hash.startsWith('#prescription-') ? 'medicines' : 'today';
  return (
    <Tabs
      value={tab}
      onChange={(value) => {
        if (!isTab(value)) return;
        // From /medications/today (where reminders link to) too, the tabs live on the page's own address.
        navigate(
          {
            pathname: `${portal.path}/${medicinesEntry.path}`,
            search: value === 'today' ? '' : `?tab=${value}`,
          },
          { replace: true },
        );
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
          {id === tab && <Panel tab={id} patientId={patientId} />}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/** The patient's Medicines: today's doses, their prescriptions and medicines, adherence, reminder settings. */
export function MedicinesPage() {
  return (
    <OwnRecordPage title={s.medicinesTitle} description={s.medicinesIntro}>
      {(patientId) => <MedicinesTabs patientId={patientId} />}
    </OwnRecordPage>
  );
}
