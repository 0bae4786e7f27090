import { summarise } from '../support/stats';
import { rankingDifference } from './ranking';

describe('rankingDifference', () => {
  const expected = [
    { id: 'a', score: 0.9 },
    { id: 'b', score: 0.8 },
  ];

  it('accepts the same ids in the same order with the same scores', () => {
    expect(rankingDifference(expected, [...expected])).toBeNull();
  });

  it('names the first rank that differs in id, order or score, or a different length', () => {
    expect(rankingDifference(expected, [expected[1], expected[0]])).toBe(
      'rank 1: b (0.8) instead of a (0.9)',
    );
    expect(rankingDifference(expected, [expected[0], { id: 'b', score: 0.79 }])).toBe(
      'rank 2: score 0.79 instead of 0.8',
    );
    expect(rankingDifference(expected, [expected[0]])).toBe('1 items instead of 2');
  });
});

describe('summarise', () => {
  it('takes percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_v, i) => 100 - i); // 100..1, unsorted on purpose
    const summary = summarise(samples);
    expect(summary).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });
});
