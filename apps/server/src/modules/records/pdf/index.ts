/** The readable record summary as a PDF (pdf-lib, standard fonts), and the WinAnsi text helper it relies on. */
export { renderRecordSummaryPdf } from './record-summary.pdf.ts';
export { isWinAnsi, toWinAnsi } from './win-ansi.ts';
