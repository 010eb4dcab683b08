import { SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import { RecordSection } from '../display/RecordSection.tsx';
import { MeasureChart } from './MeasureChart.tsx';
import { MeasureTable } from './MeasureTable.tsx';
import { seriesStrings as s } from './series.strings.ts';
import type { Measure } from './series-measures.ts';

type MeasureViewProps = { measure: Measure; headingLevel?: 2 | 3 };

/** One measure in a card, as a chart or, at the reader's choice, as a table. */
export function MeasureView({ measure, headingLevel = 2 }: MeasureViewProps) {
  const [view, setView] = useState('chart');
  return (
    <RecordSection
      title={measure.label}
      headingLevel={headingLevel}
      actions={
        <SegmentedControl
          aria-label={s.viewLabel(measure.label)}
          size="xs"
          value={view}
          onChange={setView}
          data={[
            { value: 'chart', label: s.chartView },
            { value: 'table', label: s.tableView },
          ]}
        />
      }
    >
      {view === 'table' ? <MeasureTable measure={measure} /> : <MeasureChart measure={measure} />}
    </RecordSection>
  );
}
