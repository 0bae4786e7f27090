import { passwordProblem } from './password-policy';

const owner = { email: 'suzuki.ichiro@example.jp', name: '鈴木 一郎' };
const check = (password: string, who = owner) => passwordProblem(password, who);

const OWN_EMAIL = 'パスワードにメールアドレス(またはその一部)を含めることはできません。';
const OWN_NAME = 'パスワードに氏名(またはその一部)を含めることはできません。';
const COMMON = 'よく使われているパスワードのため使用できません。推測されにくいものを指定してください。';
const CONTROL = 'パスワードに制御文字(改行・タブ・ゼロ幅文字など)は使用できません。';

describe('password policy', () => {
  it('accepts an ordinary strong passphrase, kanji and kana included', () => {
    expect(check('correct-horse-battery-staple')).toBeNull();
    expect(check('川沿いの桜並木を歩く午後三時')).toBeNull();
    expect(check('twelve-chars')).toBeNull();
  });

  it('needs 12 to 256 characters, counting kanji as one each', () => {
    expect(check('short-pass1')).toBe('パスワードは12文字以上で入力してください。');
    expect(check('漢'.repeat(11) + 'x')).toBeNull();
    expect(check('x'.repeat(257))).toBe('パスワードは256文字以内で入力してください。');
  });

  it('refuses the commonest passwords, whatever their case or width', () => {
    expect(check('password1234')).toBe(COMMON);
    expect(check('Qwerty123456')).toBe(COMMON);
    expect(check('１２３４５６７８９０１２')).toBe(COMMON);
    // Not on the list: the same words differently arranged.
    expect(check('1234password-')).toBeNull();
  });

  it('refuses the owner’s e-mail address or a part of it, whatever the case or width', () => {
    expect(check('suzuki.ichiro@example.jp')).toBe(OWN_EMAIL);
    expect(check('my-SUZUKI.ICHIRO-2025')).toBe(OWN_EMAIL);
    expect(check('ｓｕｚｕｋｉ-is-my-login')).toBe(OWN_EMAIL);
    expect(check('hello-ichiro-1234')).toBe(OWN_EMAIL);
    expect(check('suzukiichiro!!')).toBe(OWN_EMAIL);
  });

  it('refuses the owner’s name or a part of it', () => {
    expect(check('鈴木一郎のパスワードです')).toBe(OWN_NAME);
    expect(check('わたしは鈴木です。よろしく')).toBe(OWN_NAME);
    expect(check('Tanaka-Hanako-rules', { email: 'th@example.jp', name: 'Tanaka Hanako' })).toBe(OWN_NAME);
  });

  it('does not refuse a password for sharing a letter or two with a short address or name', () => {
    const shortOwner = { email: 'a@example.jp', name: 'Li Bo' };
    expect(check('a-reliable-passphrase', shortOwner)).toBeNull();
    expect(check('isolation-test-password', { email: 'iso-7@partner.example', name: 'Tom Ito' })).toBeNull();
    expect(check('tomato-garden-42', { email: 'tom@example.jp', name: 'Tom' })).toBeNull();
  });

  it('refuses control and invisible format characters', () => {
    expect(check('correct-horse\nbattery')).toBe(CONTROL);
    expect(check('correct-horse\tbattery')).toBe(CONTROL);
    expect(check('correct-horse\u0000battery')).toBe(CONTROL);
    expect(check('correct-horse\u200bbattery')).toBe(CONTROL);
    expect(check('correct-horse\u202ebattery')).toBe(CONTROL);
  });
});
