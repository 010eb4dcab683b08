import { Button, Group, Modal, Text } from '@mantine/core';
import type { DocumentEntry } from '@nexus/contracts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useDocumentContent } from '../api/queries.ts';
import { detailOf } from '../problem-detail.ts';
import { formatRecordDateTime } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import { documentsStrings as s } from './documents.strings.ts';

type DocumentReaderProps = {
  patientId: string;
  /** The document to read; the reader is closed without one. */
  document: DocumentEntry | null;
  onClose: () => void;
};

/** A document's text in a dialog, as written (line breaks kept). */
export function DocumentReader({ patientId, document, onClose }: DocumentReaderProps) {
  const content = useDocumentContent(patientId, document?.id ?? null);
  const meta = document
    ? [
        recordsStrings.documentKinds[document.kind],
        document.date ? formatRecordDateTime(document.date) : null,
        document.author ? s.by(document.author) : null,
      ].filter((part) => part !== null)
    : [];
  return (
    <Modal
      opened={document !== null}
      onClose={onClose}
      title={document?.title ?? ''}
      size="lg"
      closeButtonProps={{ 'aria-label': s.closeDialog }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Text size="sm" c="dimmed" mb="md">
        {meta.join(' · ')}
      </Text>
      {content.data ? (
        content.data.text ? (
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{content.data.text}</Text>
        ) : (
          <Text c="dimmed">{s.noText}</Text>
        )
      ) : content.isError ? (
        <LoadFailedAlert
          title={s.textLoadFailed}
          detail={detailOf(content.error)}
          retryLabel={recordsStrings.retry}
          onRetry={() => void content.refetch()}
        />
      ) : (
        <LoadingStatus label={s.textLoading} />
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {s.close}
        </Button>
      </Group>
    </Modal>
  );
}
