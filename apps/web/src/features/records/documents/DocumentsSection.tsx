import { Badge, Button, Text } from '@mantine/core';
import type { DocumentEntry } from '@nexus/contracts';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useDocuments } from '../api/queries.ts';
import { RecordSection } from '../display/RecordSection.tsx';
import classes from '../display/Records.module.css';
import { detailOf } from '../problem-detail.ts';
import { formatRecordDateTime } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import { DocumentReader } from './DocumentReader.tsx';
import { documentsStrings as s } from './documents.strings.ts';

function DocumentItem({ document, onRead }: { document: DocumentEntry; onRead: () => void }) {
  const meta = [
    document.date ? formatRecordDateTime(document.date) : null,
    document.author ? s.by(document.author) : null,
  ].filter((part) => part !== null);
  return (
    <li className={classes.item}>
      <div className={classes.spread}>
        <div className={classes.grow}>
          <div className={classes.line}>
            <Text component="span" className={classes.name}>
              {document.title}
            </Text>
            <Badge variant="default" tt="none" size="sm">
              {recordsStrings.documentKinds[document.kind]}
            </Badge>
          </div>
          {meta.length > 0 && (
            <Text size="sm" c="dimmed">
              {meta.join(' · ')}
            </Text>
          )}
        </div>
        <Button
          size="sm"
          variant="light"
          leftSection={<IconFileText size={16} aria-hidden />}
          aria-label={s.readLabel(document.title)}
          onClick={onRead}
        >
          {s.read}
        </Button>
      </div>
    </li>
  );
}

/** The record's documents, each opened to read in a dialog. */
export function DocumentsSection({
  patientId,
  headingLevel = 2,
}: {
  patientId: string;
  headingLevel?: 2 | 3;
}) {
  const documents = useDocuments(patientId);
  const [reading, setReading] = useState<DocumentEntry | null>(null);
  const list = documents.data ?? [];
  return (
    <RecordSection title={s.heading} headingLevel={headingLevel}>
      {documents.isPending ? (
        <LoadingStatus label={s.loading} />
      ) : documents.isError && !documents.data ? (
        <LoadFailedAlert
          title={s.loadFailed}
          detail={detailOf(documents.error)}
          retryLabel={recordsStrings.retry}
          onRetry={() => void documents.refetch()}
        />
      ) : list.length === 0 ? (
        <Text c="dimmed">{s.empty}</Text>
      ) : (
        <ul className={classes.list} aria-label={s.listLabel}>
          {list.map((document) => (
            <DocumentItem key={document.id} document={document} onRead={() => setReading(document)} />
          ))}
        </ul>
      )}
      <DocumentReader patientId={patientId} document={reading} onClose={() => setReading(null)} />
    </RecordSection>
  );
}
