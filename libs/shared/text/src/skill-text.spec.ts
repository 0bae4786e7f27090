import { skillLabel, skillMatchKey } from './skill-text';

describe('skillMatchKey', () => {
  it.each([
    'ﾌｫｰｸﾘﾌﾄ運転技能',
    'フォークリフト 運転技能',
    'ふぉーくりふと運転技能',
    'フォ-クリフト運転技能',
    'フォークリフト・運転技能',
  ])('%s → フォークリフト運転技能', (text) => {
    expect(skillMatchKey(text)).toBe('フォークリフト運転技能');
  });

  it('lower-cases Latin letters, full-width ones included', () => {
    expect(skillMatchKey('ＴＯＥＩＣ')).toBe('toeic');
    expect(skillMatchKey('Excel')).toBe(skillMatchKey('ｅｘｃｅｌ'));
  });

  it('drops whitespace and punctuation: middle dots, commas, brackets of both widths, slashes', () => {
    expect(skillMatchKey('クレーン・デリック運転士')).toBe('クレーンデリック運転士');
    expect(skillMatchKey('危険物取扱者（乙種第4類）')).toBe('危険物取扱者乙種第4類');
    expect(skillMatchKey('危険物取扱者(乙種 第４類)')).toBe('危険物取扱者乙種第4類');
    expect(skillMatchKey('CAD／CAM')).toBe('cadcam');
    expect(skillMatchKey('CAD/CAM')).toBe('cadcam');
    expect(skillMatchKey('経理、財務。')).toBe('経理財務');
    // Okurigana becomes katakana too, so 玉掛け and 玉掛ケ are one key.
    expect(skillMatchKey('「玉掛け」\u3000技能講習')).toBe('玉掛ケ技能講習');
  });

  it('keeps a long vowel typed as a dash after katakana, and removes a dash anywhere else', () => {
    expect(skillMatchKey('ボイラ－技士')).toBe('ボイラー技士');
    expect(skillMatchKey('ボイラ―技士')).toBe('ボイラー技士');
    expect(skillMatchKey('第一種-衛生管理者')).toBe('第一種衛生管理者');
  });

  it('keeps # and + so that C, C# and C++ stay different skills', () => {
    expect(new Set([skillMatchKey('C'), skillMatchKey('C#'), skillMatchKey('C++')]).size).toBe(3);
  });

  it('leaves kanji, digits and katakana alone, and gives an empty key for punctuation only', () => {
    expect(skillMatchKey('日商簿記2級')).toBe('日商簿記2級');
    expect(skillMatchKey('・・ 、')).toBe('');
  });

  it('is idempotent', () => {
    for (const text of ['ﾌｫｰｸﾘﾌﾄ運転技能', 'CAD/CAM', '危険物取扱者（乙種第4類）', 'ビジネス英語']) {
      expect(skillMatchKey(skillMatchKey(text))).toBe(skillMatchKey(text));
    }
  });
});

describe('skillLabel', () => {
  it('NFKC-normalises, trims and collapses spaces but keeps case and punctuation', () => {
    expect(skillLabel('  ﾄﾞﾛｰﾝ\u3000操縦  ')).toBe('ドローン 操縦');
    expect(skillLabel('ＴＯＥＩＣ（８００点）')).toBe('TOEIC(800点)');
  });
});
