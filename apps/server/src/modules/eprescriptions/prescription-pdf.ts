import {
  PDFDocument,
  type PDFFont,
  type PDFImage,
  type PDFPage,
  type RGB,
  rgb,
  StandardFonts,
} from 'pdf-lib';
import { toWinAnsi } from '../records/pdf/index.ts';
import { formatInstantUtc } from '../records/pdf/pdf-format.ts';
import { A4, wrapText } from '../records/pdf/pdf-writer.ts';
import type { PrescriptionClaims } from './prescription-claims.ts';
import { prescriptionQrPng } from './prescription-qr.ts';

const TITLE = 'Prescription';
const MARGIN = 50;
const WIDTH = A4.width - 2 * MARGIN;
const BOTTOM = 60;
/** 6 cm: large enough for a phone camera at arm's length, however dense the symbol. */
const QR_SIZE = 170;
const TOKEN_SIZE = 6.5;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.4, 0.45);
const RULE = rgb(0.8, 0.82, 0.86);
const COLUMNS = [
  { header: 'Medicine', share: 0.32 },
  { header: 'Dosage', share: 0.44 },
  { header: 'Quantity', share: 0.12 },
  { header: 'Repeats', share: 0.12 },
] as const;

type Fonts = { regular: PDFFont; bold: PDFFont; mono: PDFFont };
type Style = { size: number; font: PDFFont; color?: RGB };

/**
 * A printable A4 prescription: who issued it (organisation, site, prescriber and registration), for
 * whom (name and date of birth), each medicine with its dosage, quantity and repeats, when it was
 * issued and until when it is valid, the QR code, the token in small monospace print beneath it (to
 * copy or type when a camera fails), the reference, and where to verify it. Uses the standard fonts
 * of the record summary (Helvetica, and Courier for the token); text outside WinAnsi is transliterated.
 * The document's metadata names the product and the reference, never the patient.
 */
export async function renderPrescriptionPdf(input: {
  claims: PrescriptionClaims;
  token: string;
  productName: string;
}): Promise<Uint8Array> {
  const { claims, token, productName } = input;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`${TITLE} ${claims.prescriptionId}`);
  doc.setSubject(TITLE);
  doc.setProducer(productName);
  doc.setCreator(productName);
  doc.setCreationDate(claims.issuedAt);
  doc.setModificationDate(claims.issuedAt);
  doc.setLanguage('en');
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  const qr = await doc.embedPng(await prescriptionQrPng(token));
  const layout = createLayout(doc, fonts);
  const site = claims.issuer.replace(/\/$/, '');

  layout.lines(claims.prescriber.organisation.name, { size: 11, font: fonts.bold });
  layout.lines(site, { size: 9, font: fonts.regular, color: MUTED }, 8);
  layout.lines(TITLE, { size: 22, font: fonts.bold }, 4);
  layout.lines(`Reference ${claims.prescriptionId}`, { size: 9, font: fonts.regular, color: MUTED }, 6);
  layout.rule();

  layout.field('Patient', claims.patient.name);
  layout.field('Date of birth', claims.patient.birthDate);
  layout.gap(6);
  layout.field('Prescriber', claims.prescriber.name);
  if (claims.prescriber.registrationNumber !== null) {
    layout.field('Registration', claims.prescriber.registrationNumber);
  }
  layout.field('Organisation', claims.prescriber.organisation.name);
  layout.gap(6);
  layout.field('Issued', formatInstantUtc(claims.issuedAt));
  layout.field('Valid until', formatInstantUtc(claims.expiresAt));
  layout.rule();

  layout.table(
    claims.items.map((item) => [
      item.strengthAndForm === null ? item.name : `${item.name}, ${item.strengthAndForm}`,
      item.dosage,
      String(item.quantity),
      item.refills === 0 ? 'None' : String(item.refills),
    ]),
  );

  layout.image(qr, QR_SIZE, [
    { text: 'Show this code at the pharmacy.' },
    { text: `Verify at ${site}/pharmacy`, isBold: true },
    { text: 'If the code cannot be scanned, the pharmacy can enter the text below.' },
  ]);
  layout.monospace(token, TOKEN_SIZE);

  layout.finish(
    (page, pages) =>
      `${TITLE} ${claims.prescriptionId} · valid until ${formatInstantUtc(claims.expiresAt)} · page ${page} of ${pages}`,
  );
  return doc.save();
}

/** A top-down layout on A4 pages: a new page starts when the next block does not fit. */
function createLayout(doc: PDFDocument, fonts: Fonts) {
  let page: PDFPage = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const ensure = (height: number) => {
    if (y - height >= BOTTOM) return;
    page = doc.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };
  const draw = (text: string, x: number, baseline: number, style: Style) =>
    page.drawText(text, { x, y: baseline, size: style.size, font: style.font, color: style.color ?? INK });
  const lineHeight = (style: Style) => style.size * 1.3;

  return {
    /** Wrapped text over the full width; `after` points below it. */
    lines(text: string, style: Style, after = 2) {
      for (const line of wrapText(text, style.font, style.size, WIDTH)) {
        ensure(lineHeight(style));
        draw(line, MARGIN, y - style.size, style);
        y -= lineHeight(style);
      }
      y -= after;
    },
    /** "Label" in bold in a fixed column, the value beside it. */
    field(label: string, value: string) {
      const size = 10;
      const labelWidth = 90;
      const valueLines = wrapText(value, fonts.regular, size, WIDTH - labelWidth);
      ensure(valueLines.length * size * 1.4);
      draw(toWinAnsi(label), MARGIN, y - size, { size, font: fonts.bold });
      for (const line of valueLines) {
        draw(line, MARGIN + labelWidth, y - size, { size, font: fonts.regular });
        y -= size * 1.4;
      }
    },
    gap(points: number) {
      y -= points;
    },
    rule() {
      y -= 4;
      page.drawLine({
        start: { x: MARGIN, y },
        end: { x: A4.width - MARGIN, y },
        thickness: 0.6,
        color: RULE,
      });
      y -= 12;
    },
    /** The items: a bold header row, then one row per item with its cells wrapped. */
    table(rows: readonly (readonly string[])[]) {
      const size = 9.5;
      const pad = 4;
      const widths = COLUMNS.map((column) => column.share * WIDTH);
      const xs = widths.map((_, index) => MARGIN + widths.slice(0, index).reduce((sum, w) => sum + w, 0));
      const row = (cells: readonly string[], font: PDFFont) => {
        const wrapped = cells.map((cell, index) =>
          wrapText(cell, font, size, (widths[index] ?? 0) - 2 * pad),
        );
        const height = Math.max(...wrapped.map((lines) => lines.length)) * size * 1.3 + 2 * pad;
        ensure(height);
        wrapped.forEach((lines, index) => {
          lines.forEach((line, lineIndex) => {
            draw(line, (xs[index] ?? 0) + pad, y - pad - size - lineIndex * size * 1.3, { size, font });
          });
        });
        y -= height;
        page.drawLine({
          start: { x: MARGIN, y },
          end: { x: A4.width - MARGIN, y },
          thickness: 0.4,
          color: RULE,
        });
      };
      row(
        COLUMNS.map((column) => column.header),
        fonts.bold,
      );
      for (const cells of rows) row(cells, fonts.regular);
      y -= 16;
    },
    /** A square image on the left, with short paragraphs of text beside it. */
    image(image: PDFImage, size: number, caption: readonly { text: string; isBold?: boolean }[]) {
      ensure(size + 10);
      page.drawImage(image, { x: MARGIN, y: y - size, width: size, height: size });
      const textX = MARGIN + size + 16;
      let textY = y - 36;
      for (const paragraph of caption) {
        const style = { size: 10, font: paragraph.isBold ? fonts.bold : fonts.regular };
        for (const line of wrapText(paragraph.text, style.font, style.size, A4.width - MARGIN - textX)) {
          draw(line, textX, textY, style);
          textY -= lineHeight(style);
        }
        textY -= 8;
      }
      y -= size + 10;
    },
    /** Text without spaces (the token) in Courier, cut into lines of equal length. */
    monospace(text: string, size: number) {
      const style = { size, font: fonts.mono, color: INK };
      const perLine = Math.floor(WIDTH / fonts.mono.widthOfTextAtSize('0', size));
      for (let start = 0; start < text.length; start += perLine) {
        ensure(lineHeight(style));
        draw(text.slice(start, start + perLine), MARGIN, y - size, style);
        y -= lineHeight(style);
      }
    },
    /** Draws the footer on every page; call once, after all content. */
    finish(footer: (pageNumber: number, pageCount: number) => string) {
      const pages = doc.getPages();
      pages.forEach((each, index) => {
        const text = wrapText(footer(index + 1, pages.length), fonts.regular, 8, WIDTH)[0] ?? '';
        each.drawText(text, { x: MARGIN, y: 32, size: 8, font: fonts.regular, color: MUTED });
      });
    },
  };
}
