import { normaliseBranchFields } from './branch-fields';

const messages = (errors: { field: string; message: string }[]) =>
  Object.fromEntries(errors.map((e) => [e.field, e.message]));

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
