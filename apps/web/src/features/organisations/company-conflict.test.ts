import { conflictDifferences, reapplyChanges } from '../../shared/record-conflict';
import { COMPANY_FIELDS, EMPTY_COMPANY_FORM, type CompanyFormValues } from './company-form-values';

const base: CompanyFormValues = {
  ...EMPTY_COMPANY_FORM,
  legalName: '株式会社東京ソフトウェアラボ',
  jsicMajorCode: 'G',
  prefectureCode: '13',
  size: 'SME',
  address: '東京都千代田区1-1',
  contactName: '佐藤',
  notes: '',
  owningOfficeId: 'office-13',
};

describe('conflictDifferences', () => {
  it('lists each field that differs, saying who changed it', () => {
    const yours = { ...base, notes: '来月訪問', contactName: '鈴木' };
    const current = { ...base, address: '東京都港区2-2', contactName: '高橋' };
    expect(conflictDifferences(COMPANY_FIELDS, base, yours, current)).toEqual([
      { field: 'address', yours: '東京都千代田区1-1', current: '東京都港区2-2', changedBy: 'other' },
      { field: 'contactName', yours: '鈴木', current: '高橋', changedBy: 'both' },
      { field: 'notes', yours: '来月訪問', current: '', changedBy: 'you' },
    ]);
  });

  it('leaves out fields both changed to the same value, and is empty when nothing differs', () => {
    const same = { ...base, contactName: '鈴木' };
    expect(conflictDifferences(COMPANY_FIELDS, base, same, same)).toEqual([]);
  });
});

describe('reapplyChanges', () => {
  it('keeps the other person’s changes and lays the user’s own changes over them', () => {
    const yours = { ...base, notes: '来月訪問', contactName: '鈴木' };
    const current = { ...base, address: '東京都港区2-2', contactName: '高橋' };
    expect(reapplyChanges(COMPANY_FIELDS, base, yours, current)).toEqual({
      ...base,
      address: '東京都港区2-2',
      contactName: '鈴木',
      notes: '来月訪問',
    });
  });

  it('clearing a field is a change too', () => {
    const yours = { ...base, address: '' };
    const current = { ...base, notes: '別件' };
    expect(reapplyChanges(COMPANY_FIELDS, base, yours, current)).toEqual({
      ...base,
      address: '',
      notes: '別件',
    });
  });
});
