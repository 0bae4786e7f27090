// The report in the form's layout as CSV that Excel in Japan opens as it is: UTF-8 with a byte order mark (without
// it Excel reads Shift_JIS), CRLF line ends, RFC 4180 quoting, and text that would start a formula kept as text.
// The same conventions as the statistics exports (libs/statistics exports/writers/write-csv.ts).
import type { DispatchReportTable, ReportCell } from './rules/report-rows';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export const DISPATCH_REPORT_TITLE = '様式第11号（11）キャリアアップに資する教育訓練の実施状況';

export function csvCell(value: ReportCell | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The title, then each table: its title, its headings, its rows, a blank line. */
export function dispatchReportCsv(tables: readonly DispatchReportTable[]): Buffer {
  const lines: (readonly ReportCell[])[] = [[DISPATCH_REPORT_TITLE], []];
  for (const table of tables) lines.push([table.title], table.headings, ...table.rows, []);
  const text = lines.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([BOM, Buffer.from(text, 'utf8')]);
}
