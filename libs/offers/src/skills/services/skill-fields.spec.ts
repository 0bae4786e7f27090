import { SkillCategory } from '../skill.entity';
import { normaliseSkillFields } from './skill-fields';

describe('normaliseSkillFields', () => {
  it('normalises a valid entry: reading to katakana, synonyms unique and trimmed', () => {
    const { values, errors } = normaliseSkillFields({
      name: ' フォークリフト運転技能 ',
      reading: 'ふぉーくりふとうんてんぎのう',
      category: 'qualification',
      synonyms: ['フォークリフト', ' フォークリフト ', '', 'ﾌｫｰｸﾘﾌﾄ免許'],
      implies: [],
    });
    expect(errors).toEqual([]);
    expect(values).toEqual({
      name: 'フォークリフト運転技能',
      reading: 'フォークリフトウンテンギノウ',
      category: SkillCategory.QUALIFICATION,
      synonyms: ['フォークリフト', 'フォークリフト免許'],
      implies: [],
    });
  });

  it('requires a name and a reading in kana, and a known category, all at once', () => {
    const { errors } = normaliseSkillFields({ name: '', reading: 'Forklift', category: 'TOOL' });
    expect(errors.map((e) => e.field)).toEqual(['input.name', 'input.reading', 'input.category']);
  });

  it('refuses an entry that implies itself', () => {
    const { errors } = normaliseSkillFields({
      name: '日商簿記2級',
      reading: 'ニッショウボキニキュウ',
      category: 'QUALIFICATION',
      implies: ['日商簿記２級'],
    });
    expect(errors).toEqual([{ field: 'input.implies.0', message: expect.stringContaining('自分自身') }]);
  });
});
