import { isFragment, sharedWords } from './shared-words';

describe('sharedWords', () => {
  it('leaves out words every job text uses (技能, スタッフ, 業務, 経験, 免許)', () => {
    const words = sharedWords(
      '物流倉庫スタッフ。フォークリフト運転技能講習修了、入出庫業務の経験5年',
      '倉庫スタッフ募集：フォークリフトでの入出庫業務、運転技能講習修了者、経験者優遇',
    );
    expect(words).toEqual(expect.arrayContaining(['倉庫', 'フォークリフト', '運転', '講習']));
    for (const noise of ['スタッフ', '業務', '技能', '経験', '修了']) expect(words).not.toContain(noise);
  });

  it('leaves out fragments of licence names (一種, 第三, 種, 者) and numbers', () => {
    const words = sharedWords(
      '中型自動車第一種運転免許、第三種電気主任技術者、経験3年',
      '中型自動車運転免許（一種）必須、第三種電気主任技術者歓迎、3年以上',
    );
    expect(words).toEqual(['中型', '自動車', '運転', '電気', '主任']);
  });

  it('shows the counterpart’s own spelling, not the lower-case key', () => {
    expect(sharedWords('toeic 850点、nc旋盤の経験', 'TOEIC 800点以上、NC旋盤オペレーター')).toEqual([
      'TOEIC',
      'NC',
      '旋盤',
    ]);
    expect(sharedWords('TOEIC 850点、NC旋盤', 'ＴＯＥＩＣ８００点以上、ＮＣ旋盤、ﾌｫｰｸﾘﾌﾄ')).toEqual([
      'ＴＯＥＩＣ',
      'ＮＣ',
      '旋盤',
    ]);
  });

  it('keeps a katakana word whole where the segmenter cuts it (ピッ｜キング)', () => {
    expect(sharedWords('倉庫内でのピッキング作業', '食品のピッキング・検品')).toEqual(['ピッキング']);
  });
});

describe('isFragment', () => {
  it('is true for single characters, numerals with a counter, grades and particles only', () => {
    for (const word of ['種', '者', '第三', '一種', '第2', '2級', '850', '3年', '乙種', 'の', 'での'])
      expect([word, isFragment(word)]).toEqual([word, true]);
    for (const word of ['一般', '千葉', '旋盤', 'NC', '第一交通', 'まぐろ'])
      expect([word, isFragment(word)]).toEqual([word, false]);
  });
});
