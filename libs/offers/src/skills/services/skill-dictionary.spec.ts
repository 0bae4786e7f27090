import { skillMatchKey } from '@kakehashi/text';
import { skillDictionaryFromSeed } from '../../seed/seed-offers-reference-data';
import { aliasKeysOf, SkillDictionary, type SkillDictionaryEntry } from './skill-dictionary';

function entry(
  name: string,
  reading: string,
  synonyms: string[] = [],
  implies: string[] = [],
): SkillDictionaryEntry {
  const matchKey = skillMatchKey(name);
  return {
    id: `id-${name}`,
    name,
    matchKey,
    aliasKeys: aliasKeysOf({ matchKey, name, reading, synonyms }),
    implies,
  };
}

const dictionary = new SkillDictionary([
  entry('普通自動車第一種運転免許', 'フツウジドウシャダイイッシュウンテンメンキョ', [
    '普通免許',
    '自動車運転免許',
  ]),
  entry('準中型自動車第一種運転免許', 'ジュンチュウガタ', ['準中型免許'], ['普通自動車第一種運転免許']),
  entry('中型自動車第一種運転免許', 'チュウガタ', ['中型免許'], ['準中型免許']),
  entry('大型自動車第一種運転免許', 'オオガタ', ['大型免許'], ['中型自動車第一種運転免許']),
  entry('フォークリフト運転技能', 'フォークリフトウンテンギノウ', [
    'フォークリフト',
    'フォークリフト運転技能講習修了',
  ]),
  entry('日商簿記2級', 'ニッショウボキニキュウ', ['簿記2級'], ['日商簿記3級']),
  entry('日商簿記3級', 'ニッショウボキサンキュウ', ['簿記3級'], ['日商簿記2級']),
]);

describe('SkillDictionary.resolve', () => {
  it('resolves every spelling of a known skill to the dictionary entry, its name and its key', () => {
    for (const text of [
      'ﾌｫｰｸﾘﾌﾄ',
      'フォークリフト 運転技能',
      'ふぉーくりふと運転技能',
      'フォークリフト運転技能講習修了',
    ]) {
      expect(dictionary.resolve([text])).toEqual([
        {
          skillId: 'id-フォークリフト運転技能',
          label: 'フォークリフト運転技能',
          key: skillMatchKey('フォークリフト運転技能'),
        },
      ]);
    }
  });

  it('resolves by the katakana reading too', () => {
    expect(dictionary.resolve(['ふぉーくりふとうんてんぎのう'])[0].skillId).toBe('id-フォークリフト運転技能');
  });

  it('keeps an unknown skill as typed (NFKC, trimmed) with its own key', () => {
    expect(dictionary.resolve(['  ﾄﾞﾛｰﾝ操縦 '])).toEqual([
      { skillId: null, label: 'ドローン操縦', key: 'ドローン操縦' },
    ]);
  });

  it('keeps one entry per key: two spellings of a skill, known or unknown, are one skill', () => {
    const skills = dictionary.resolve(['普通免許', '自動車運転免許', 'ﾄﾞﾛｰﾝ 操縦', 'どろーん操縦']);
    expect(skills.map((s) => s.label)).toEqual(['普通自動車第一種運転免許', 'ドローン 操縦']);
  });
});

describe('SkillDictionary.keysWithImplied', () => {
  it('adds the keys of the entries a licence implies, transitively', () => {
    const keys = dictionary.keysWithImplied(dictionary.resolve(['大型免許']));
    expect(keys.sort()).toEqual(
      [
        '大型自動車第一種運転免許',
        '中型自動車第一種運転免許',
        '準中型自動車第一種運転免許',
        '普通自動車第一種運転免許',
      ]
        .map(skillMatchKey)
        .sort(),
    );
  });

  it('stops on a cycle and leaves unknown skills as they are', () => {
    const keys = dictionary.keysWithImplied(dictionary.resolve(['簿記2級', 'ドローン操縦']));
    expect(keys.sort()).toEqual(['日商簿記2級', '日商簿記3級', 'ドローン操縦'].map(skillMatchKey).sort());
  });

  it('does not widen what implies nothing', () => {
    expect(dictionary.keysWithImplied(dictionary.resolve(['普通免許']))).toEqual([
      skillMatchKey('普通自動車第一種運転免許'),
    ]);
  });
});

describe('the seed dictionary and common spellings', () => {
  const seed = skillDictionaryFromSeed();
  const nameOf = (text: string) => seed.lookup(text)?.name ?? null;
  const held = (...texts: string[]) => seed.keysWithImplied(seed.resolve(texts));

  it('resolves a licence written with 運転免許, kanji or digit grades, or its grade after the name', () => {
    expect(nameOf('中型自動車運転免許')).toBe('中型自動車第一種運転免許');
    expect(nameOf('中型自動車運転免許（一種）')).toBe('中型自動車第一種運転免許');
    expect(nameOf('普通自動車運転免許')).toBe('普通自動車第一種運転免許');
    expect(nameOf('大型二種免許')).toBe('大型自動車第二種運転免許');
    expect(nameOf('大型第2種運転免許')).toBe('大型自動車第二種運転免許');
    expect(nameOf('第2種電気工事士')).toBe('第二種電気工事士');
    expect(nameOf('電気工事士2種')).toBe('第二種電気工事士');
    expect(nameOf('危険物取扱者乙種4類')).toBe('危険物取扱者(乙種第4類)');
    // A generic word or a bare grade left once the wording is removed names no licence.
    for (const text of ['自動車', '免許', '第二種', '2級', 'TOEIC 8000点'])
      expect([text, nameOf(text)]).toEqual([text, null]);
  });

  it('resolves qualifications with their grade or score, and the wording of a requirement', () => {
    expect(nameOf('2級ファイナンシャル・プランニング技能士')).toBe('2級ファイナンシャル・プランニング技能士');
    expect(nameOf('二級ファイナンシャル・プランニング技能士')).toBe(
      '2級ファイナンシャル・プランニング技能士',
    );
    expect(nameOf('ＦＰ技能士２級')).toBe('2級ファイナンシャル・プランニング技能士');
    expect(nameOf('TOEIC 800点以上')).toBe('TOEIC 800点以上');
    expect(nameOf('TOEIC L&R 800点以上')).toBe('TOEIC 800点以上');
    expect(nameOf('ＴＯＥＩＣ８００点')).toBe('TOEIC 800点以上');
    expect(nameOf('英検二級以上')).toBe('実用英語技能検定2級');
    expect(nameOf('日商簿記検定2級合格')).toBe('日商簿記2級');
    expect(nameOf('フォークリフト運転技能講習修了証')).toBe('フォークリフト運転技能');
  });

  it('counts the lower licences and grades as held', () => {
    expect(held('大型二種')).toEqual(
      expect.arrayContaining(
        [
          '大型自動車第一種運転免許',
          '中型自動車第二種運転免許',
          '中型自動車第一種運転免許',
          '普通自動車第二種運転免許',
        ].map(skillMatchKey),
      ),
    );
    expect(held('1級ファイナンシャル・プランニング技能士')).toEqual(
      expect.arrayContaining(
        [
          '2級ファイナンシャル・プランニング技能士',
          '3級ファイナンシャル・プランニング技能士',
          'FP技能士',
        ].map((name) => seed.lookup(name)?.matchKey),
      ),
    );
    expect(held('危険物取扱者（甲種）')).toEqual(
      expect.arrayContaining(['危険物取扱者（乙種第4類）', '危険物取扱者（丙種）'].map(skillMatchKey)),
    );
  });

  it('counts a TOEIC score as every level it reaches, and no higher one', () => {
    const keys = held('TOEIC 830点');
    expect(seed.resolve(['TOEIC 830点'])[0].label).toBe('TOEIC 830点');
    expect(keys).toEqual(
      expect.arrayContaining(['TOEIC 800点以上', 'TOEIC 730点以上', 'TOEIC', '英語'].map(skillMatchKey)),
    );
    expect(keys).not.toContain(skillMatchKey('TOEIC 850点以上'));
    expect(held('TOEIC 8000点')).toEqual([skillMatchKey('TOEIC 8000点')]);
  });
});
