import { Alert, Button, Input, NativeSelect, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { ImportReport } from '@nexus/contracts';
import { IconAlertTriangle, IconFileImport, IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import { isApiError, isUnauthorized } from '../../api/api-error.ts';
import { usePortal } from '../../portals/shared/usePortal.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useImportBundle } from './api/mutations.ts';
import { checkBundleFileShape, checkBundleText } from './bundle-file.ts';
import classes from './FhirImport.module.css';
import { fhirImportStrings as s } from './fhir-import.strings.ts';
import { ImportReportView } from './ImportReportView.tsx';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'processing' };

type Failure = { detail: string; fieldErrors: string[] };

const failureOf = (error: unknown): Failure =>
  isApiError(error)
    ? {
        detail: error.problem.detail ?? s.failedFallback,
        fieldErrors: (error.problem.errors ?? []).map((item) => `${item.pointer}: ${item.detail}`),
      }
    : { detail: s.failedFallback, fieldErrors: [] };

function ImportForm({ organisationId }: { organisationId: string }) {
  const importBundle = useImportBundle();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const isBusy = phase.kind !== 'idle';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReport(null);
    setFailure(null);
    const shapeError = checkBundleFileShape(file);
    setFileError(shapeError);
    if (shapeError || !file) return;
    setPhase({ kind: 'reading' });
    const text = await file.text();
    const textError = checkBundleText(text);
    if (textError) {
      setFileError(textError);
      setPhase({ kind: 'idle' });
      return;
    }
    setPhase({ kind: 'uploading', percent: 0 });
    importBundle.mutate(
      {
        organisationId,
        bundle: text,
        onProgress: ({ sentBytes, totalBytes }) =>
          setPhase(
            sentBytes >= totalBytes
              ? { kind: 'processing' }
              : { kind: 'uploading', percent: Math.round((sentBytes / totalBytes) * 100) },
          ),
      },
      {
        onSuccess: setReport,
        onError: (error) => {
          if (!isUnauthorized(error)) setFailure(failureOf(error));
        },
        onSettled: () => setPhase({ kind: 'idle' }),
      },
    );
  };

  const status =
    phase.kind === 'reading'
      ? s.reading
      : phase.kind === 'uploading'
        ? s.uploading(phase.percent)
        : phase.kind === 'processing'
          ? s.processing
          : '';

  return (
    <>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="import-form">
        <Title order={2} fz="lg" mb="md" id="import-form">
          {s.formHeading}
        </Title>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md" align="flex-start">
            <Input.Wrapper
              label={s.fileLabel}
              description={s.fileHint}
              error={fileError}
              id={fileId}
              required
              w="100%"
              maw={480}
            >
              <input
                id={fileId}
                className={classes.file}
                type="file"
                accept=".json,application/json,application/fhir+json"
                aria-invalid={fileError ? true : undefined}
                aria-describedby={`${fileId}-description${fileError ? ` ${fileId}-error` : ''}`}
                disabled={isBusy}
                onChange={(event) => {
                  setFile(event.currentTarget.files?.[0] ?? null);
                  setFileError(null);
                }}
              />
            </Input.Wrapper>
            <Button type="submit" loading={isBusy} leftSection={<IconFileImport size={18} aria-hidden />}>
              {s.submit}
            </Button>
          </Stack>
        </form>
        {isBusy && (
          <Progress
            mt="lg"
            aria-label={s.progressLabel}
            value={phase.kind === 'uploading' ? phase.percent : 100}
            animated={phase.kind !== 'uploading'}
            striped={phase.kind !== 'uploading'}
          />
        )}
        <Text size="sm" mt="xs" aria-live="polite">
          {status}
        </Text>
        {failure && (
          <Alert
            color="red"
            variant="light"
            mt="md"
            icon={<IconAlertTriangle aria-hidden />}
            title={s.failedTitle}
          >
            <Text size="sm">{failure.detail}</Text>
            {failure.fieldErrors.length > 0 && (
              <ul className={classes.errors}>
                {failure.fieldErrors.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </Paper>
      {report && <ImportReportView report={report} />}
    </>
  );
}

/** Organisation administrators import FHIR Bundles from other systems into their organisation. */
export function ImportRecordsPage() {
  const { portal, memberships } = usePortal();
  const organisations = memberships.filter((membership) => membership.role === 'org_admin');
  const [chosen, setChosen] = useState<string | null>(organisations[0]?.organisationId ?? null);
  const organisationId = organisations.some((o) => o.organisationId === chosen)
    ? chosen
    : (organisations[0]?.organisationId ?? null);
  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.title} description={s.intro} />
      {!organisationId ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title={s.notOrgAdminTitle}>
          {s.notOrgAdminDetail}
        </Alert>
      ) : (
        <>
          {organisations.length > 1 && (
            <NativeSelect
              label={s.organisationLabel}
              data={organisations.map((o) => ({ value: o.organisationId, label: o.organisationName }))}
              value={organisationId}
              onChange={(event) => setChosen(event.currentTarget.value)}
              maw={420}
            />
          )}
          <ImportForm key={organisationId} organisationId={organisationId} />
        </>
      )}
    </Stack>
  );
}
