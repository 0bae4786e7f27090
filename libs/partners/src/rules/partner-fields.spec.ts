import { AgreementCounterpart, PartnerType } from '../partner-enums';
import {
  normaliseAgreementFields,
  normaliseBranchFields,
  normaliseContactFields,
  normaliseInstitutionFields,
  prefectureCode,
} from './partner-fields';

const messages = (errors: { field: string; message: string }[]) =>
  Object.fromEntries(errors.map((e) => [e.field, e.message]));

describe('partner institution fields', () => {
  const institution = (overrides: Partial<Parameters<typeof normaliseInstitutionFields>[0]> = {}) =>
    normaliseInstitutionFields({
      type: PartnerType.BUSINESS_ASSOCIATION,
      name: '愛知県経営者協会',
      hasHqStep: false,
      coveredPrefectureCodes: ['23'],
      ...overrides,
    });

  it('keeps the name as typed (trimmed) and derives the search key without the legal designator', () => {
    const { values, errors } = institution({ name: '  一般社団法人　愛知県経営者協会 ' });
    expect(errors).toEqual([]);
    expect(values.name).toBe('一般社団法人 愛知県経営者協会');
    expect(values.nameSearchKey).toBe(institution().values.nameSearchKey);
  });

  it('pads, de-duplicates and sorts the covered prefectures; none means not limited', () => {
    expect(
      institution({ coveredPrefectureCodes: ['27', '２６', '1', '27'] }).values.coveredPrefectureCodes,
    ).toEqual(['01', '26', '27']);
    expect(institution({ coveredPrefectureCodes: [] }).values.coveredPrefectureCodes).toEqual([]);
  });

  it('reports every problem at once, by field, in Japanese', () => {
    const { errors } = institution({ type: 'BANK', name: ' ', coveredPrefectureCodes: ['13', '48', 'x'] });
    expect(messages(errors)).toEqual({
      'input.type': '種別を指定してください(金融機関・経済団体・労働組合・行政機関)。',
      'input.name': '名称を入力してください。',
      'input.coveredPrefectureCodes.1': '都道府県コード「48」は存在しません(01〜47)。',
      'input.coveredPrefectureCodes.2': '都道府県コード「x」は存在しません(01〜47)。',
    });
  });

  it('refuses a name that is only a legal designator, and one over 100 characters', () => {
    expect(messages(institution({ name: '株式会社' }).errors)['input.name']).toMatch(/機関の名前/);
    expect(messages(institution({ name: 'あ'.repeat(101) }).errors)['input.name']).toBe(
      '名称は100文字以内で入力してください。',
    );
  });
});

describe('prefecture codes', () => {
  it('accepts 01..47 however typed, nothing else', () => {
    expect(['1', '01', '４７', ' 13 '].map(prefectureCode)).toEqual(['01', '01', '47', '13']);
    expect(['0', '00', '48', '130', '', 'HQ'].map(prefectureCode)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('branch fields', () => {
  it('normalises the name (NFKC) so that 第１支店 and 第1支店 are one name', () => {
    expect(normaliseBranchFields({ name: ' 第１支店 ', prefectureCode: '13' }).values).toEqual({
      name: '第1支店',
      prefectureCode: '13',
    });
  });

  it('requires a name and a prefecture', () => {
    expect(messages(normaliseBranchFields({ name: '', prefectureCode: '' }).errors)).toEqual({
      'input.name': '支店名を入力してください。',
      'input.prefectureCode': '所在都道府県を指定してください。',
    });
  });
});

describe('agreement fields', () => {
  it('takes a headquarters agreement without an office and a regional one with it', () => {
    expect(
      normaliseAgreementFields({ signedOn: '2020/10/1', counterpart: AgreementCounterpart.CENTER_HQ }),
    ).toEqual({
      values: { signedOn: '2020-10-01', counterpart: 'CENTER_HQ', officeId: null, endedOn: null },
      errors: [],
    });
    expect(
      normaliseAgreementFields({
        signedOn: '2020-11-16',
        counterpart: AgreementCounterpart.REGIONAL_OFFICE,
        officeId: 'office-id',
        endedOn: '2022-03-31',
      }).values,
    ).toMatchObject({ officeId: 'office-id', endedOn: '2022-03-31' });
  });

  it('refuses a counterpart without its office (or HQ with one), bad dates and an end before the signing', () => {
    expect(
      messages(
        normaliseAgreementFields({
          signedOn: '2020-02-30',
          counterpart: AgreementCounterpart.REGIONAL_OFFICE,
        }).errors,
      ),
    ).toEqual({
      'input.signedOn': '締結日を日付(例: 2020-10-01)で入力してください。',
      'input.officeId': '地方事務所との協定では締結した地方事務所を指定してください。',
    });
    expect(
      messages(
        normaliseAgreementFields({
          signedOn: '2021-04-01',
          counterpart: AgreementCounterpart.CENTER_HQ,
          officeId: 'x',
          endedOn: '2021-03-31',
        }).errors,
      ),
    ).toEqual({
      'input.officeId': '本部との協定には事務所を指定できません。',
      'input.endedOn': '終了日は締結日(2021-04-01)以降の日付を入力してください。',
    });
  });
});

describe('contact fields', () => {
  it('keeps e-mail lower-cased (full-width too) and the phone as typed', () => {
    expect(
      normaliseContactFields({
        name: '山本 彩',
        email: 'ＹＡＭＡＭＯＴＯ@m-bank.example',
        phone: '03-0000-0001',
      }).values,
    ).toEqual({ name: '山本 彩', title: null, email: 'yamamoto@m-bank.example', phone: '03-0000-0001' });
  });

  it('needs an e-mail or a phone, each well formed', () => {
    expect(messages(normaliseContactFields({ name: '山本 彩' }).errors)).toEqual({
      'input.email': '連絡先としてメールアドレスか電話番号の少なくとも一方を入力してください。',
    });
    expect(
      messages(normaliseContactFields({ name: '', email: 'yamamoto', phone: '03-0000-000１ 内線' }).errors),
    ).toEqual({
      'input.name': '氏名を入力してください。',
      'input.email': 'メールアドレスの形式が正しくありません(例: name@example.jp)。',
      'input.phone': '電話番号は数字とハイフンで入力してください(例: 03-1234-5678)。',
    });
  });
});
