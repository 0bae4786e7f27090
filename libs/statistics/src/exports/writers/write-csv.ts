// CSV that Excel in Japan opens as it is: UTF-8 with a byte order mark (without it Excel reads Shift_JIS and shows
// mojibake), CRLF line ends, RFC 4180 quoting. Numbers are written plainly (5611, 59.2) so Excel reads them as numbers.
import type { CellValue, ExportDocument } from '../export-document';
import { documentGrid } from '../export-grid';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * One cell: quoted when it holds a comma, a quote, a line break or surrounding spaces; a text that Excel would take
 * for a formula (=, +, -, @ first) gets a leading apostrophe so it stays text (CSV injection).
 */
export function csvCell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: CellValue[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function writeCsv(doc: ExportDocument): Buffer {
  const rows = documentGrid(doc).map((row) => row.cells);
  return Buffer.concat([BOM, Buffer.from(csvText(rows), 'utf8')]);
}
