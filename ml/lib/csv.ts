/**
 * A reader for the simple comma-separated files the training sets use: one record a line, no quoted
 * fields. It refuses quotes rather than guess, so a file that needs a real CSV parser fails loudly.
 */
export type CsvTable = { header: string[]; rows: string[][] };

export class CsvFormatError extends Error {
  readonly code = 'csv_format';
}

/**
 * Parses CSV text: strips a UTF-8 byte-order mark, accepts LF or CRLF line ends and a missing final
 * newline, trims header names (the survey file has `FATIGUE ` and `ALLERGY `) and skips blank lines.
 * Every row must have as many fields as the header.
 */
export function parseCsv(text: string): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.includes('"')) throw new CsvFormatError('quoted fields are not supported by this reader');
  const lines = body.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  const [headerLine, ...rowLines] = lines;
  if (headerLine === undefined) throw new CsvFormatError('the file has no header line');
  const header = headerLine.split(',').map((name) => name.trim());
  if (new Set(header).size !== header.length) throw new CsvFormatError('the header repeats a column name');
  const rows = rowLines.map((line, index) => {
    const fields = line.split(',').map((field) => field.trim());
    if (fields.length !== header.length)
      throw new CsvFormatError(
        `line ${index + 2} has ${fields.length} fields; the header has ${header.length}`,
      );
    return fields;
  });
  return { header, rows };
}

/** The index of each named column, or an error naming the ones that are missing. */
export function columnIndex(table: CsvTable, names: readonly string[]): Record<string, number> {
  const missing = names.filter((name) => !table.header.includes(name));
  if (missing.length > 0) throw new CsvFormatError(`missing columns: ${missing.join(', ')}`);
  return Object.fromEntries(names.map((name) => [name, table.header.indexOf(name)]));
}

/** A field as a finite number, or an error naming the line and column. */
export function toNumber(field: string | undefined, where: string): number {
  const value = field === undefined || field === '' ? Number.NaN : Number(field);
  if (!Number.isFinite(value)) throw new CsvFormatError(`${where}: ${JSON.stringify(field)} is not a number`);
  return value;
}
