import { CompanySize } from '@kakehashi/organisations';
import { ReferralFileFormat, ReferralNeed } from '../../referral-enums';
import {
  HEADINGS,
  shiftJisCsv,
  tableOf,
  upload,
  utf8Csv,
  validRow,
  xlsxOf,
  corporateNumber,
  csvText,
} from '../__tests__/import-fixtures';
import { ReferralImportException, ReferralImportExceptionCode } from '../referral-import.exception';
import {
  MAX_DATA_ROWS,
  MAX_REPORTED_ERRORS,
  parseReferralImport,
  type ImportContext,
} from './parse-referral-import';

const BRANCH_ID = '11111111-1111-4111-8111-111111111111';
const CONTEXT: ImportContext = { today: '2026-11-21', branches: [{ id: BRANCH_ID, name: '新宿支店' }] };

async function refusal(work: Promise<unknown>): Promise<ReferralImportException> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ReferralImportException) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const csv = (rows: Record<string, string>[], headings = HEADINGS) =>
  upload('referrals.csv', utf8Csv(tableOf(rows, headings)));

describe('parseReferralImport', () => {
  it('reads the same rows from UTF-8, UTF-8 with BOM, Shift_JIS and .xlsx', async () => {
    const rows = [
      validRow({ 企業名: '株式会社髙橋①製作所', '詳細(任意)': '1行目\n2行目, 引用符"あり"' }),
      validRow({
        '相談内容(過剰/不足/両方)': '人員不足',
        送出人数: '',
        受入人数: '5',
        '支店名(任意)': '新宿支店',
      }),
    ];
    const table = tableOf(rows);
    const files = [
      upload('a.csv', utf8Csv(table)),
      upload('b.csv', utf8Csv(table, { bom: true })),
      upload('c.csv', shiftJisCsv(table)),
      upload('d.xlsx', await xlsxOf(table)),
    ];
    const parsed = await Promise.all(files.map((f) => parseReferralImport(f, CONTEXT)));
    expect(parsed.map((p) => [p.format, p.encoding, p.errorCount])).toEqual([
      [ReferralFileFormat.CSV, 'UTF-8', 0],
      [ReferralFileFormat.CSV, 'UTF-8 (BOM)', 0],
      [ReferralFileFormat.CSV, 'Shift_JIS', 0],
      [ReferralFileFormat.XLSX, null, 0],
    ]);
    for (const p of parsed) expect(p.rows).toEqual(parsed[0].rows);
    const [first, second] = parsed[0].rows;
    expect(first).toMatchObject({
      rowNumber: 2,
      branchId: null,
      content: {
        clientName: '株式会社髙橋①製作所',
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: CompanySize.SME,
        clientEmployeeCount: 120,
        need: ReferralNeed.SURPLUS,
        surplusPeople: 3,
        shortagePeople: null,
        desiredStartOn: '2027-04-01',
        description: '1行目\n2行目, 引用符"あり"',
        consentObtainedOn: '2025-04-01',
      },
    });
    expect(second).toMatchObject({
      rowNumber: 3,
      branchId: BRANCH_ID,
      content: { need: ReferralNeed.SHORTAGE, surplusPeople: null, shortagePeople: 5 },
    });
  });

  it('accepts the Japanese words and codes people type', async () => {
    const parsed = await parseReferralImport(
      csv([
        validRow({
          '産業分類(大分類)': '製造業',
          都道府県: '北海道',
          企業規模: 'LARGE',
          '相談内容(過剰/不足/両方)': '両方',
          送出人数: '２人',
          受入人数: '1,200',
          同意取得日: '2025年4月1日',
          '希望時期(任意)': '2027/4/1',
        }),
        validRow({
          '産業分類(大分類)': 'p 医療，福祉',
          都道府県: '27',
          企業規模: '大企業',
          '相談内容(過剰/不足/両方)': 'SURPLUS',
        }),
        validRow({ '産業分類(大分類)': 'ｇ', 都道府県: '大阪', '法人番号(任意)': '' }),
      ]),
      CONTEXT,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.content)).toMatchObject([
      {
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '01',
        clientSize: CompanySize.LARGE,
        need: ReferralNeed.BOTH,
        surplusPeople: 2,
        shortagePeople: 1200,
        consentObtainedOn: '2025-04-01',
        desiredStartOn: '2027-04-01',
      },
      {
        clientJsicMajorCode: 'P',
        clientPrefectureCode: '27',
        clientSize: CompanySize.LARGE,
        need: ReferralNeed.SURPLUS,
      },
      { clientJsicMajorCode: 'G', clientPrefectureCode: '27', clientCorporateNumber: null },
    ]);
  });

  it('reports every bad row with its Excel row number, the file’s own heading and a Japanese message', async () => {
    const headings = HEADINGS.map((h) => (h === '法人番号(任意)' ? '法人番号' : h));
    const good = validRow();
    const parsed = await parseReferralImport(
      csv(
        [
          { ...good, 法人番号: good['法人番号(任意)'] },
          { ...validRow(), 法人番号: '1234567890124', 企業名: '', 同意取得日: '2026-12-01' },
          { ...validRow(), 法人番号: '', 都道府県: '東京県', '産業分類(大分類)': '宇宙業', 送出人数: '三人' },
          {
            ...validRow(),
            法人番号: '',
            '相談内容(過剰/不足/両方)': '人員不足',
            受入人数: '2',
            '支店名(任意)': '渋谷支店',
          },
          { ...validRow(), 法人番号: '1.23457E+12' },
        ],
        headings,
      ),
      CONTEXT,
    );
    expect(parsed.rowCount).toBe(5);
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(parsed.errors.map((e) => [e.rowNumber, e.column])).toEqual([
      [3, '企業名'],
      [3, '法人番号'],
      [3, '同意取得日'],
      [4, '産業分類(大分類)'],
      [4, '都道府県'],
      [4, '送出人数'],
      [5, '送出人数'],
      [5, '支店名(任意)'],
      [6, '法人番号'],
    ]);
    const message = (row: number, column: string) =>
      parsed.errors.find((e) => e.rowNumber === row && e.column === column)?.message;
    expect(message(3, '企業名')).toBe('紹介先企業名を入力してください。');
    expect(message(3, '法人番号')).toBe('法人番号のチェックデジットが正しくありません。');
    expect(message(3, '同意取得日')).toBe('同意取得日に未来の日付は指定できません。');
    expect(message(4, '都道府県')).toContain('都道府県「東京県」が見つかりません');
    expect(message(4, '産業分類(大分類)')).toContain('産業分類「宇宙業」が見つかりません');
    expect(message(4, '送出人数')).toBe('送出(過剰)人数は1〜10000の整数で入力してください。');
    expect(message(5, '送出人数')).toBe('相談内容に合わないため、送出(過剰)人数は入力しないでください。');
    expect(message(5, '支店名(任意)')).toContain('支店名「渋谷支店」は貴機関の支店として登録されていません');
    expect(message(6, '法人番号')).toContain('指数表記');
    expect(parsed.errorCount).toBe(parsed.errors.length);
  });

  it('counts blank rows in the numbering, as Excel shows them, and skips them', async () => {
    const table = tableOf([validRow(), validRow()]);
    table.splice(
      2,
      0,
      HEADINGS.map(() => ''),
      HEADINGS.map(() => ' '),
    );
    table.push(HEADINGS.map((h) => (h === '企業名' ? '' : '')));
    const bad = validRow({ 職種: '' });
    table.push(HEADINGS.map((h) => bad[h]));
    const parsed = await parseReferralImport(upload('gaps.csv', Buffer.from(csvText(table))), CONTEXT);
    expect(parsed.rowCount).toBe(3);
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 5]);
    expect(parsed.errors).toEqual([
      { rowNumber: 7, column: '職種', message: '対象の職種を入力してください。' },
    ]);
  });

  it('flags the same company twice in one file on the later row', async () => {
    const number = corporateNumber();
    const parsed = await parseReferralImport(
      csv([
        validRow({ 企業名: '山田製作所', '法人番号(任意)': number }),
        validRow({ '法人番号(任意)': number }),
        validRow({ 企業名: '株式会社 ヤマダ', '法人番号(任意)': '' }),
        validRow({ 企業名: '（株）ヤマダ', '法人番号(任意)': '', 都道府県: '13' }),
        // Same name and prefecture but two different corporate numbers: two companies.
        validRow({ 企業名: '鈴木商店', '法人番号(任意)': corporateNumber() }),
        validRow({ 企業名: '鈴木商店', '法人番号(任意)': corporateNumber() }),
        // Same name in another prefecture: another company.
        validRow({ 企業名: '株式会社ヤマダ', '法人番号(任意)': '', 都道府県: '大阪府' }),
      ]),
      CONTEXT,
    );
    expect(parsed.errors).toEqual([
      {
        rowNumber: 3,
        column: '法人番号(任意)',
        message:
          '2行目と同じ法人番号です。同じ企業は1行にまとめてください(人員の過剰と不足の両方なら相談内容を「両方」に)。',
      },
      {
        rowNumber: 5,
        column: '企業名',
        message: expect.stringContaining('4行目と同じ企業(企業名と都道府県が同じ)です。') as string,
      },
    ]);
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 4, 6, 7, 8]);
  });

  it('reports a value under no heading instead of shifting it into another column', async () => {
    const table = tableOf([validRow()]);
    table[0] = [...table[0].slice(0, 3), '', ...table[0].slice(3)];
    table[1] = [...table[1].slice(0, 3), '', ...table[1].slice(3), '', 'はみ出し'];
    const parsed = await parseReferralImport(upload('x.csv', utf8Csv(table)), CONTEXT);
    expect(parsed.errors).toEqual([
      {
        rowNumber: 2,
        column: 'R列',
        message: '見出しのない列(R列)に「はみ出し」が入力されています。列がずれていないか確認してください。',
      },
    ]);
  });

  it('reads typed Excel cells: numbers, dates and a 13-digit corporate number', async () => {
    const number = corporateNumber();
    const row = validRow();
    const typed: Record<string, string | number | Date> = {
      ...row,
      '法人番号(任意)': Number(number),
      '従業員数(任意)': 250,
      送出人数: 4,
      '希望時期(任意)': new Date(Date.UTC(2027, 3, 1)),
      同意取得日: new Date(Date.UTC(2025, 9, 31)),
    };
    const file = upload('typed.xlsx', await xlsxOf([HEADINGS, HEADINGS.map((h) => typed[h] ?? null)]));
    const parsed = await parseReferralImport(file, CONTEXT);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0].content).toMatchObject({
      clientCorporateNumber: number,
      clientEmployeeCount: 250,
      surplusPeople: 4,
      desiredStartOn: '2027-04-01',
      consentObtainedOn: '2025-10-31',
    });
  });

  it('refuses a file without data rows, and one over the row limit, each with one error', async () => {
    const empty = await refusal(parseReferralImport(csv([]), CONTEXT));
    expect(empty.code).toBe(ReferralImportExceptionCode.NO_DATA_ROWS);
    const line = HEADINGS.map((h) => validRow()[h]).join(',');
    const text = `${HEADINGS.join(',')}\n${`${line}\n`.repeat(MAX_DATA_ROWS + 1)}`;
    const many = await refusal(parseReferralImport(upload('many.csv', Buffer.from(text)), CONTEXT));
    expect(many.code).toBe(ReferralImportExceptionCode.TOO_MANY_ROWS);
    expect(many.message).toContain('10,001行');
    expect(many.message).toContain('10,000行');
  });

  it('refuses a CSV padded with masses of blank lines at once, without parsing it (it would hold the server)', async () => {
    const line = HEADINGS.map((h) => validRow()[h]).join(',');
    const text = `${HEADINGS.join(',')}\n${line}\n${'\r\n'.repeat(2_000_000)}`;
    const error = await refusal(parseReferralImport(upload('blank.csv', Buffer.from(text)), CONTEXT));
    expect(error.code).toBe(ReferralImportExceptionCode.TOO_MANY_ROWS);
    // The line-count guard's message, not the row count after a parse (which would take about 40 s).
    expect(error.message).toContain('空の行');
  });

  it('refuses wrong headings before looking at any row', async () => {
    const error = await refusal(
      parseReferralImport(
        csv(
          [validRow()],
          HEADINGS.filter((h) => h !== '同意取得者'),
        ),
        CONTEXT,
      ),
    );
    expect(error.code).toBe(ReferralImportExceptionCode.INVALID_HEADINGS);
    expect(error.details['missing']).toEqual(['同意取得者']);
  });

  it('refuses a CSV it cannot parse with one error', async () => {
    const error = await refusal(
      parseReferralImport(upload('q.csv', Buffer.from(`${HEADINGS.join(',')}\n"株式会社,E\n`)), CONTEXT),
    );
    expect(error.code).toBe(ReferralImportExceptionCode.UNREADABLE_FILE);
  });

  it('lists at most the first 1,000 errors but counts them all', async () => {
    const rows = Array.from({ length: 600 }, () => validRow({ 職種: '', 同意取得者: '' }));
    const parsed = await parseReferralImport(csv(rows), CONTEXT);
    expect(parsed.errorCount).toBe(1200);
    expect(parsed.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(parsed.errors[0]).toMatchObject({ rowNumber: 2, column: '職種' });
  });
});
