import { NativeSelect, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useLabSeries, useVitalSeries } from '../api/queries.ts';
import { detailOf } from '../problem-detail.ts';
import { recordsStrings } from '../records.strings.ts';
import { MeasureView } from '../series/MeasureView.tsx';
import { seriesStrings } from '../series/series.strings.ts';
import { type Measure, measuresOf } from '../series/series-measures.ts';
import { OwnRecordPage } from './OwnRecordPage.tsx';
import { patientRecordStrings as s } from './patient-record.strings.ts';

type Group = { label: string; measures: Measure[] };

function Charts({ patientId }: { patientId: string }) {
  const vitals = useVitalSeries(patientId);
  const labs = useLabSeries(patientId);
  const [chosenId, setChosenId] = useState<string | null>(null);

  if (vitals.isError || labs.isError) {
    return (
      <LoadFailedAlert
        title={seriesStrings.loadFailed}
        detail={detailOf(vitals.error ?? labs.error)}
        retryLabel={recordsStrings.retry}
        onRetry={() => {
          if (vitals.isError) void vitals.refetch();
          if (labs.isError) void labs.refetch();
        }}
      />
    );
  }
  if (!vitals.data || !labs.data) return <LoadingStatus label={seriesStrings.loading} />;

  // Prefixed ids: a vital sign and a lab test never share a place in the picker.
  const groups: Group[] = [
    { label: seriesStrings.vitalsGroup, prefix: 'vital', list: vitals.data },
    { label: seriesStrings.labsGroup, prefix: 'lab', list: labs.data },
  ]
    .map(({ label, prefix, list }) => ({
      label,
      measures: measuresOf(list).map((measure) => ({ ...measure, id: `${prefix}:${measure.id}` })),
    }))
    .filter((group) => group.measures.length > 0);
  const all = groups.flatMap((group) => group.measures);
  const measure = all.find((candidate) => candidate.id === chosenId) ?? all[0];
  if (!measure) {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">{seriesStrings.empty}</Text>
      </Paper>
    );
  }
  return (
    <>
      <NativeSelect
        label={seriesStrings.measureLabel}
        data={groups.map((group) => ({
          group: group.label,
          items: group.measures.map((m) => ({ value: m.id, label: m.label })),
        }))}
        value={measure.id}
        onChange={(event) => setChosenId(event.currentTarget.value)}
        maw={420}
      />
      <MeasureView key={measure.id} measure={measure} />
    </>
  );
}

/** The patient's vital signs and lab results over time, one measure at a time. */
export function ChartsPage() {
  return (
    <OwnRecordPage title={s.chartsTitle} description={s.chartsIntro}>
      {(patientId) => <Charts patientId={patientId} />}
    </OwnRecordPage>
  );
}
