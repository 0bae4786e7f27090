import { isValidCorporateNumber } from '@kakehashi/text';
import { readSheet } from 'read-excel-file/node';
import { ReferralFileFormat } from '../../referral-enums';
import { upload, validRow } from '../__tests__/import-fixtures';
import { ReferralImportException, ReferralImportExceptionCode } from '../referral-import.exception';
import { IMPORT_COLUMNS } from './import-columns';
import { csvCell, importTemplate } from './import-template';
import { parseReferralImport } from './parse-referral-import';
import { decodeUpload } from './upload-file';

const CONTEXT = { today: '2026-11-21', branches: [] };

describe('importTemplate', () => {
  it('is a UTF-8 CSV with a BOM (so that Excel reads it as UTF-8) and the headings alone', async () => {
    const template = await importTemplate(ReferralFileFormat.CSV);
    expect(template.fileName).toBe('紹介一括登録テンプレート.csv');
    expect(template.mimeType).toBe('text/csv; charset=utf-8');
    expect([...template.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(template.content.subarray(3).toString('utf8')).toBe(
      `${IMPORT_COLUMNS.map((c) => c.heading).join(',')}\r\n`,
    );
  });

  it('is accepted as it is once a row is typed under the headings (CSV)', async () => {
    const template = await importTemplate(ReferralFileFormat.CSV);
    const row = validRow();
    const filled = Buffer.concat([
      template.content,
      Buffer.from(`${IMPORT_COLUMNS.map((c) => row[c.heading]).join(',')}\r\n`),
    ]);
    const parsed = await parseReferralImport(
      decodeUpload(template.fileName, filled.toString('base64')),
      CONTEXT,
    );
    expect(parsed).toMatchObject({ rowCount: 1, errorCount: 0, encoding: 'UTF-8 (BOM)' });
  });

  it('shows examples that pass the checks themselves (the 法人番号 example has a right check digit)', async () => {
    const example = IMPORT_COLUMNS.find((c) => c.field === 'clientCorporateNumber')?.example ?? '';
    expect(isValidCorporateNumber(example)).toBe(true);
    // The row of every column's example, typed under the template's headings, is a valid referral.
    const row = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.heading, c.example]));
    const template = await importTemplate(ReferralFileFormat.CSV);
    const filled = Buffer.concat([
      template.content,
      Buffer.from(`${IMPORT_COLUMNS.map((c) => csvCell(row[c.heading])).join(',')}\r\n`),
    ]);
    const parsed = await parseReferralImport(
      decodeUpload(template.fileName, filled.toString('base64')),
      CONTEXT,
    );
    expect(parsed).toMatchObject({ rowCount: 1, errorCount: 0 });
  });

  it('is an .xlsx whose first sheet holds the headings only and whose second sheet explains each column', async () => {
    const template = await importTemplate(ReferralFileFormat.XLSX);
    expect(template.fileName).toBe('紹介一括登録テンプレート.xlsx');
    const first = await readSheet(template.content, 1);
    expect(first).toEqual([IMPORT_COLUMNS.map((c) => c.heading)]);
    const help = await readSheet(template.content, 2);
    expect(help[0]).toEqual(['列見出し', '必須', '入力内容', '記入例']);
    expect(help.slice(1, 1 + IMPORT_COLUMNS.length).map((r) => r[0])).toEqual(
      IMPORT_COLUMNS.map((c) => c.heading),
    );
    // Empty, the template is refused as having no rows (the instructions sheet is never read as data).
    const error = await parseReferralImport(upload(template.fileName, template.content), CONTEXT).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReferralImportException);
    expect((error as ReferralImportException).code).toBe(ReferralImportExceptionCode.NO_DATA_ROWS);
  });
});
