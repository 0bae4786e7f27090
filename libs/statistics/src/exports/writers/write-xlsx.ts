// The .xlsx: one sheet per section, the headings bold on a grey band and frozen with the title above them, numbers as
// numbers (#,##0, one decimal for percentages), columns wide enough for their longest heading or value.
import writeXlsxFile from 'write-excel-file/node';
import type { CellObject, Sheet } from 'write-excel-file/node';
import type { CellValue, ColumnKind, ExportDocument } from '../export-document';
import { sheetGrids, type GridRow } from '../export-grid';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const INTEGER_FORMAT = '#,##0';
const DECIMAL_FORMAT = '0.0';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Display width in Excel's character units: full-width (Japanese) characters count two. */
export function displayWidth(value: CellValue): number {
  if (value === null) return 0;
  const text = typeof value === 'number' ? value.toLocaleString('en-US') : value;
  let width = 0;
  // Latin-1 and half-width katakana are one column wide; everything else (kanji, kana, full-width forms) two.
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) <= 0xff || /[\uff61-\uff9f]/.test(ch) ? 1 : 2;
  return width;
}

function numberFormat(kind: ColumnKind, value: number): string | undefined {
  if (kind === 'integer') return INTEGER_FORMAT;
  if (kind === 'decimal') return DECIMAL_FORMAT;
  if (kind === 'mixed') return Number.isInteger(value) ? INTEGER_FORMAT : DECIMAL_FORMAT;
  return undefined;
}

function cellOf(value: CellValue, kind: ColumnKind, row: GridRow): CellObject | null {
  // An empty text is an empty cell, as in the CSV.
  if (value === null || value === '') return null;
  const bold = row.role === 'heading' || row.role === 'total' || row.role === 'title';
  const style: Partial<CellObject> = {
    ...(bold ? { fontWeight: 'bold' as const } : {}),
    ...(row.role === 'heading' ? { backgroundColor: '#DDEBF7', wrap: true, align: 'center' as const } : {}),
    ...(row.role === 'title' ? { fontSize: 14 } : {}),
  };
  if (typeof value === 'number') {
    return { value, type: Number, format: numberFormat(kind, value), ...style };
  }
  return { value, type: String, ...style };
}

function sheetOf(name: string, rows: GridRow[]): Sheet<Buffer> {
  const columnCount = Math.max(...rows.map((r) => r.cells.length));
  const widths = new Array<number>(columnCount).fill(MIN_WIDTH);
  const tabular = (r: GridRow) => r.role === 'heading' || r.role === 'data' || r.role === 'total';
  for (const row of rows.filter(tabular)) {
    row.cells.forEach((value, i) => {
      widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], displayWidth(value) + 2));
    });
  }
  const headingIndex = rows.findIndex((r) => r.role === 'heading');
  return {
    sheet: name,
    data: rows.map((row) =>
      row.cells.map((value, i) => cellOf(value, row.section?.columns[i]?.kind ?? 'text', row)),
    ),
    columns: widths.map((width) => ({ width })),
    ...(headingIndex >= 0 ? { stickyRowsCount: headingIndex + 1 } : {}),
  };
}

export function writeXlsx(doc: ExportDocument): Promise<Buffer> {
  const sheets = sheetGrids(doc).map((grid) => sheetOf(grid.name, grid.rows));
  return writeXlsxFile(sheets, { fontFamily: 'Meiryo UI', fontSize: 11 }).toBuffer();
}
