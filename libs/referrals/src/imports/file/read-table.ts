// The upload as a table of text cells, each row with its number as Excel shows it: the heading row is 1, the first
// data row 2, a blank row still counts (so "12行目" in an error is row 12 in Excel), a CSV cell with line breaks is
// one row. Blank rows are dropped after numbering.
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { ReferralFileFormat } from '../../referral-enums';
import { ReferralImportException, ReferralImportExceptionCode } from '../referral-import.exception';
import { decodeCsvText, MAX_DATA_ROWS, type CsvEncoding, type UploadedFile } from './upload-file';

export interface TableRow {
  /** As Excel shows it: the heading row is 1. */
  rowNumber: number;
  cells: string[];
}

export interface UploadTable {
  format: ReferralFileFormat;
  /** null for .xlsx. */
  encoding: CsvEncoding | null;
  headings: string[];
  /** Data rows that are not blank, in file order. */
  rows: TableRow[];
}

export async function readUploadTable(file: UploadedFile): Promise<UploadTable> {
  if (file.format === ReferralFileFormat.CSV) {
    const { text, encoding } = decodeCsvText(file.bytes);
    return { ...tableOf(readCsv(text)), format: file.format, encoding };
  }
  return { ...tableOf(await readXlsx(file.bytes)), format: file.format, encoding: null };
}

function tableOf(records: string[][]): Pick<UploadTable, 'headings' | 'rows'> {
  const [headings = [], ...data] = records;
  const rows: TableRow[] = [];
  data.forEach((cells, index) => {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ rowNumber: index + 2, cells });
  });
  return { headings, rows };
}

/**
 * More physical lines than any acceptable file has (10,000 rows, each allowed a few line breaks inside its cells).
 * Checked before parsing: csv-parse needs about 20 µs a line, so a 5 MB file of bare line breaks would hold the
 * server for a minute.
 */
export const MAX_CSV_LINES = 50_000;

function readCsv(text: string): string[][] {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_CSV_LINES) {
      throw ReferralImportException.file(
        ReferralImportExceptionCode.TOO_MANY_ROWS,
        `CSVの行数が多すぎます(${MAX_CSV_LINES.toLocaleString('ja-JP')}行を超えています)。1ファイルの上限は紹介${MAX_DATA_ROWS.toLocaleString('ja-JP')}件です。空の行が大量にないか確認してください。`,
        { maxRows: MAX_DATA_ROWS },
      );
    }
  }
  try {
    // Rows may be shorter or longer than the headings (Excel drops trailing empty cells); the columns are checked
    // per row afterwards, with row numbers.
    return parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw ReferralImportException.file(
      ReferralImportExceptionCode.UNREADABLE_FILE,
      `CSVファイルの形式に誤りがあり、読み取れません${line ? `(${line}行目付近` : '('}。引用符「"」の閉じ忘れなどがないか確認してください)。`,
    );
  }
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  let sheet: unknown[][];
  try {
    // The first sheet only: the template's second sheet is the instructions.
    sheet = (await readSheet(bytes, 1)) as unknown[][];
  } catch {
    throw ReferralImportException.file(
      ReferralImportExceptionCode.UNREADABLE_FILE,
      'Excelブック(.xlsx)を読み取れません。ファイルが壊れているか、パスワードで保護されている可能性があります。Excelで開いて保存し直してください。',
    );
  }
  return sheet.map((row) => row.map(cellText));
}

/** Excel's typed cells as the text a CSV would hold; a date cell as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // read-excel-file gives Excel's serial date as UTC midnight of that day.
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') {
    // 13-digit corporate numbers are below 2^53, so exact; a whole number never shows an exponent up to 1e21.
    return Number.isInteger(value) ? value.toFixed(0) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
