import { SimpleGrid, Text } from '@mantine/core';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useVitalSeries } from '../api/queries.ts';
import { RecordSection } from '../display/RecordSection.tsx';
import { detailOf } from '../problem-detail.ts';
import { recordsStrings } from '../records.strings.ts';
import { MeasureView } from '../series/MeasureView.tsx';
import { seriesStrings } from '../series/series.strings.ts';
import { measuresOf } from '../series/series-measures.ts';
import { chartStrings as s } from './chart.strings.ts';

/** The Vitals tab: a chart of each vital sign over time (blood pressure as one), each with its table. */
export function VitalsPanel({ patientId }: { patientId: string }) {
  const vitals = useVitalSeries(patientId);
  const measures = measuresOf(vitals.data ?? []);
  return (
    <RecordSection title={s.vitalsHeading}>
      {vitals.isPending ? (
        <LoadingStatus label={seriesStrings.loading} />
      ) : vitals.isError && !vitals.data ? (
        <LoadFailedAlert
          title={seriesStrings.loadFailed}
          detail={detailOf(vitals.error)}
          retryLabel={recordsStrings.retry}
          onRetry={() => void vitals.refetch()}
        />
      ) : measures.length === 0 ? (
        <Text c="dimmed">{seriesStrings.vitalsEmpty}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          {measures.map((measure) => (
            <MeasureView key={measure.id} measure={measure} headingLevel={3} />
          ))}
        </SimpleGrid>
      )}
    </RecordSection>
  );
}
