// The whole check of an upload, shared by the dry run, the import mutation and the import job: the file's format and
// columns (refused at once with one clear error), then every row through the shared content rules, the uploader's
// branches and the other rows of the file, every problem at once. Pure apart from reading the file.
import {
  normaliseReferralContent,
  type ReferralContent,
  type ReferralContentInput,
} from '../../referrals/rules/referral-content';
import type { ReferralFileFormat } from '../../referral-enums';
import {
  ReferralImportException,
  ReferralImportExceptionCode,
  type ReferralImportRowError,
} from '../referral-import.exception';
import { columnLetter, resolveColumns, type ImportColumn, type ImportField } from './import-columns';
import { readUploadTable } from './read-table';
import { MAX_DATA_ROWS } from './upload-file';
import {
  branchNameKey,
  corporateNumberValue,
  dateValue,
  integerValue,
  jsicValue,
  needValue,
  prefectureValue,
  sizeValue,
} from './row-values';
import type { CsvEncoding, UploadedFile } from './upload-file';

export { MAX_DATA_ROWS } from './upload-file';
/** The report lists at most this many row errors (with the total); a file that bad is fixed from the first ones. */
export const MAX_REPORTED_ERRORS = 1_000;

/** How row numbers are counted, said wherever they are shown. */
export const ROW_NUMBER_CONVENTION = '行番号はExcelの行番号です(見出しの行が1行目、最初の紹介が2行目)';

export interface ImportContext {
  /** Today in Japan (YYYY-MM-DD): the consent date may not be later. */
  today: string;
  /** The uploader's institution's branches: 支店名 must name one. */
  branches: readonly { id: string; name: string }[];
}

export interface ParsedImportRow {
  rowNumber: number;
  content: ReferralContent;
  /** null: the head office's own referral (支店名 empty or no such column). */
  branchId: string | null;
}

export interface ParsedReferralImport {
  format: ReferralFileFormat;
  encoding: CsvEncoding | null;
  /** Data rows that are not blank. */
  rowCount: number;
  /** The rows that passed (all of them when `errorCount` is 0). */
  rows: ParsedImportRow[];
  /** The first MAX_REPORTED_ERRORS errors by row and column. */
  errors: ReferralImportRowError[];
  errorCount: number;
}

export async function parseReferralImport(
  file: UploadedFile,
  context: ImportContext,
): Promise<ParsedReferralImport> {
  const table = await readUploadTable(file);
  const columns = resolveColumns(table.headings);
  if (table.rows.length === 0) {
    throw ReferralImportException.file(
      ReferralImportExceptionCode.NO_DATA_ROWS,
      '紹介の行がありません。見出しの行(1行目)の下、2行目から紹介を入力してください。',
    );
  }
  if (table.rows.length > MAX_DATA_ROWS) {
    throw ReferralImportException.file(
      ReferralImportExceptionCode.TOO_MANY_ROWS,
      `紹介の行数(${table.rows.length.toLocaleString('ja-JP')}行)が1ファイルの上限(${MAX_DATA_ROWS.toLocaleString('ja-JP')}行)を超えています。ファイルを分けてアップロードしてください。`,
      { rowCount: table.rows.length, maxRows: MAX_DATA_ROWS },
    );
  }
  // The file's own headings in messages (法人番号 or 法人番号(任意), whichever the file has).
  const headingOf = new Map<ImportField, string>();
  columns.forEach((column, i) => column && headingOf.set(column.field, table.headings[i].trim()));
  const branchIds = new Map(context.branches.map((b) => [branchNameKey(b.name), b.id]));

  const errors: ReferralImportRowError[] = [];
  const rows: ParsedImportRow[] = [];
  const firstRowOfNumber = new Map<string, number>();
  const firstRowOfNameAndPrefecture = new Map<
    string,
    { rowNumber: number; corporateNumber: string | null }
  >();

  for (const row of table.rows) {
    const rowErrors: ReferralImportRowError[] = [];
    const report = (field: ImportField, message: string) =>
      rowErrors.push({ rowNumber: row.rowNumber, column: headingOf.get(field) ?? field, message });

    const stray = strayCell(row.cells, columns);
    if (stray) {
      rowErrors.push({
        rowNumber: row.rowNumber,
        column: `${columnLetter(stray.position)}列`,
        message: `見出しのない列(${columnLetter(stray.position)}列)に「${shorten(stray.value)}」が入力されています。列がずれていないか確認してください。`,
      });
    }

    const { input, branchName, problems } = contentInputOf(row.cells, columns);
    for (const [field, message] of problems) report(field, message);
    const checked = normaliseReferralContent(input, { today: context.today });
    // A field the file conversion already reported is not reported twice.
    for (const e of checked.errors) if (!problems.has(e.field)) report(e.field, e.message);

    let branchId: string | null = null;
    if (branchName) {
      branchId = branchIds.get(branchNameKey(branchName)) ?? null;
      if (!branchId) {
        report(
          'branchName',
          `支店名「${shorten(branchName)}」は貴機関の支店として登録されていません。登録済みの支店名を入力するか、本部からの紹介なら空欄にしてください。`,
        );
      }
    }

    const content = checked.values;
    if (content && !problems.size) {
      const duplicate = duplicateIn(content, row.rowNumber, firstRowOfNumber, firstRowOfNameAndPrefecture);
      if (duplicate) report(duplicate.field, duplicate.message);
    }
    if (rowErrors.length === 0 && content) rows.push({ rowNumber: row.rowNumber, content, branchId });
    else errors.push(...rowErrors);
  }

  return {
    format: table.format,
    encoding: table.encoding,
    rowCount: table.rows.length,
    rows,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    errorCount: errors.length,
  };
}

/** The first non-empty cell under no heading (an empty heading, or past the last one). */
function strayCell(
  cells: readonly string[],
  columns: readonly (ImportColumn | null)[],
): { position: number; value: string } | null {
  for (let i = 0; i < cells.length; i++) {
    if ((i >= columns.length || columns[i] === null) && cells[i].trim() !== '') {
      return { position: i + 1, value: cells[i].trim() };
    }
  }
  return null;
}

function contentInputOf(
  cells: readonly string[],
  columns: readonly (ImportColumn | null)[],
): { input: ReferralContentInput; branchName: string; problems: Map<ImportField, string> } {
  const text = new Map<ImportField, string>();
  columns.forEach((column, i) => column && text.set(column.field, cells[i] ?? ''));
  const cell = (field: ImportField) => text.get(field) ?? '';
  const problems = new Map<ImportField, string>();
  const converted = (field: ImportField, result: { value: string | null; problem?: string }) => {
    if (result.problem) problems.set(field, result.problem);
    return result.value;
  };
  const input: ReferralContentInput = {
    clientName: cell('clientName'),
    clientCorporateNumber: converted(
      'clientCorporateNumber',
      corporateNumberValue(cell('clientCorporateNumber')),
    ),
    clientJsicMajorCode: converted('clientJsicMajorCode', jsicValue(cell('clientJsicMajorCode'))),
    clientPrefectureCode: converted('clientPrefectureCode', prefectureValue(cell('clientPrefectureCode'))),
    clientSize: sizeValue(cell('clientSize')),
    clientEmployeeCount: integerValue(cell('clientEmployeeCount')),
    need: needValue(cell('need')),
    surplusPeople: integerValue(cell('surplusPeople')),
    shortagePeople: integerValue(cell('shortagePeople')),
    occupations: cell('occupations'),
    desiredStartOn: dateValue(cell('desiredStartOn')),
    description: cell('description'),
    consentObtainedOn: dateValue(cell('consentObtainedOn')),
    consentObtainedBy: cell('consentObtainedBy'),
  };
  return { input, branchName: cell('branchName').trim(), problems };
}

/**
 * The same company twice in one file is an error, not a warning: the import is all or nothing, and two open
 * referrals for one company would only be flagged to the Center as duplicates of each other. One row per company
 * (BOTH when it has staff to send and to receive) is what the partner meant. Same company: the same corporate
 * number, or the same name and prefecture unless both rows give different corporate numbers.
 */
function duplicateIn(
  content: ReferralContent,
  rowNumber: number,
  firstRowOfNumber: Map<string, number>,
  firstRowOfNameAndPrefecture: Map<string, { rowNumber: number; corporateNumber: string | null }>,
): { field: ImportField; message: string } | null {
  const advice = '同じ企業は1行にまとめてください(人員の過剰と不足の両方なら相談内容を「両方」に)。';
  const number = content.clientCorporateNumber;
  if (number) {
    const first = firstRowOfNumber.get(number);
    if (first !== undefined) {
      return {
        field: 'clientCorporateNumber',
        message: `${first}行目と同じ法人番号です。${advice}`,
      };
    }
    firstRowOfNumber.set(number, rowNumber);
  }
  const key = `${content.clientNameSearchKey}\u0000${content.clientPrefectureCode}`;
  const earlier = firstRowOfNameAndPrefecture.get(key);
  if (earlier && !(number && earlier.corporateNumber && earlier.corporateNumber !== number)) {
    return {
      field: 'clientName',
      message: `${earlier.rowNumber}行目と同じ企業(企業名と都道府県が同じ)です。${advice}`,
    };
  }
  if (!earlier) firstRowOfNameAndPrefecture.set(key, { rowNumber, corporateNumber: number });
  return null;
}

function shorten(value: string, max = 30): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}
