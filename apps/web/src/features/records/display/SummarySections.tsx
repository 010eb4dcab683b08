import { SimpleGrid, Text } from '@mantine/core';
import type { RecordSummary } from '@nexus/contracts';
import { formatMeasuredValue, formatRecordDate } from '../record-format.ts';
import { recordsStrings as s } from '../records.strings.ts';
import { AllergyList } from './AllergyList.tsx';
import { ImmunizationList } from './ImmunizationList.tsx';
import { MeasurementsTable } from './MeasurementsTable.tsx';
import { MedicationList } from './MedicationList.tsx';
import { ProblemList } from './ProblemList.tsx';
import { RecordSection } from './RecordSection.tsx';

type SummarySectionsProps = {
  summary: RecordSummary;
  headingLevel?: 2 | 3;
};

/** The health summary's parts, as the patient's "My health" and the chart's Summary tab show them. */
export function SummarySections({ summary, headingLevel = 2 }: SummarySectionsProps) {
  const smoking = summary.smoking;
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <RecordSection title={s.problemsHeading} headingLevel={headingLevel}>
          <ProblemList problems={summary.problems} />
        </RecordSection>
        <RecordSection title={s.medicationsHeading} headingLevel={headingLevel}>
          <MedicationList medications={summary.medications} />
        </RecordSection>
        <RecordSection title={s.allergiesHeading} headingLevel={headingLevel}>
          <AllergyList allergies={summary.allergies} />
        </RecordSection>
        <RecordSection title={s.smokingHeading} headingLevel={headingLevel}>
          {smoking ? (
            <Text>
              {formatMeasuredValue(smoking.value)}
              {smoking.effective && (
                <Text component="span" c="dimmed" size="sm">
                  {' · '}
                  {formatRecordDate(smoking.effective)}
                </Text>
              )}
            </Text>
          ) : (
            <Text c="dimmed">{s.smokingUnknown}</Text>
          )}
        </RecordSection>
      </SimpleGrid>
      <RecordSection title={s.vitalsHeading} headingLevel={headingLevel}>
        <MeasurementsTable
          measurements={summary.vitals}
          caption={s.vitalsCaption}
          nameColumn={s.measureColumn}
          emptyText={s.vitalsEmpty}
        />
      </RecordSection>
      <RecordSection title={s.labsHeading} headingLevel={headingLevel}>
        <MeasurementsTable
          measurements={summary.labs}
          caption={s.labsCaption}
          nameColumn={s.testColumn}
          emptyText={s.labsEmpty}
          hasRangeColumn
        />
      </RecordSection>
      <RecordSection title={s.immunizationsHeading} headingLevel={headingLevel}>
        <ImmunizationList immunizations={summary.immunizations} />
      </RecordSection>
    </>
  );
}
