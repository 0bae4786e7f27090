import { aRegistrant, anOpening, matchRef } from '../../__tests__/match-profiles';
import { preferredSkillsFactor } from './preferred-skills.factor';

describe('preferredSkillsFactor', () => {
  it('is 1 with every preferred skill held', () => {
    expect(preferredSkillsFactor(aRegistrant(), anOpening(), matchRef)).toEqual({
      value: 1,
      reasons: ['歓迎資格・スキル「Excel」を保有'],
      gaps: [],
      missing: false,
    });
  });

  it('only adds: neutral with none held, none preferred or no skill registered', () => {
    for (const [registrant, opening] of [
      [aRegistrant({ skillKeys: ['other'] }), anOpening()],
      [aRegistrant(), anOpening({ preferredSkills: [] })],
      [aRegistrant({ skillKeys: [] }), anOpening()],
    ] as const)
      expect(preferredSkillsFactor(registrant, opening, matchRef)).toEqual({
        value: 0.5,
        reasons: [],
        gaps: [],
        missing: false,
      });
  });
});
