import {
  createInputOf,
  EMPTY_COMPANY_FORM,
  updateInputOf,
  type CompanyFormValues,
} from './company-form-values';

const values: CompanyFormValues = {
  ...EMPTY_COMPANY_FORM,
  legalName: '株式会社テスト',
  jsicMajorCode: 'E',
  prefectureCode: '13',
  size: 'SME',
  employeeCount: '１，２００',
  owningOfficeId: 'office-1',
};

describe('createInputOf', () => {
  it('sends empty optional fields as null and reads full-width digits as a number', () => {
    const input = createInputOf(values, { chooseOffice: false });
    expect(input).toMatchObject({
      legalName: '株式会社テスト',
      employeeCount: 1200,
      address: null,
      size: 'SME',
    });
    expect(input).not.toHaveProperty('owningOfficeId');
    expect(createInputOf(values, { chooseOffice: true })).toHaveProperty('owningOfficeId', 'office-1');
  });

  it('sends an employee count that is not a number as typed, for the API to name', () => {
    expect(createInputOf({ ...values, employeeCount: '多数' }, { chooseOffice: false }).employeeCount).toBe(
      '多数',
    );
  });
});

describe('updateInputOf', () => {
  it('sends only the fields changed since the version the edit started from', () => {
    const edited = { ...values, address: '東京都新宿区', legalNameKana: '' };
    const base = { ...values, legalNameKana: 'テスト' };
    expect(updateInputOf(base, edited, { id: 'c1', version: 4 })).toEqual({
      id: 'c1',
      expectedVersion: 4,
      address: '東京都新宿区',
      legalNameKana: null,
    });
  });
});
