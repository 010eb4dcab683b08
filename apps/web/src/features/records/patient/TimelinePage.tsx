import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { RecordSection } from '../display/RecordSection.tsx';
import { TimelineList } from '../timeline/TimelineList.tsx';
import { timelineStrings } from '../timeline/timeline.strings.ts';
import { filterById, TIMELINE_FILTERS } from '../timeline/timeline-filters.ts';
import { OwnRecordPage } from './OwnRecordPage.tsx';
import { patientRecordStrings as s } from './patient-record.strings.ts';

function Timeline({ patientId }: { patientId: string }) {
  const [filterId, setFilterId] = useState('all');
  const filter = filterById(filterId);
  return (
    <RecordSection
      title={filter.label}
      actions={
        <NativeSelect
          label={timelineStrings.filterLabel}
          data={TIMELINE_FILTERS.map((option) => ({ value: option.id, label: option.label }))}
          value={filter.id}
          onChange={(event) => setFilterId(event.currentTarget.value)}
          w={{ base: '100%', xs: 240 }}
        />
      }
    >
      <TimelineList patientId={patientId} kinds={filter.kinds} />
    </RecordSection>
  );
}

/** The patient's timeline: their record's events, newest first, filtered by kind. */
export function TimelinePage() {
  return (
    <OwnRecordPage title={s.timelineTitle} description={s.timelineIntro}>
      {(patientId) => <Timeline patientId={patientId} />}
    </OwnRecordPage>
  );
}
