import { ShiftPattern, WorkplaceCondition } from '@kakehashi/offers';
import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainConditions } from './conditions.explainer';

const { NO_NIGHT_SHIFT, TWO_DAYS_OFF } = WorkplaceCondition;

describe('explainConditions', () => {
  it('says nothing when the sender wished for nothing', () => {
    expect(explainConditions(pairOf({ conditions: [] }, { conditions: [TWO_DAYS_OFF] }))).toEqual({});
  });

  it('says which wishes the receiver meets, in the conditions’ order', () => {
    const pair = pairOf(
      { conditions: [TWO_DAYS_OFF, NO_NIGHT_SHIFT] },
      { conditions: [NO_NIGHT_SHIFT, TWO_DAYS_OFF] },
    );
    expect(explainConditions(pair)).toEqual({
      reasons: ['希望条件「夜勤なし」を満たす', '希望条件「週休二日制」を満たす'],
      gaps: [],
    });
  });

  it('judges no night shift by the shift pattern when the receiver did not list it', () => {
    const wish = { conditions: [NO_NIGHT_SHIFT, TWO_DAYS_OFF] };
    expect(explainConditions(pairOf(wish, { shiftPattern: ShiftPattern.DAY }))).toEqual({
      reasons: ['希望条件「夜勤なし」を満たす（日勤のみ）'],
      gaps: ['希望条件「週休二日制」は受入条件に記載なし'],
    });
    expect(explainConditions(pairOf(wish, { shiftPattern: ShiftPattern.NIGHT }))).toEqual({
      reasons: [],
      gaps: ['希望条件「夜勤なし」に対し受入先は夜勤あり', '希望条件「週休二日制」は受入条件に記載なし'],
    });
    expect(explainConditions(pairOf(wish, { shiftPattern: ShiftPattern.FLEXIBLE }))).toEqual({
      reasons: [],
      gaps: ['希望条件「夜勤なし」は要確認（シフト相談可）', '希望条件「週休二日制」は受入条件に記載なし'],
    });
  });

  it('names the receiver as without data when it stated no condition and no shift', () => {
    expect(explainConditions(pairOf({ conditions: [NO_NIGHT_SHIFT] }, { conditions: [] }))).toEqual({
      missing: ['職場環境・条件（受入側）'],
    });
  });
});
