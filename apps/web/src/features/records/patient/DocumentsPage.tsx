import { DocumentsSection } from '../documents/DocumentsSection.tsx';
import { OwnRecordPage } from './OwnRecordPage.tsx';
import { patientRecordStrings as s } from './patient-record.strings.ts';

/** The patient's documents: their clinicians' notes and reports, to read. */
export function DocumentsPage() {
  return (
    <OwnRecordPage title={s.documentsTitle} description={s.documentsIntro}>
      {(patientId) => <DocumentsSection patientId={patientId} />}
    </OwnRecordPage>
  );
}
