import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainExperience } from './experience.explainer';

const experience = (years: number | null, minimum: number | null) =>
  explainExperience(pairOf({ experienceYears: years }, { minExperienceYears: minimum }));

describe('explainExperience', () => {
  it('says whether the years meet the minimum', () => {
    expect(experience(12, 3)).toEqual({ reasons: ['経験年数12年（必要3年以上）'] });
    expect(experience(2, 3)).toEqual({ gaps: ['経験年数2年（必要3年以上）'] });
  });

  it('says nothing without a minimum', () => {
    expect(experience(5, 0)).toEqual({});
  });

  it('names the side without data', () => {
    expect(experience(null, 3)).toEqual({ missing: ['経験年数（送出側）'] });
    expect(experience(null, null)).toEqual({ missing: ['経験年数（双方）'] });
  });
});
