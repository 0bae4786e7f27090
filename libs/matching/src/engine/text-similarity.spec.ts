import { sharedWords } from './shared-words';
import { comparableText, gramCosine, textGrams, textValue } from './text-similarity';

const sim = (a: string, b: string) => gramCosine(textGrams(a), textGrams(b));

describe('textGrams', () => {
  it('finds words in Japanese text without spaces (character bigrams, not a whitespace split)', () => {
    const grams = textGrams('大型特殊自動車免許を保有');
    expect(grams.length).toBeGreaterThanOrEqual(6);
    expect(sim('大型特殊自動車免許を保有', '大型特殊自動車免許')).toBeGreaterThan(0.7);
  });

  it('gives the same grams for full-width and half-width, hiragana and katakana, and any spacing', () => {
    const reference = textGrams('フォークリフト運転 ＤＸ推進 大型特殊');
    for (const variant of [
      'ﾌｫｰｸﾘﾌﾄ運転 DX推進 大型特殊',
      'ふぉーくりふと運転　ｄｘ推進　大型特殊',
      'フォークリフト 運転 DX 推進 大型 特殊',
      'フォークリフト運転ＤＸ推進大型特殊',
    ]) {
      expect(Array.from(textGrams(variant))).toEqual(Array.from(reference));
    }
  });

  it('makes similarity independent of those spelling differences', () => {
    const other = '倉庫でのフォークリフト運転と入出荷';
    const a = sim('フォークリフト運転の経験', other);
    expect(sim('ﾌｫｰｸﾘﾌﾄ運転の経験', other)).toBe(a);
    expect(sim('ふぉーくりふと運転の経験', other)).toBe(a);
    expect(sim('フォークリフト 運転 の 経験', other)).toBe(a);
    expect(a).toBeGreaterThan(0.3);
  });

  it('drops particles and okurigana that would make unrelated texts look alike', () => {
    expect(sim('している', 'している')).toBe(0);
    expect(comparableText('Ａ　ｂ ｶﾅ')).toBe('abカナ');
  });
});

describe('gramCosine and textValue', () => {
  it('scores unrelated job texts low and related ones higher', () => {
    const customs = '税関との折衝、貨物検査の立会い、通関関連事務';
    const unrelated = sim(customs, '特別養護老人ホームでの介護、入浴・食事の介助');
    const related = sim(customs, '輸入申告・通関書類の作成と税関への提出');
    expect(unrelated).toBeLessThan(0.05);
    expect(related).toBeGreaterThan(0.15);
    expect(related).toBeGreaterThan(unrelated * 4);
  });

  it('is 1 for the same text and 0 when nothing is shared', () => {
    expect(sim('塗装技能士1級', '塗装技能士1級')).toBeCloseTo(1, 12);
    expect(sim('経理事務', 'トラック配送')).toBe(0);
  });

  it('gives the TEXT factor 1 from a cosine of 0.5 upwards, and neutral when a side wrote nothing', () => {
    expect(textValue(textGrams('生産ラインの工程管理'), textGrams('生産ラインの工程管理'))).toBe(1);
    expect(textValue(textGrams(''), textGrams('生産ラインの工程管理'))).toBe(0.5);
    expect(textValue(textGrams('経理事務'), textGrams('トラック配送'))).toBe(0);
  });
});

describe('sharedWords', () => {
  it('lists the Japanese words both texts use, in the counterpart’s order, without particles', () => {
    const words = sharedWords(
      '法人向けの航空券の手配、英語での折衝',
      '船舶・航空貨物の輸送手配、税関との折衝、英語でのやり取り',
    );
    expect(words).toEqual(expect.arrayContaining(['手配', '折衝', '英語']));
    expect(words).not.toContain('の');
    expect(words).not.toContain('での');
  });

  it('matches words across hiragana and katakana spellings', () => {
    expect(sharedWords('まぐろの解体・加工', 'マグロ解体')).toEqual(['マグロ', '解体']);
  });
});
