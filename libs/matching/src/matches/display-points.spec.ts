import { DEFAULT_MATCHING_SETTINGS, FACTOR_KEYS } from '../engine/factor-weights';
import type { MatchExplanation } from '../engine/match-explanation';
import { MatchEngine } from '../engine/match-engine';
import { receivingProfile, sendingProfile, skill } from '../engine/__tests__/profile-builders';
import { TEST_REFERENCE } from '../engine/__tests__/reference.fixture';
import { apportion, factorPoints, toPoints } from './display-points';

const sum = (xs: number[]) => xs.reduce((total, x) => total + x, 0);

describe('points for people', () => {
  it('rounds a score to whole points, reading float noise as the value it stands for', () => {
    expect(toPoints(0.5049999999999999)).toBe(51);
    expect(toPoints(0.504)).toBe(50);
    expect(toPoints(0.8449999)).toBe(84);
    expect(toPoints(1)).toBe(100);
    expect(toPoints(0)).toBe(0);
    expect(toPoints(Number.NaN)).toBe(0);
  });

  it('apportions whole numbers that add up to the total, largest fractions first, within each cap', () => {
    expect(apportion([33.4, 33.3, 33.3], 100)).toEqual([34, 33, 33]);
    expect(apportion([2.6, 2.6, 2.6], 8)).toEqual([3, 3, 2]);
    // The largest fraction is capped, so the next one takes the point.
    expect(apportion([4.9, 3.5], 9, [4, 10])).toEqual([4, 5]);
    expect(apportion([], 0)).toEqual([]);
  });

  it('gives the default weights as points out of 100', () => {
    const factors = FACTOR_KEYS.map((factor) => ({
      factor,
      weight: DEFAULT_MATCHING_SETTINGS.weights[factor],
      value: 1,
      contribution: DEFAULT_MATCHING_SETTINGS.weights[factor],
    }));
    const points = factorPoints(factors, 100);
    expect(points.map((p) => p.maxPoints)).toEqual([5, 20, 6, 12, 12, 12, 8, 7, 5, 4, 5, 4]);
    expect(points.every((p) => p.points === p.maxPoints)).toBe(true);
  });

  it('makes the factor points of a real explanation add up to the score shown, each within its maximum', () => {
    const engine = new MatchEngine(TEST_REFERENCE, DEFAULT_MATCHING_SETTINGS);
    const explained = engine.explain(
      sendingProfile({
        id: 's',
        occupationCode: 'J',
        homePrefectureCode: '23',
        text: '建設機械オペレーター',
        skills: [skill('大型特殊自動車免許', 'LICENCE')],
        monthlyWage: 310_000,
        desiredPeriodMonths: 10,
      }),
      receivingProfile({
        id: 'r',
        occupationCode: 'H',
        workplacePrefectureCode: '24',
        text: '倉庫でのフォークリフト作業',
        requiredSkills: [skill('フォークリフト運転技能講習', 'LICENCE')],
        monthlyWage: 280_000,
        periodMonths: 6,
      }),
    ) as MatchExplanation;
    expect('excluded' in explained).toBe(false);
    const scorePoints = toPoints(explained.score);
    const points = factorPoints(explained.factors, scorePoints);
    expect(sum(points.map((p) => p.points))).toBe(scorePoints);
    expect(sum(points.map((p) => p.maxPoints))).toBe(100);
    for (const p of points) expect(p.points).toBeLessThanOrEqual(p.maxPoints);
    // Each factor's points are its contribution rounded up or down, never further off.
    explained.factors.forEach((f, i) => {
      expect(Math.abs(points[i].points - f.contribution * 100)).toBeLessThan(1);
    });
  });
});
