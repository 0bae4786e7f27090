// The downloadable template: the headings on row 1 and nothing else on the first sheet (an example row left in by
// mistake would be imported as a referral). The .xlsx has a second sheet explaining each column with an example,
// which the import never reads; the CSV is UTF-8 with a BOM, without which Excel in Japan reads it as Shift_JIS.
import writeXlsxFile from 'write-excel-file/node';
import { ReferralFileFormat } from '../../referral-enums';
import { IMPORT_COLUMNS } from './import-columns';
import { MAX_DATA_ROWS } from './parse-referral-import';
import { MAX_UPLOAD_LABEL } from './upload-file';

export interface ImportTemplateFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

export const TEMPLATE_BASE_NAME = '紹介一括登録テンプレート';
const CSV_MIME = 'text/csv; charset=utf-8';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function importTemplate(format: ReferralFileFormat): Promise<ImportTemplateFile> {
  const headings = IMPORT_COLUMNS.map((c) => c.heading);
  if (format === ReferralFileFormat.CSV) {
    const line = headings.map(csvCell).join(',');
    return {
      fileName: `${TEMPLATE_BASE_NAME}.csv`,
      mimeType: CSV_MIME,
      content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${line}\r\n`, 'utf8')]),
    };
  }
  const content = await writeXlsxFile(
    [
      {
        sheet: '紹介一覧',
        data: [headings.map((value) => ({ value, fontWeight: 'bold' as const }))],
        columns: IMPORT_COLUMNS.map((c) => ({ width: Math.max(12, [...c.heading].length * 2 + 2) })),
        stickyRowsCount: 1,
      },
      {
        sheet: '記入方法',
        data: [
          [
            { value: '列見出し', fontWeight: 'bold' as const },
            { value: '必須', fontWeight: 'bold' as const },
            { value: '入力内容', fontWeight: 'bold' as const },
            { value: '記入例', fontWeight: 'bold' as const },
          ],
          ...IMPORT_COLUMNS.map((c) => [
            { value: c.heading },
            { value: c.required && !c.heading.includes('人数') ? '必須' : c.required ? '条件付き' : '任意' },
            { value: c.note },
            { value: c.example },
          ]),
          [],
          [
            {
              value:
                `「紹介一覧」シートの2行目から1社1行で入力してください(最大${MAX_DATA_ROWS.toLocaleString('ja-JP')}行、` +
                `${MAX_UPLOAD_LABEL}まで)。このシートは取り込まれません。エラーの行番号はExcelの行番号です(見出しが1行目)。`,
            },
          ],
        ],
        columns: [{ width: 24 }, { width: 10 }, { width: 70 }, { width: 28 }],
      },
    ],
    {},
  ).toBuffer();
  return { fileName: `${TEMPLATE_BASE_NAME}.xlsx`, mimeType: XLSX_MIME, content };
}

/** RFC 4180 quoting, for a value with a comma, quote or line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
