import { ReferralImportException, ReferralImportExceptionCode } from '../referral-import.exception';
import { columnLetter, IMPORT_COLUMNS, resolveColumns } from './import-columns';

function refusal(work: () => unknown): ReferralImportException {
  try {
    work();
  } catch (error) {
    if (error instanceof ReferralImportException) return error;
    throw error;
  }
  throw new Error('expected the headings to be refused');
}

const TEMPLATE = IMPORT_COLUMNS.map((c) => c.heading);

describe('resolveColumns', () => {
  it('maps the template headings to their fields, in any order', () => {
    const reversed = [...TEMPLATE].reverse();
    const columns = resolveColumns(reversed);
    expect(columns.map((c) => c?.heading)).toEqual(reversed);
  });

  it('accepts full-width brackets, spaces, the other spellings and a missing optional column', () => {
    const headings = TEMPLATE.filter((h) => h !== '支店名(任意)').map((h) =>
      h === '産業分類(大分類)'
        ? '産業分類（大分類）'
        : h === '都道府県'
          ? '都道府県コード'
          : h === '法人番号(任意)'
            ? ' 法人番号 '
            : h === '同意取得日'
              ? '同意取得日(必須)'
              : h,
    );
    const columns = resolveColumns([...headings, '', '']);
    expect(columns.filter(Boolean).map((c) => c?.field)).toEqual(
      IMPORT_COLUMNS.filter((c) => c.field !== 'branchName').map((c) => c.field),
    );
    expect(columns).toHaveLength(headings.length);
  });

  it('lists every missing, unknown and repeated heading in one error', () => {
    const headings = [...TEMPLATE.filter((h) => h !== '企業名' && h !== '職種'), '住所', '送出人数'];
    const error = refusal(() => resolveColumns(headings));
    expect(error.code).toBe(ReferralImportExceptionCode.INVALID_HEADINGS);
    expect(error.details).toMatchObject({
      missing: ['企業名', '職種'],
      unknown: ['住所'],
      duplicated: ['送出人数'],
    });
    expect(error.message).toContain('不足している列: 企業名、職種');
    expect(error.message).toContain('認識できない列: 住所');
    expect(error.message).toContain('重複している列: 送出人数');
    expect(error.fields).toHaveLength(1);
  });

  it('refuses a file whose first row is empty (data without headings)', () => {
    const error = refusal(() => resolveColumns(['', ' ']));
    expect(error.code).toBe(ReferralImportExceptionCode.INVALID_HEADINGS);
    expect(error.message).toContain('1行目に列見出しがありません');
  });

  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
