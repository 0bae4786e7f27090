import { skillMatchKey } from '@kakehashi/text';
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
