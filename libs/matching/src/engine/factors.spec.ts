import { WorkplaceCondition } from '@kakehashi/offers';
import { NO_NIGHT_SHIFT_BIT, conditionMask, epochDay } from './compiled-profile';
import {
  NEUTRAL,
  SHIFT_DAY,
  SHIFT_FLEXIBLE,
  SHIFT_NIGHT,
  SHIFT_NONE,
  SHIFT_ROTATING,
  conditionsValue,
  experienceValue,
  peopleValue,
  periodValue,
  preferredValue,
  regionAllowed,
  regionValue,
  requiredValue,
  startValue,
  wageValue,
} from './factors';
import { OCCUPATION_AFFINITIES, occupationIndex, occupationValue } from './occupation-affinity';

describe('requiredValue', () => {
  it('is the share of required licences held, 1 when nothing is required', () => {
    expect(requiredValue(0, 0, true)).toBe(1);
    expect(requiredValue(0, 0, false)).toBe(1);
    expect(requiredValue(2, 2, true)).toBe(1);
    expect(requiredValue(1, 2, true)).toBe(0.5);
    expect(requiredValue(0, 3, true)).toBe(0);
  });

  it('is neutral when the sender recorded no skills at all', () => {
    expect(requiredValue(0, 2, false)).toBe(NEUTRAL);
  });
});

describe('preferredValue', () => {
  it('only adds: 0.5 with none held, 1 with all held', () => {
    expect(preferredValue(0, 2, true)).toBe(0.5);
    expect(preferredValue(1, 2, true)).toBe(0.75);
    expect(preferredValue(2, 2, true)).toBe(1);
  });

  it('is neutral when nothing is preferred or the sender recorded no skills', () => {
    expect(preferredValue(0, 0, true)).toBe(NEUTRAL);
    expect(preferredValue(0, 3, false)).toBe(NEUTRAL);
  });
});

describe('regionValue and regionAllowed', () => {
  const TOKYO = 0;
  const KANAGAWA = 1;
  const OSAKA = 2;
  const KANTO = 0;
  const KINKI = 1;

  it('ranks the same prefecture above a listed one, the same region, and elsewhere', () => {
    expect(regionValue(TOKYO, KANTO, 0, TOKYO, KANTO)).toBe(1);
    expect(regionValue(TOKYO, KANTO, 2, KANAGAWA, KANTO)).toBe(0.9);
    expect(regionValue(TOKYO, KANTO, 0, KANAGAWA, KANTO)).toBe(0.6);
    expect(regionValue(TOKYO, KANTO, 0, OSAKA, KINKI)).toBe(0.2);
  });

  it('counts a listed prefecture as fitting even in another region', () => {
    expect(regionValue(TOKYO, KANTO, 1, OSAKA, KINKI)).toBe(0.9);
  });

  it('is neutral when a prefecture or its region is unknown', () => {
    expect(regionValue(-1, -1, 0, OSAKA, KINKI)).toBe(NEUTRAL);
    expect(regionValue(TOKYO, KANTO, 0, 7, -1)).toBe(NEUTRAL);
  });

  it('excludes workplaces outside a non-empty list of acceptable prefectures', () => {
    expect(regionAllowed(new Int32Array([TOKYO, KANAGAWA]), KANAGAWA)).toBe(true);
    expect(regionAllowed(new Int32Array([TOKYO, KANAGAWA]), OSAKA)).toBe(false);
    expect(regionAllowed(new Int32Array(0), OSAKA)).toBe(true);
  });
});

describe('periodValue', () => {
  it('is the shorter over the longer period for a secondment', () => {
    expect(periodValue(true, 12, 12)).toBe(1);
    expect(periodValue(true, 12, 6)).toBe(0.5);
    expect(periodValue(true, 6, 12)).toBe(0.5);
    expect(periodValue(true, 4, 1)).toBe(0.25);
  });

  it('is neutral for a transfer-only pair and when either period is missing', () => {
    expect(periodValue(false, 12, 1)).toBe(NEUTRAL);
    expect(periodValue(true, NaN, 6)).toBe(NEUTRAL);
    expect(periodValue(true, 6, NaN)).toBe(NEUTRAL);
  });
});

describe('wageValue', () => {
  it('is 1 when the receiver pays at least the current wage', () => {
    expect(wageValue(true, 300_000, 300_000)).toBe(1);
    expect(wageValue(false, 300_000, 350_000)).toBe(1);
  });

  it('is softer for a secondment (wages shared by agreement) than for a transfer', () => {
    expect(wageValue(true, 300_000, 240_000)).toBeCloseTo(0.75, 12);
    expect(wageValue(false, 300_000, 240_000)).toBeCloseTo(0.5, 12);
    expect(wageValue(true, 300_000, 180_000)).toBeCloseTo(0.5, 12);
    expect(wageValue(false, 300_000, 180_000)).toBe(0);
    expect(wageValue(true, 300_000, 60_000)).toBe(0);
  });

  it('is neutral when either wage is missing or the current one is zero', () => {
    expect(wageValue(true, NaN, 300_000)).toBe(NEUTRAL);
    expect(wageValue(true, 300_000, NaN)).toBe(NEUTRAL);
    expect(wageValue(false, 0, 300_000)).toBe(NEUTRAL);
  });
});

describe('peopleValue', () => {
  it('is 1 for equal numbers and averages the two shares otherwise', () => {
    expect(peopleValue(2, 2)).toBe(1);
    expect(peopleValue(1, 2)).toBe(0.75);
    expect(peopleValue(2, 1)).toBe(0.75);
    expect(peopleValue(10, 1)).toBeCloseTo(0.55, 12);
  });

  it('is neutral without numbers', () => {
    expect(peopleValue(NaN, 2)).toBe(NEUTRAL);
    expect(peopleValue(2, 0)).toBe(NEUTRAL);
  });
});

describe('startValue', () => {
  const apr1 = epochDay('2026-04-01');

  it('is 1 when the sender can start by the receiver’s date, then falls to 0 after 90 days late', () => {
    expect(startValue(epochDay('2026-03-01'), apr1)).toBe(1);
    expect(startValue(apr1, apr1)).toBe(1);
    expect(startValue(apr1 + 45, apr1)).toBe(0.5);
    expect(startValue(apr1 + 90, apr1)).toBe(0);
    expect(startValue(apr1 + 200, apr1)).toBe(0);
  });

  it('is neutral when either date is missing or malformed', () => {
    expect(startValue(NaN, apr1)).toBe(NEUTRAL);
    expect(startValue(apr1, epochDay(null))).toBe(NEUTRAL);
    expect(epochDay('四月')).toBeNaN();
  });
});

describe('conditionsValue', () => {
  const wanted = (...c: WorkplaceCondition[]) => conditionMask(c);
  const value = (w: WorkplaceCondition[], offered: WorkplaceCondition[], shift: number) =>
    conditionsValue(conditionMask(w), w.length, conditionMask(offered), shift, NO_NIGHT_SHIFT_BIT);

  it('is 1 with no wishes and the share of wishes met otherwise', () => {
    expect(
      conditionsValue(0, 0, wanted(WorkplaceCondition.TWO_DAYS_OFF), SHIFT_DAY, NO_NIGHT_SHIFT_BIT),
    ).toBe(1);
    expect(value([WorkplaceCondition.WOMEN_FRIENDLY], [WorkplaceCondition.WOMEN_FRIENDLY], SHIFT_DAY)).toBe(
      1,
    );
    expect(
      value(
        [WorkplaceCondition.WOMEN_FRIENDLY, WorkplaceCondition.HOUSING_PROVIDED],
        [WorkplaceCondition.WOMEN_FRIENDLY],
        SHIFT_NONE,
      ),
    ).toBe(0.5);
  });

  it('meets 夜勤なし with a day-only workplace and breaks it with night or rotating shifts', () => {
    const noNight = [WorkplaceCondition.NO_NIGHT_SHIFT];
    const other = [WorkplaceCondition.TWO_DAYS_OFF];
    expect(value(noNight, other, SHIFT_DAY)).toBe(1);
    expect(value(noNight, other, SHIFT_NIGHT)).toBe(0);
    expect(value(noNight, other, SHIFT_ROTATING)).toBe(0);
    expect(value(noNight, other, SHIFT_FLEXIBLE)).toBe(0.5);
    expect(value(noNight, noNight, SHIFT_NONE)).toBe(1);
  });

  it('is neutral when the receiver stated neither conditions nor a shift pattern', () => {
    expect(value([WorkplaceCondition.WOMEN_FRIENDLY], [], SHIFT_NONE)).toBe(NEUTRAL);
  });
});

describe('experienceValue', () => {
  it('is 1 at or above the minimum and the share of it below', () => {
    expect(experienceValue(5, 5)).toBe(1);
    expect(experienceValue(20, 5)).toBe(1);
    expect(experienceValue(0, 0)).toBe(1);
    expect(experienceValue(2, 8)).toBe(0.25);
  });

  it('is neutral when either is missing', () => {
    expect(experienceValue(NaN, 5)).toBe(NEUTRAL);
    expect(experienceValue(5, NaN)).toBe(NEUTRAL);
  });
});

describe('occupationValue', () => {
  const o = (a: string, b: string) => occupationValue(occupationIndex(a), occupationIndex(b));

  it('is 1 for the same 職業大分類 and 0 for unrelated ones', () => {
    expect(o('H', 'H')).toBe(1);
    expect(o('I', 'C')).toBe(0);
    expect(o('A', 'G')).toBe(0);
  });

  it('gives related groups the hand-made closeness, symmetrically', () => {
    expect(o('H', 'K')).toBe(0.6);
    expect(o('K', 'H')).toBe(0.6);
    expect(o('H', 'J')).toBe(0.5);
    expect(o('H', 'I')).toBe(0.5);
    expect(o('A', 'B')).toBe(0.5);
    expect(o('A', 'C')).toBe(0.6);
    for (const { a, b, value } of OCCUPATION_AFFINITIES) {
      expect(o(a, b)).toBe(value);
      expect(o(b, a)).toBe(value);
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('is neutral for 分類不能の職業 (L) and unknown codes', () => {
    expect(o('L', 'H')).toBe(NEUTRAL);
    expect(o('H', 'Z')).toBe(NEUTRAL);
    expect(o('', 'A')).toBe(NEUTRAL);
  });
});
