import { ReferralFileFormat } from '../../referral-enums';
import {
  encodeShiftJis,
  tableOf,
  utf8Csv,
  validRow,
  xlsxOf,
  shiftJisCsv,
} from '../__tests__/import-fixtures';
import { ReferralImportException, ReferralImportExceptionCode } from '../referral-import.exception';
import { decodeCsvText, decodeUpload, MAX_UPLOAD_BYTES } from './upload-file';

function refusal(work: () => unknown): ReferralImportException {
  try {
    work();
  } catch (error) {
    if (error instanceof ReferralImportException) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

describe('decodeUpload', () => {
  it('reads a CSV and an .xlsx by name and content', async () => {
    const csv = decodeUpload('紹介.CSV', b64('企業名\r\n'));
    expect(csv.format).toBe(ReferralFileFormat.CSV);
    expect(csv.bytes.toString('utf8')).toBe('企業名\r\n');
    const xlsx = decodeUpload('紹介.xlsx', b64(await xlsxOf([['企業名']])));
    expect(xlsx.format).toBe(ReferralFileFormat.XLSX);
  });

  it('accepts a data URL as a browser reads the file', () => {
    const file = decodeUpload('a.csv', `data:text/csv;base64,${b64('企業名')}`);
    expect(file.bytes.toString('utf8')).toBe('企業名');
  });

  it('refuses a file over 5 MB from the Base64 length, before decoding it', () => {
    const error = refusal(() =>
      decodeUpload('big.csv', 'A'.repeat(Math.ceil(((MAX_UPLOAD_BYTES + 3) * 4) / 3))),
    );
    expect(error.code).toBe(ReferralImportExceptionCode.FILE_TOO_LARGE);
    expect(error.message).toContain('5MB以下');
    expect(error.fields).toEqual([{ field: 'file', message: error.message }]);
  });

  it('accepts exactly 5 MB', () => {
    const file = decodeUpload('edge.csv', b64(Buffer.alloc(MAX_UPLOAD_BYTES, 0x61)));
    expect(file.bytes.length).toBe(MAX_UPLOAD_BYTES);
  });

  it('refuses an empty file and content that is not Base64, each with one message', () => {
    expect(refusal(() => decodeUpload('empty.csv', '')).code).toBe(ReferralImportExceptionCode.FILE_EMPTY);
    const bad = refusal(() => decodeUpload('a.csv', '企業名,法人番号'));
    expect(bad.code).toBe(ReferralImportExceptionCode.UNREADABLE_FILE);
    expect(bad.message).toContain('Base64');
  });

  it.each([
    ['report.pdf', '%PDF-1.7 ...', '対応していないファイル形式です(「report.pdf」)'],
    ['referrals.txt', '企業名\n', '対応していないファイル形式です'],
    ['old.xls', '\xd0\xcf\x11\xe0rest', '古い形式のExcelファイル(.xls)'],
    ['fake.xlsx', '企業名,職種\n', 'Excelブック(.xlsx)の形式ではありません'],
    ['book.csv', 'PK\x03\x04rest-of-a-zip', '中身がCSV(テキスト)ではありません'],
  ])('refuses %s as not a CSV or .xlsx', (name, content, message) => {
    const error = refusal(() => decodeUpload(name, b64(Buffer.from(content, 'latin1'))));
    expect(error.code).toBe(ReferralImportExceptionCode.UNSUPPORTED_FILE_TYPE);
    expect(error.message).toContain(message);
  });
});

describe('decodeCsvText', () => {
  const table = tableOf([validRow({ 企業名: '株式会社①髙橋製作所', 同意取得者: '佐藤 花子' })]);

  it('reads UTF-8 without a BOM', () => {
    const { text, encoding } = decodeCsvText(utf8Csv(table));
    expect(encoding).toBe('UTF-8');
    expect(text.startsWith('企業名,法人番号(任意)')).toBe(true);
    expect(text).toContain('株式会社①髙橋製作所');
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const { text, encoding } = decodeCsvText(utf8Csv(table, { bom: true }));
    expect(encoding).toBe('UTF-8 (BOM)');
    expect(text.charCodeAt(0)).toBe('企'.charCodeAt(0));
  });

  it('reads Shift_JIS as Excel saves it, NEC and IBM extensions included', () => {
    // Written out by hand: 企業名 = 8A E9 8B C6 96 BC, a comma, あ = 82 A0, ① = 87 40, 髙 = FB FC.
    const handWritten = Buffer.from([
      0x8a, 0xe9, 0x8b, 0xc6, 0x96, 0xbc, 0x2c, 0x82, 0xa0, 0x87, 0x40, 0xfb, 0xfc,
    ]);
    expect(decodeCsvText(handWritten)).toEqual({ text: '企業名,あ①髙', encoding: 'Shift_JIS' });
    // The fixtures' encoder agrees with the hand-written bytes, so the bigger files below are what they claim.
    expect(encodeShiftJis('企業名,あ①髙').equals(handWritten)).toBe(true);
    const { text, encoding } = decodeCsvText(shiftJisCsv(table));
    expect(encoding).toBe('Shift_JIS');
    expect(text).toBe(decodeCsvText(utf8Csv(table)).text);
  });

  it('refuses bytes that are neither UTF-8 nor Shift_JIS with one encoding error', () => {
    // A Shift_JIS lead byte followed by a space (82 20), then FD: invalid in both (and not UTF-8 either).
    const error = refusal(() => decodeCsvText(Buffer.from([0x41, 0x82, 0x20, 0xfd])));
    expect(error.code).toBe(ReferralImportExceptionCode.UNSUPPORTED_ENCODING);
    expect(error.message).toContain('UTF-8でもShift_JISでもありません');
  });

  it('refuses UTF-16 (Excel «Unicode テキスト») with its own advice', () => {
    const error = refusal(() =>
      decodeCsvText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('企業名', 'utf16le')])),
    );
    expect(error.code).toBe(ReferralImportExceptionCode.UNSUPPORTED_ENCODING);
    expect(error.message).toContain('UTF-16');
  });

  it('refuses a BOM followed by invalid UTF-8 instead of guessing Shift_JIS', () => {
    const error = refusal(() => decodeCsvText(Buffer.from([0xef, 0xbb, 0xbf, 0x8a, 0xe9])));
    expect(error.code).toBe(ReferralImportExceptionCode.UNSUPPORTED_ENCODING);
  });
});
