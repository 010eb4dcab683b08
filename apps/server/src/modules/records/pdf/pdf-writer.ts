import { type PDFDocument, type PDFFont, type RGB, rgb, StandardFonts } from 'pdf-lib';
import { toWinAnsi } from './win-ansi.ts';

/** A4 in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = { left: 50, right: 50, top: 60, bottom: 60 } as const;
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FOOTER_BASELINE = 32;
const RUNNING_HEADER_BASELINE = A4.height - 36;
/** A table cell longer than this is cut, so one row never needs more than a page. */
const MAX_CELL_LINES = 30;

const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.4, 0.45);
const RULE = rgb(0.8, 0.82, 0.86);
const HEADER_FILL = rgb(0.9, 0.92, 0.95);
const STRIPE_FILL = rgb(0.97, 0.97, 0.98);

/** A table column: its header and its share of the text width (the shares add up to 1). */
export type Column = { header: string; share: number };
type TextStyle = { size?: number; bold?: boolean; color?: RGB };

/**
 * Flowing layout on A4 pages with the standard Helvetica fonts: lines that wrap, headings kept
 * with what follows, tables whose rows move to the next page with the header repeated, a running
 * header from the second page on, and a footer on every page once the page count is known.
 * Every string goes through toWinAnsi, so no character can make drawing throw.
 */
export async function createPdfWriter(doc: PDFDocument, options: { runningHeader: string }) {
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN.top;

  const addPage = () => {
    page = doc.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN.top;
    page.drawText(fitLine(toWinAnsi(options.runningHeader), regular, 8, CONTENT_WIDTH), {
      x: MARGIN.left,
      y: RUNNING_HEADER_BASELINE,
      size: 8,
      font: regular,
      color: MUTED,
    });
    rule(RUNNING_HEADER_BASELINE - 6);
  };
  const ensure = (height: number) => {
    if (y - height < MARGIN.bottom) addPage();
  };
  const rule = (at: number) =>
    page.drawLine({
      start: { x: MARGIN.left, y: at },
      end: { x: A4.width - MARGIN.right, y: at },
      thickness: 0.6,
      color: RULE,
    });
  const draw = (text: string, x: number, baseline: number, style: Required<TextStyle>) =>
    page.drawText(text, {
      x,
      y: baseline,
      size: style.size,
      font: style.bold ? bold : regular,
      color: style.color,
    });

  return {
    /** Wrapped text; `gap` points below it. */
    text(value: string, style: TextStyle & { gap?: number } = {}) {
      const resolved = { size: style.size ?? 10, bold: style.bold ?? false, color: style.color ?? INK };
      const lineHeight = resolved.size * 1.3;
      for (const line of wrapText(value, resolved.bold ? bold : regular, resolved.size, CONTENT_WIDTH)) {
        ensure(lineHeight);
        draw(line, MARGIN.left, y - resolved.size, resolved);
        y -= lineHeight;
      }
      y -= style.gap ?? 2;
    },
    /** "Label: value" on one line, the label in bold. */
    field(label: string, value: string) {
      const size = 10;
      ensure(size * 1.4);
      const shownLabel = `${toWinAnsi(label)}: `;
      draw(shownLabel, MARGIN.left, y - size, { size, bold: true, color: INK });
      const offset = bold.widthOfTextAtSize(shownLabel, size);
      draw(fitLine(toWinAnsi(value), regular, size, CONTENT_WIDTH - offset), MARGIN.left + offset, y - size, {
        size,
        bold: false,
        color: INK,
      });
      y -= size * 1.4;
    },
    /** A section heading, moved to the next page rather than left alone at the bottom. */
    heading(value: string) {
      const size = 13;
      ensure(size * 1.5 + 40);
      y -= 6;
      draw(fitLine(toWinAnsi(value), bold, size, CONTENT_WIDTH), MARGIN.left, y - size, {
        size,
        bold: true,
        color: INK,
      });
      y -= size * 1.5;
    },
    rule() {
      rule(y);
      y -= 10;
    },
    /** A table; rows that do not fit go to the next page, under the header again. */
    table(columns: readonly Column[], rows: readonly (readonly string[])[]) {
      const size = 8.5;
      const lineHeight = size * 1.25;
      const pad = 3.5;
      const widths = columns.map((column) => column.share * CONTENT_WIDTH);
      const xs = widths.map(
        (_, index) => MARGIN.left + widths.slice(0, index).reduce((sum, w) => sum + w, 0),
      );
      const headerHeight = lineHeight + 2 * pad;
      const drawHeader = () => {
        page.drawRectangle({
          x: MARGIN.left,
          y: y - headerHeight,
          width: CONTENT_WIDTH,
          height: headerHeight,
          color: HEADER_FILL,
        });
        columns.forEach((column, index) => {
          const width = (widths[index] ?? 0) - 2 * pad;
          draw(fitLine(toWinAnsi(column.header), bold, size, width), (xs[index] ?? 0) + pad, y - pad - size, {
            size,
            bold: true,
            color: INK,
          });
        });
        y -= headerHeight;
      };
      ensure(headerHeight + lineHeight + 2 * pad);
      drawHeader();
      rows.forEach((row, rowIndex) => {
        const cells = columns.map((_, index) =>
          cellLines(row[index] ?? '', regular, size, (widths[index] ?? 0) - 2 * pad),
        );
        const height = Math.max(1, ...cells.map((lines) => lines.length)) * lineHeight + 2 * pad;
        if (y - height < MARGIN.bottom) {
          addPage();
          drawHeader();
        }
        if (rowIndex % 2 === 1) {
          page.drawRectangle({
            x: MARGIN.left,
            y: y - height,
            width: CONTENT_WIDTH,
            height,
            color: STRIPE_FILL,
          });
        }
        cells.forEach((lines, index) => {
          lines.forEach((line, lineIndex) => {
            draw(line, (xs[index] ?? 0) + pad, y - pad - size - lineIndex * lineHeight, {
              size,
              bold: false,
              color: INK,
            });
          });
        });
        y -= height;
        rule(y);
      });
      y -= 10;
    },
    /** Draws "footer(page, pages)" at the bottom of every page; call once, after all content. */
    finish(footer: (pageNumber: number, pageCount: number) => string) {
      const pages = doc.getPages();
      pages.forEach((each, index) => {
        each.drawText(toWinAnsi(footer(index + 1, pages.length)), {
          x: MARGIN.left,
          y: FOOTER_BASELINE,
          size: 8,
          font: regular,
          color: MUTED,
        });
      });
    },
  };
}

export type PdfWriter = Awaited<ReturnType<typeof createPdfWriter>>;

/** Lines of at most `width` points: words move to the next line, a word longer than a line is cut. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of toWinAnsi(text).split('\n')) {
    let current = '';
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      const candidate = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      let rest = word;
      while (rest.length > 1 && font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      current = rest;
    }
    lines.push(current);
  }
  return lines;
}

function cellLines(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines = wrapText(text, font, size, width);
  if (lines.length <= MAX_CELL_LINES) return lines;
  const kept = lines.slice(0, MAX_CELL_LINES);
  kept[MAX_CELL_LINES - 1] = fitLine(`${kept[MAX_CELL_LINES - 1] ?? ''}…`, font, size, width);
  return kept;
}

/** One line cut with "…" to fit `width` (text already WinAnsi). */
function fitLine(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text.length;
  while (cut > 0 && font.widthOfTextAtSize(`${text.slice(0, cut)}…`, size) > width) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
