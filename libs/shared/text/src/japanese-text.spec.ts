import {
  companyNameSearchKey,
  escapeLikePattern,
  normalizeText,
  searchTermsFor,
  toKatakana,
  typedText,
} from './japanese-text';

describe('typedText', () => {
  it('keeps what the user typed (①, full-width letters, half-width kana, inner spaces and line breaks), trimmed', () => {
    expect(typedText('\u3000 第①工場 ＡＢＣ ｶﾀｶﾅ\n2行目　です \n')).toBe('第①工場 ＡＢＣ ｶﾀｶﾅ\n2行目　です');
    expect(typedText(null)).toBe('');
    expect(typedText(undefined)).toBe('');
  });
});

describe('normalizeText', () => {
  it('folds full-width Latin and digits and half-width katakana (NFKC)', () => {
    expect(normalizeText('ＡＢＣ１２３')).toBe('abc123');
    expect(normalizeText('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(normalizeText('ｶﾞｲｼｬ')).toBe('ガイシャ');
  });

  it('trims and collapses whitespace runs, including ideographic spaces and tabs, to one ASCII space', () => {
    expect(normalizeText('  山田\u3000\u3000製作所 \t 本社  ')).toBe('山田 製作所 本社');
  });

  it('lower-cases Latin letters and leaves Japanese alone', () => {
    expect(normalizeText('Kakehashi ＮＰＯ 架け橋')).toBe('kakehashi npo 架け橋');
  });
});

describe('toKatakana', () => {
  it('turns hiragana into katakana, including small kana, ゔ and the iteration marks', () => {
    expect(toKatakana('やまだせいさくしょ')).toBe('ヤマダセイサクショ');
    expect(toKatakana('ぁゖゔ')).toBe('ァヶヴ');
    expect(toKatakana('ゝゞ')).toBe('ヽヾ');
  });

  it('leaves katakana, kanji, ー and Latin unchanged', () => {
    expect(toKatakana('山田ラーメンabc')).toBe('山田ラーメンabc');
    expect(toKatakana('らーめん')).toBe('ラーメン');
  });
});

describe('companyNameSearchKey', () => {
  it.each([
    '（株）山田製作所',
    '(株)山田製作所',
    '株式会社 山田製作所',
    '山田製作所株式会社',
    '㈱山田製作所',
    '山田製作所　㈱',
  ])('%s → 山田製作所', (name) => {
    expect(companyNameSearchKey(name)).toBe('山田製作所');
  });

  it('gives the same katakana key for half-width katakana (with the reading of 株式会社) and hiragana', () => {
    expect(companyNameSearchKey('ｶﾌﾞｼｷｶﾞｲｼｬ ﾔﾏﾀﾞｾｲｻｸｼｮ')).toBe('ヤマダセイサクショ');
    expect(companyNameSearchKey('やまだせいさくしょ')).toBe('ヤマダセイサクショ');
    expect(companyNameSearchKey('カブシキカイシャヤマダ')).toBe('ヤマダ');
    expect(companyNameSearchKey('ゆうげんがいしゃ ヤマダ')).toBe('ヤマダ');
    expect(companyNameSearchKey('ヤマダ ゴウドウガイシャ')).toBe('ヤマダ');
  });

  it.each([
    ['有限会社雪見川酒造', '雪見川酒造'],
    ['合同会社 つくば', 'ツクバ'],
    ['合資会社宮沢酒造店', '宮沢酒造店'],
    ['合名会社宮沢商店', '宮沢商店'],
    ['一般社団法人 かけはし協会', 'カケハシ協会'],
    ['公益財団法人 産業雇用', '産業雇用'],
    ['社会福祉法人みのり会', 'ミノリ会'],
    ['医療法人社団 さくら耳鼻咽喉科', 'サクラ耳鼻咽喉科'],
    ['医療法人財団 さくら会', 'サクラ会'],
    ['医療法人さくら会', 'サクラ会'],
    ['学校法人 洛北学園', '洛北学園'],
    ['特定非営利活動法人 かけはし', 'カケハシ'],
    ['NPO法人かけはし', 'カケハシ'],
    ['npo法人かけはし', 'カケハシ'],
    ['独立行政法人 雇用支援機構', '雇用支援機構'],
    ['みどり野農業協同組合', 'ミドリ野'],
    ['東海鉄工協同組合', '東海鉄工'],
    ['(有)山田商店', '山田商店'],
    ['㈲山田商店', '山田商店'],
    ['（同）山田', '山田'],
    ['(社)日本協会', '日本協会'],
    ['㈶日本財団', '日本財団'],
    ['（医）さくら会', 'サクラ会'],
    ['(学)洛北学園', '洛北学園'],
    ['（福）みのり会', 'ミノリ会'],
  ])('removes the designator: %s → %s', (name, key) => {
    expect(companyNameSearchKey(name)).toBe(key);
  });

  it('removes whitespace and common punctuation', () => {
    expect(companyNameSearchKey('ワールド・ブリッジ･トラベル')).toBe('ワールドブリッジトラベル');
    expect(companyNameSearchKey('山田、製作所。')).toBe('山田製作所');
    expect(companyNameSearchKey('Yamada Co., Ltd.')).toBe('yamadacoltd');
    expect(companyNameSearchKey('ＡＢＣ－ＤＥＦ 株式会社')).toBe('abcdef');
    expect(companyNameSearchKey('山田‐製作所')).toBe('山田製作所');
  });

  it('turns dash lookalikes after katakana into the long vowel mark ー', () => {
    const expected = 'ラーメンハウス';
    expect(companyNameSearchKey('ラーメンハウス')).toBe(expected);
    expect(companyNameSearchKey('ラ－メンハウス')).toBe(expected); // full-width hyphen-minus U+FF0D
    expect(companyNameSearchKey('ラ‐メンハウス')).toBe(expected); // hyphen U+2010
    expect(companyNameSearchKey('ラ−メンハウス')).toBe(expected); // minus sign U+2212
    expect(companyNameSearchKey('ﾗｰﾒﾝﾊｳｽ')).toBe(expected); // half-width prolonged sound mark U+FF70
    expect(companyNameSearchKey('ら-めんはうす')).toBe(expected); // hiragana becomes katakana first
  });

  it('keeps parentheses that are not a designator', () => {
    expect(companyNameSearchKey('山田製作所（東京）')).toBe('山田製作所(東京)');
  });
});

describe('searchTermsFor', () => {
  it('splits a mixed query into katakana runs and other runs', () => {
    expect(searchTermsFor('ヤマダ製作所')).toEqual(['ヤマダ', '製作所']);
    expect(searchTermsFor('やまだ製作所')).toEqual(['ヤマダ', '製作所']);
    expect(searchTermsFor('ｻｸﾗ耳鼻咽喉科')).toEqual(['サクラ', '耳鼻咽喉科']);
    expect(searchTermsFor('ラーメン山田ハウス')).toEqual(['ラーメン', '山田', 'ハウス']);
  });

  it('normalises like companyNameSearchKey, so designators and spaces do not become terms', () => {
    expect(searchTermsFor('株式会社 山田製作所')).toEqual(['山田製作所']);
    expect(searchTermsFor('  ＡＢＣ  ')).toEqual(['abc']);
    expect(searchTermsFor('ラ－メン')).toEqual(['ラーメン']);
  });

  it('returns [] for a query that is empty after normalisation', () => {
    expect(searchTermsFor('')).toEqual([]);
    expect(searchTermsFor(' \u3000 ')).toEqual([]);
    expect(searchTermsFor('㈱')).toEqual([]);
  });

  it('lets every term match the name key or the kana key of 山田製作所', () => {
    const nameKey = companyNameSearchKey('株式会社山田製作所');
    const kanaKey = companyNameSearchKey('ヤマダセイサクショ');
    const matches = (query: string): boolean =>
      searchTermsFor(query).every((term) => nameKey.includes(term) || kanaKey.includes(term));
    expect(matches('ヤマダ製作所')).toBe(true);
    expect(matches('やまだ')).toBe(true);
    expect(matches('山田')).toBe(true);
    expect(matches('ヤマダ鉄工所')).toBe(false);
  });
});

describe('escapeLikePattern', () => {
  it('escapes backslash, percent and underscore with a backslash', () => {
    expect(escapeLikePattern('100%')).toBe('100\\%');
    expect(escapeLikePattern('a_b')).toBe('a\\_b');
    expect(escapeLikePattern('c:\\d')).toBe('c:\\\\d');
    expect(escapeLikePattern('\\%_')).toBe('\\\\\\%\\_');
  });

  it('leaves other text unchanged', () => {
    expect(escapeLikePattern('山田製作所*?[]')).toBe('山田製作所*?[]');
  });
});
