import type { RecordSummary, TimelineEntry } from '@nexus/contracts';
import { PDFDocument } from 'pdf-lib';
import { RECORD_NUMBER_LABEL } from '../projections/demographics.presenter.ts';
import { formatDate, formatInstantUtc } from './pdf-format.ts';
import { createPdfWriter, type PdfWriter } from './pdf-writer.ts';
import { smokingLine, summaryTables, type TableSection } from './summary-sections.ts';

const TITLE = 'Health record summary';
const NONE = 'None recorded';

/**
 * The readable record summary as an A4 PDF: a header that says whose record it is, the summary's
 * sections as tables (split across pages with their headers repeated), "None recorded" for empty
 * ones, and "Confidential health information · page X of Y" on every page. The metadata names the
 * product, not the patient, except in the title that readers show in their window bar.
 */
export async function renderRecordSummaryPdf(input: {
  summary: RecordSummary;
  timeline: readonly TimelineEntry[];
  generatedAt: Date;
  productName: string;
}): Promise<Uint8Array> {
  const { summary, timeline, generatedAt, productName } = input;
  const patient = summary.patient;
  // pdf-lib would otherwise stamp its own producer and the wall-clock dates.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${TITLE}: ${patient.displayName}`, { showInWindowTitleBar: true });
  doc.setSubject(TITLE);
  doc.setProducer(productName);
  doc.setCreator(productName);
  doc.setCreationDate(generatedAt);
  doc.setModificationDate(generatedAt);
  doc.setLanguage('en');

  const born = patient.birthDate ? `born ${patient.birthDate}` : null;
  const writer = await createPdfWriter(doc, {
    runningHeader: [TITLE, patient.displayName, born].filter((part) => part !== null).join(' · '),
  });
  writer.text(productName, { size: 10, bold: true, gap: 4 });
  writer.text(TITLE, { size: 20, bold: true, gap: 10 });
  writer.field('Patient', patient.displayName);
  writer.field(
    'Date of birth',
    patient.birthDate
      ? `${formatDate(patient.birthDate)}${patient.ageYears !== null ? ` (${patient.ageYears} years)` : ''}`
      : 'Not recorded',
  );
  writer.field(
    RECORD_NUMBER_LABEL,
    patient.identifiers.find((id) => id.label === RECORD_NUMBER_LABEL)?.value ?? 'Not recorded',
  );
  if (patient.deceasedAt) writer.field('Died', formatDate(patient.deceasedAt));
  writer.field('Generated', formatInstantUtc(generatedAt));
  writer.rule();

  const { before, after } = summaryTables(summary, timeline);
  for (const section of before) tableSection(writer, section);
  writer.heading('Smoking');
  writer.text(smokingLine(summary.smoking) ?? NONE, { gap: 10 });
  for (const section of after) tableSection(writer, section);

  writer.finish((page, pages) => `Confidential health information · page ${page} of ${pages}`);
  return doc.save();
}

function tableSection(writer: PdfWriter, section: TableSection) {
  writer.heading(section.title);
  if (section.rows.length === 0) writer.text(NONE, { gap: 10 });
  else writer.table(section.columns, section.rows);
}
