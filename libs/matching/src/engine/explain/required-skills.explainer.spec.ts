import { skill } from '../__tests__/profile-builders';
import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainRequiredSkills } from './required-skills.explainer';

describe('explainRequiredSkills', () => {
  it('says which required licences and skills the sender holds', () => {
    const pair = pairOf(
      { skills: [skill('大型特殊自動車免許', 'LICENCE')] },
      { requiredSkills: [skill('大型特殊自動車免許', 'LICENCE'), skill('溶接', 'SKILL')] },
    );
    expect(explainRequiredSkills(pair)).toEqual({
      reasons: ['必須資格「大型特殊自動車免許」を保有'],
      gaps: ['必須スキル「溶接」が未保有'],
      missing: [],
    });
  });

  it('calls them unconfirmed, and the factor without data, when the sender recorded no skill', () => {
    const pair = pairOf({ skills: [] }, { requiredSkills: [skill('玉掛け技能', 'LICENCE')] });
    expect(explainRequiredSkills(pair)).toEqual({
      reasons: [],
      gaps: ['必須資格「玉掛け技能」の保有が未確認（送出側の資格・スキル未登録）'],
      missing: ['必須資格・スキル（送出側）'],
    });
  });

  it('says nothing when nothing is required', () => {
    expect(explainRequiredSkills(pairOf())).toEqual({ reasons: [], gaps: [], missing: [] });
  });
});
