// One downloadable table, independent of its file format: the CSV and the .xlsx writers lay it out the same way
// (export-grid.ts), so both files carry the same cells.

export type CellValue = string | number | null;

/** integer: #,##0 in Excel; decimal: one decimal (percentages, 59.2); mixed: integers as integers, others decimal. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'mixed';

export interface ExportColumn {
  heading: string;
  kind: ColumnKind;
}

/** One table: a sheet of the .xlsx, a block of the CSV. */
export interface ExportSection {
  /** The sheet's name (at most 31 characters, none of []:*?/\). */
  name: string;
  columns: ExportColumn[];
  rows: CellValue[][];
  /** Indexes of rows that sum the others (年度計, 合計): bold in the .xlsx. */
  totalRows?: number[];
}

export interface ExportDocument {
  /** The Japanese file name without extension, e.g. 月別統計_2022年度_全国_在籍型出向. */
  fileBaseName: string;
  /** The same in ASCII, for clients that ignore filename* (RFC 6266 fallback). */
  asciiFileBaseName: string;
  /** First line: 月別統計 2022年度（令和4年度） */
  title: string;
  /** Lines under the title: 集計範囲, 形態, 基準日, 作成日時. */
  meta: string[];
  sections: ExportSection[];
  /** Footnotes under the table: ※ 速報値, 出典 (公表値/集計値), definitions, notes. */
  notes: string[];
}

export enum ExportFormat {
  CSV = 'csv',
  XLSX = 'xlsx',
}

export interface ExportFile {
  fileName: string;
  asciiFileName: string;
  contentType: string;
  content: Buffer;
}
