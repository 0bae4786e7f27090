import { skill } from '../__tests__/profile-builders';
import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainPreferredSkills } from './preferred-skills.explainer';

describe('explainPreferredSkills', () => {
  it('says which preferred skills the sender holds', () => {
    const pair = pairOf(
      { skills: [skill('玉掛け技能', 'LICENCE')] },
      { preferredSkills: [skill('玉掛け技能', 'LICENCE'), skill('フォークリフト運転技能者')] },
    );
    expect(explainPreferredSkills(pair)).toEqual({
      reasons: ['歓迎資格「玉掛け技能」を保有'],
      gaps: ['歓迎資格「フォークリフト運転技能者」は未保有'],
    });
  });

  it('only names the factor without data when the sender recorded no skill', () => {
    expect(explainPreferredSkills(pairOf({}, { preferredSkills: [skill('溶接', 'SKILL')] }))).toEqual({
      missing: ['歓迎資格・スキル（送出側）'],
    });
    expect(explainPreferredSkills(pairOf())).toEqual({});
  });
});
