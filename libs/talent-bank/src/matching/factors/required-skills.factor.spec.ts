import { aRegistrant, anOpening, matchRef } from '../../__tests__/match-profiles';
import { requiredSkillsFactor } from './required-skills.factor';

describe('requiredSkillsFactor', () => {
  it('is 1 when nothing is required', () => {
    expect(requiredSkillsFactor(aRegistrant(), anOpening({ requiredSkills: [] }), matchRef)).toEqual({
      value: 1,
      reasons: [],
      gaps: [],
      missing: false,
    });
  });

  it('is the share held, a reason or a gap per skill', () => {
    const opening = anOpening({
      requiredSkills: [
        { skillId: null, label: '日商簿記検定2級', key: '日商簿記検定2級' },
        { skillId: null, label: '普通自動車免許', key: 'driving' },
      ],
    });
    expect(requiredSkillsFactor(aRegistrant(), opening, matchRef)).toEqual({
      value: 0.5,
      reasons: ['必須資格・スキル「日商簿記検定2級」を保有'],
      gaps: ['必須資格・スキル「普通自動車免許」が未保有'],
      missing: false,
    });
  });

  it('is neutral with a gap (not a note) when the registrant registered no skill', () => {
    expect(requiredSkillsFactor(aRegistrant({ skillKeys: [] }), anOpening(), matchRef)).toEqual({
      value: 0.5,
      reasons: [],
      gaps: ['必須資格・スキル「日商簿記検定2級」の保有が未確認（資格・スキル未登録）'],
      missing: false,
    });
  });
});
