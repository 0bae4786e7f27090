import { PartnerType } from '../../partner-enums';
import { normaliseInstitutionFields, prefectureCode } from './institution-fields';

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
