import { aRegistrant, anOpening, matchRef } from '../../__tests__/match-profiles';
import { wageFactor } from './wage.factor';

describe('wageFactor', () => {
  it('is 1 at or above the wish, naming the range', () => {
    expect(wageFactor(aRegistrant(), anOpening(), matchRef)).toEqual({
      value: 1,
      reasons: ['賃金（月額16万円〜20万円）が希望（月額18万円）以上'],
      gaps: [],
      missing: false,
    });
    expect(wageFactor(aRegistrant({ monthlyWage: 0 }), anOpening({ wageMax: 1 }), matchRef).value).toBe(1);
  });

  it('loses value fast below the wish', () => {
    const v = wageFactor(aRegistrant(), anOpening({ wageMin: null, wageMax: 150000 }), matchRef);
    expect(v.value).toBeCloseTo(1 - 2.5 * (1 - 150000 / 180000), 10);
    expect(v.gaps).toEqual(['賃金（月額15万円）が希望（月額18万円）を下回る']);
    const slightly = wageFactor(aRegistrant(), anOpening({ wageMin: null, wageMax: 170000 }), matchRef);
    expect(slightly.gaps).toEqual(['賃金（月額17万円）が希望（月額18万円）をやや下回る']);
  });

  it('falls back on the offer’s wage, and is missing without any', () => {
    expect(wageFactor(aRegistrant(), anOpening({ wageMin: null, wageMax: null }), matchRef).value).toBe(1);
    const none = anOpening({ wageMin: null, wageMax: null, offerMonthlyWage: null });
    expect(wageFactor(aRegistrant(), none, matchRef).missing).toBe(true);
    expect(wageFactor(aRegistrant({ monthlyWage: null }), anOpening(), matchRef).missing).toBe(true);
  });
});
