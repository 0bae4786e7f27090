import { CORPORATE_NUMBER_MESSAGES, corporateNumberCheckDigit } from '@kakehashi/text';
import { CompanySize } from '../company.entity';
import {
  COMPANY_FIELD_MESSAGES,
  normaliseCompanyFields,
  normalizeKana,
  type CompanyFieldsInput,
} from './company-fields';

const body = '992301100137'.slice(0, 12);
const validNumber = `${corporateNumberCheckDigit(body)}${body}`;
const wrongCheckDigit = `${(corporateNumberCheckDigit(body) + 1) % 10}${body}`;

const valid: CompanyFieldsInput = {
  legalName: '株式会社山田製作所',
  legalNameKana: 'ヤマダセイサクショ',
  corporateNumber: validNumber,
  jsicMajorCode: 'E',
  prefectureCode: '23',
  size: 'SME',
};

const fieldsOf = (input: CompanyFieldsInput) => normaliseCompanyFields(input).errors.map((e) => e.field);

describe('normaliseCompanyFields', () => {
  it('accepts a minimal valid company and derives both search keys', () => {
    const { values, errors } = normaliseCompanyFields(valid);
    expect(errors).toEqual([]);
    expect(values).toMatchObject({
      legalName: '株式会社山田製作所',
      nameSearchKey: '山田製作所',
      kanaSearchKey: 'ヤマダセイサクショ',
      corporateNumber: validNumber,
      size: CompanySize.SME,
      address: null,
      employeeCount: null,
    });
  });

  it('normalises what people type: full-width digits, hyphens, hiragana and half-width kana, lower-case codes', () => {
    const spaced = `${validNumber.slice(0, 1)}-${validNumber.slice(1, 5)}-${validNumber.slice(5, 9)}-${validNumber.slice(9)}`;
    const fullWidth = spaced.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const { values, errors } = normaliseCompanyFields({
      ...valid,
      legalName: '  株式会社   山田製作所 ',
      legalNameKana: 'やまだ ｾｲｻｸｼｮ',
      corporateNumber: fullWidth,
      jsicMajorCode: 'ｅ',
      prefectureCode: '８',
      size: 'sme',
      contactEmail: ' info＠yamada.example ',
      contactPhone: '０５６６－２１－００００',
    });
    expect(errors).toEqual([]);
    expect(values).toMatchObject({
      legalName: '株式会社 山田製作所',
      legalNameKana: 'ヤマダ セイサクショ',
      kanaSearchKey: 'ヤマダセイサクショ',
      corporateNumber: validNumber,
      jsicMajorCode: 'E',
      prefectureCode: '08',
      size: CompanySize.SME,
      contactEmail: 'info@yamada.example',
      contactPhone: '0566-21-0000',
    });
  });

  it('stores empty optional fields as null rather than empty strings', () => {
    const { values } = normaliseCompanyFields({
      ...valid,
      legalNameKana: ' ',
      corporateNumber: '',
      address: '',
      notes: '  ',
    });
    expect(values).toMatchObject({
      legalNameKana: null,
      kanaSearchKey: '',
      corporateNumber: null,
      address: null,
      notes: null,
    });
  });

  it('reports every problem at once, each with its Japanese message and input path', () => {
    const { errors } = normaliseCompanyFields({
      legalName: '',
      legalNameKana: 'Yamada',
      corporateNumber: wrongCheckDigit,
      jsicMajorCode: '',
      jsicMiddleCode: '261',
      prefectureCode: '',
      size: 'HUGE',
      employeeCount: -1,
      contactPhone: '電話して',
      contactEmail: 'yamada@',
      notes: 'あ'.repeat(2001),
    });
    expect(errors).toEqual([
      { field: 'input.legalName', message: COMPANY_FIELD_MESSAGES.legalNameRequired },
      { field: 'input.legalNameKana', message: COMPANY_FIELD_MESSAGES.kanaInvalid },
      { field: 'input.corporateNumber', message: CORPORATE_NUMBER_MESSAGES.CHECK_DIGIT },
      { field: 'input.jsicMajorCode', message: COMPANY_FIELD_MESSAGES.jsicMajorRequired },
      { field: 'input.jsicMiddleCode', message: COMPANY_FIELD_MESSAGES.jsicMiddleInvalid },
      { field: 'input.prefectureCode', message: COMPANY_FIELD_MESSAGES.prefectureRequired },
      { field: 'input.size', message: COMPANY_FIELD_MESSAGES.sizeInvalid },
      { field: 'input.employeeCount', message: COMPANY_FIELD_MESSAGES.employeeCountInvalid },
      { field: 'input.contactPhone', message: COMPANY_FIELD_MESSAGES.contactPhoneInvalid },
      { field: 'input.contactEmail', message: COMPANY_FIELD_MESSAGES.contactEmailInvalid },
      { field: 'input.notes', message: COMPANY_FIELD_MESSAGES.notesTooLong },
    ]);
  });

  it('tells a malformed corporate number from one with a wrong check digit', () => {
    expect(normaliseCompanyFields({ ...valid, corporateNumber: '12345' }).errors).toEqual([
      { field: 'input.corporateNumber', message: CORPORATE_NUMBER_MESSAGES.FORMAT },
    ]);
    expect(normaliseCompanyFields({ ...valid, corporateNumber: wrongCheckDigit }).errors).toEqual([
      { field: 'input.corporateNumber', message: CORPORATE_NUMBER_MESSAGES.CHECK_DIGIT },
    ]);
  });

  it('refuses a name that is only a legal designator, since it could never be found or told apart', () => {
    expect(normaliseCompanyFields({ ...valid, legalName: '（株）' }).errors).toEqual([
      { field: 'input.legalName', message: COMPANY_FIELD_MESSAGES.legalNameOnlyDesignator },
    ]);
  });

  it('counts length as the database does, so a 200-character name with 𠮷 fits', () => {
    expect(fieldsOf({ ...valid, legalName: '𠮷'.repeat(200) })).toEqual([]);
    expect(fieldsOf({ ...valid, legalName: '𠮷'.repeat(201) })).toEqual(['input.legalName']);
  });

  it('refuses fractional and negative employee counts but accepts zero', () => {
    expect(fieldsOf({ ...valid, employeeCount: 0 })).toEqual([]);
    expect(fieldsOf({ ...valid, employeeCount: 1.5 })).toEqual(['input.employeeCount']);
  });

  it('uses the given prefix for field paths (the demo seeder names the CSV row)', () => {
    expect(normaliseCompanyFields({ ...valid, size: '' }, 'row 3').errors[0].field).toBe('row 3.size');
  });
});

describe('normalizeKana', () => {
  it('turns hiragana and half-width katakana into katakana and a typed hyphen after kana into ー', () => {
    expect(normalizeKana('ﾜｰﾙﾄﾞ ぶりっじ-')).toBe('ワールド ブリッジー');
  });

  it('returns null for blank input', () => {
    expect(normalizeKana('　')).toBeNull();
    expect(normalizeKana(undefined)).toBeNull();
  });
});
