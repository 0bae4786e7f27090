import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainPeople } from './people.explainer';

const people = (sending: number, receiving: number) =>
  explainPeople(pairOf({ people: sending }, { people: receiving }));

describe('explainPeople', () => {
  it('says equal, or which side has more', () => {
    expect(people(2, 2)).toEqual({ reasons: ['人数が一致（2人）'] });
    expect(people(1, 3)).toEqual({ gaps: ['受入希望3人に対し送出可能1人'] });
    expect(people(3, 1)).toEqual({ gaps: ['送出可能3人に対し受入希望1人'] });
  });

  it('names the side without a number', () => {
    expect(people(0, 2)).toEqual({ missing: ['人数（送出側）'] });
  });
});
