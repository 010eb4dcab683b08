import { Anchor, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import type { PopulationReport } from '@nexus/contracts';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { patientChartPath } from '../../records/chart/patient-chart-entry.ts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { ScrollTable } from '../../records/display/ScrollTable.tsx';
import { detailOf } from '../../records/problem-detail.ts';
import { formatRecordDate } from '../../records/record-format.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { populationCsvHref } from '../api/paths.ts';
import { useModules, usePopulation } from '../api/queries.ts';
import classes from '../display/Risk.module.css';
import { CategoryBadge } from '../display/RiskBadges.tsx';
import { riskStrings as s } from '../risk.strings.ts';
import { formatProbability } from '../risk-format.ts';

type ModuleReport = PopulationReport['modules'][number];

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const formatMonth = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));
const share = (count: number, total: number) => (total > 0 ? Math.round((count / total) * 100) : 0);

function ModuleSection({ module, trend }: { module: ModuleReport; trend: PopulationReport['trend'] }) {
  const total = module.distribution.reduce((sum, entry) => sum + entry.count, 0);
  // Months without a result say nothing a reader needs; the caption names the period.
  const months = trend.filter((point) => point.moduleId === module.moduleId && point.assessed > 0);
  return (
    <RecordSection title={`${module.disease.name}: ${module.moduleName}`}>
      <Stack gap="md">
        <Text size="sm">{s.assessedPatients(module.assessedPatients)}</Text>
        <ScrollTable caption={s.distributionCaption(module.moduleName)} minWidth={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{s.categoryColumn}</Table.Th>
              <Table.Th scope="col">{s.patientsColumn}</Table.Th>
              <Table.Th scope="col">{s.shareColumn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {module.distribution.map((entry) => (
              <Table.Tr key={entry.category}>
                <Table.Th scope="row" fw={500}>
                  <CategoryBadge category={entry.category} />
                </Table.Th>
                <Table.Td>{entry.count}</Table.Td>
                <Table.Td>
                  <div className={classes.meter}>
                    <div className={classes.track} aria-hidden>
                      <div className={classes.bar} style={{ width: `${share(entry.count, total)}%` }} />
                    </div>
                    <Text size="sm">{share(entry.count, total)}%</Text>
                  </div>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
        {months.length > 0 && (
          <ScrollTable caption={s.trendCaption(module.moduleName)} minWidth={420}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{s.monthColumn}</Table.Th>
                <Table.Th scope="col">{s.assessedColumn}</Table.Th>
                <Table.Th scope="col">{s.highColumn}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {months.map((point) => (
                <Table.Tr key={point.month}>
                  <Table.Th scope="row" fw={500}>
                    {formatMonth(point.month)}
                  </Table.Th>
                  <Table.Td>{point.assessed}</Table.Td>
                  <Table.Td>{point.high}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Stack>
    </RecordSection>
  );
}

function Modules({ report }: { report: PopulationReport }) {
  const used = report.modules.filter((module) => module.assessedPatients > 0);
  const unused = report.modules.filter((module) => module.assessedPatients === 0);
  return (
    <>
      {used.length === 0 && <Text c="dimmed">{s.modulesEmpty}</Text>}
      {used.map((module) => (
        <ModuleSection key={module.moduleId} module={module} trend={report.trend} />
      ))}
      {unused.length > 0 && (
        <Text size="sm" c="dimmed">
          {s.modulesUnused(unused.map((module) => `${module.disease.name}: ${module.moduleName}`).join('; '))}
        </Text>
      )}
    </>
  );
}

function ScreeningGaps({ report }: { report: PopulationReport }) {
  const { portal } = usePortal();
  return (
    <RecordSection title={s.gapsHeading}>
      {report.screeningGaps.length === 0 ? (
        <Text c="dimmed">{s.gapsEmpty}</Text>
      ) : (
        <ScrollTable caption={s.gapsCaption} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{s.patientColumn}</Table.Th>
              <Table.Th scope="col">{s.guidelineColumn}</Table.Th>
              <Table.Th scope="col">{s.riskColumn}</Table.Th>
              <Table.Th scope="col">{s.assessedLabel}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.screeningGaps.map((gap) => (
              <Table.Tr key={`${gap.patientId}-${gap.moduleId}-${gap.guideline}`}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={patientChartPath(portal.path, gap.patientId)} fw={600}>
                    {gap.patientName}
                  </Anchor>
                  {gap.recordNumber && (
                    <Text size="xs" c="dimmed">
                      {s.recordNumber(gap.recordNumber)}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{gap.guideline}</Table.Td>
                <Table.Td>{formatProbability(gap.probability)}</Table.Td>
                <Table.Td>
                  <time dateTime={gap.assessedAt}>{formatRecordDate(gap.assessedAt)}</time>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </RecordSection>
  );
}

/** Risk across the doctor's patients: the spread per module, who is due screening, results per month. */
export function PopulationPage() {
  const { portal } = usePortal();
  const [moduleId, setModuleId] = useState<string | null>(null);
  const modules = useModules();
  const report = usePopulation(moduleId);
  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.populationTitle} description={s.populationIntro} />
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={s.populationModuleLabel}
          value={moduleId ?? ''}
          onChange={(event) => setModuleId(event.currentTarget.value || null)}
          data={[
            { value: '', label: s.allModules },
            ...(modules.data ?? []).map((module) => ({
              value: module.id,
              label: `${module.disease.name}: ${module.name}`,
            })),
          ]}
          w={{ base: '100%', sm: 360 }}
        />
        {/* A plain link: the browser downloads the file itself, with the session cookie. */}
        <Button
          component="a"
          href={populationCsvHref(moduleId)}
          download
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
        >
          {s.downloadCsv}
        </Button>
      </Group>
      {report.data ? (
        <>
          <Text aria-live="polite">
            {report.isPlaceholderData ? s.populationLoading : s.patientsInCare(report.data.patientCount)}
          </Text>
          <ScreeningGaps report={report.data} />
          <Modules report={report.data} />
        </>
      ) : report.isError ? (
        <LoadFailedAlert
          title={s.populationLoadFailed}
          detail={detailOf(report.error)}
          retryLabel={s.retry}
          onRetry={() => void report.refetch()}
        />
      ) : (
        <LoadingStatus label={s.populationLoading} />
      )}
    </Stack>
  );
}
