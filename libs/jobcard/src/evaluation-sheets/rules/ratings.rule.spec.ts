import { evaluation, PLAN, pressSheet, rating, struck } from '../__tests__/sheet-fixtures';
import { ratingCounts, suggestRating, suggestRatingFromCounts } from './ratings.rule';
import { validateEvaluation } from './validate-evaluation';

describe('R-ES-13: a rating suggested from a frequency', () => {
  it('EX-ES-13: 80 % → A; 79 % → B; 20 % → B; 19 % → C', () => {
    expect([80, 79, 20, 19].map(suggestRating)).toEqual(['A', 'B', 'B', 'C']);
  });

  it('from counts, exactly: 8 of 10 → A, 79 of 100 → B, 1 of 5 → B, 19 of 100 → C', () => {
    expect(
      [
        [8, 10],
        [79, 100],
        [1, 5],
        [19, 100],
      ].map(([times, of]) => suggestRatingFromCounts(times, of)),
    ).toEqual(['A', 'B', 'B', 'C']);
  });

  it('refuses a frequency outside 0–100 % and counts that are not whole', () => {
    expect(() => suggestRating(101)).toThrow(RangeError);
    expect(() => suggestRating(Number.NaN)).toThrow(RangeError);
    expect(() => suggestRatingFromCounts(3, 0)).toThrow(RangeError);
    expect(() => suggestRatingFromCounts(1.5, 4)).toThrow(RangeError);
  });
});

describe('R-ES-12: ratings', () => {
  it('counts A/B/C, struck and unrated, separately for the trainee and the company', () => {
    const counts = ratingCounts(
      evaluation({
        ratings: {
          'III2.1.1': rating('A', 'A'),
          'III2.1.2': rating('A', 'B'),
          'III2.1.3': rating(null, 'C'),
          'III2.1.4': struck(),
          'III2.1.5': rating('B', null),
        },
      }),
    );
    expect(counts.self).toEqual({ A: 2, B: 1, C: 0, notEvaluated: 1, unrated: 1 });
    expect(counts.company).toEqual({ A: 1, B: 1, C: 1, notEvaluated: 1, unrated: 1 });
  });

  it('a struck criterion carrying a grade is refused, named by unit and number', () => {
    const ratings = { 'III2.3.5': { ...struck(), company: 'B' as const } };
    const findings = validateEvaluation(pressSheet(), evaluation({ ratings }), PLAN);
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['RATING_ON_STRUCK_CRITERION', 'ratings.III2.3.5'],
    ]);
    expect(findings[0].message).toContain('Ⅲ(2)「打ち抜き加工」(5)');
  });

  it('the targets carry no grades; a key the sheet does not have is refused', () => {
    const targets = evaluation({
      moment: 'TARGETS',
      date: '2025-03-25',
      ratings: { 'II.TEAMWORK.2': rating('A', null), 'III1.2.1': struck(), 'III2.8.1': rating('A', 'A') },
    });
    const findings = validateEvaluation(pressSheet(), targets, PLAN);
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['RATING_UNKNOWN_CRITERION', 'ratings.III2.8.1'],
      ['RATING_AT_TARGETS', 'ratings.II.TEAMWORK.2'],
    ]);
    expect(findings[1].message).toContain('Ⅱ「チームワーク」(2)');
  });
});
