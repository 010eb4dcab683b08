import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDownload, IconFileTypePdf } from '@tabler/icons-react';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { fhirExportHref, pdfExportHref } from '../api/paths.ts';
import { useRecordSummary } from '../api/queries.ts';
import { SummarySections } from '../display/SummarySections.tsx';
import { detailOf } from '../problem-detail.ts';
import { recordsStrings } from '../records.strings.ts';
import { OwnRecordPage } from './OwnRecordPage.tsx';
import { patientRecordStrings as s } from './patient-record.strings.ts';

function Downloads({ patientId }: { patientId: string }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="health-downloads">
      <Title order={2} fz="lg" mb="xs" id="health-downloads">
        {s.downloadsHeading}
      </Title>
      <Text mb="md">{s.downloadsIntro}</Text>
      <Group gap="sm">
        {/* Plain links: the browser downloads the file itself, with the session cookie. */}
        <Button
          component="a"
          href={fhirExportHref(patientId)}
          download
          leftSection={<IconDownload size={18} aria-hidden />}
        >
          {s.downloadFhir}
        </Button>
        <Button
          component="a"
          href={pdfExportHref(patientId)}
          download
          variant="default"
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
        >
          {s.downloadPdf}
        </Button>
      </Group>
    </Paper>
  );
}

function MyHealth({ patientId }: { patientId: string }) {
  const summary = useRecordSummary(patientId);
  return (
    <>
      {summary.data ? (
        <SummarySections summary={summary.data} />
      ) : summary.isError ? (
        <LoadFailedAlert
          title={recordsStrings.summaryLoadFailed}
          detail={detailOf(summary.error)}
          retryLabel={recordsStrings.retry}
          onRetry={() => void summary.refetch()}
        />
      ) : (
        <LoadingStatus label={recordsStrings.summaryLoading} />
      )}
      <Downloads patientId={patientId} />
    </>
  );
}

/** The patient's "My health": their summary, and their record to download. */
export function MyHealthPage() {
  return (
    <OwnRecordPage title={s.healthTitle} description={s.healthIntro}>
      {(patientId) => <MyHealth patientId={patientId} />}
    </OwnRecordPage>
  );
}
