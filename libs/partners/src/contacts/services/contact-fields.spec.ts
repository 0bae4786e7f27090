import { normaliseContactFields } from './contact-fields';

const messages = (errors: { field: string; message: string }[]) =>
  Object.fromEntries(errors.map((e) => [e.field, e.message]));

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
