import { evaluation, pressSheet, rating, struck } from '../__tests__/sheet-fixtures';
import type { CriterionRating } from '../evaluation-sheet';
import { canAdvance, flaggedCriteria, flagReasons } from './evaluation-workflow.rule';
import { ratingCounts } from './ratings.rule';

describe('R-ES-16: flagged criteria', () => {
  const cases: [string, CriterionRating, boolean][] = [
    ['EX-ES-16a: A/A, not struck → not flagged (same, not C)', rating('A', 'A'), false],
    ['EX-ES-16b: A/B → flagged (differ)', rating('A', 'B'), true],
    ['EX-ES-16c: B/C → flagged (differ and company C)', rating('B', 'C'), true],
    ['EX-ES-16d: C/C → flagged (C rating)', rating('C', 'C'), true],
    ['EX-ES-16e: blank/B → flagged (trainee could not self-rate)', rating(null, 'B'), true],
    ['EX-ES-16f: struck → not flagged', struck(), false],
  ];
  it.each(cases)('%s', (_, row, flagged) => {
    expect(flaggedCriteria(evaluation({ ratings: { 'III2.1.1': row } })).length > 0).toBe(flagged);
  });

  it('gives the reasons: differ + company C for B/C, self C + company C for C/C, no self for blank/B', () => {
    expect(flagReasons(rating('B', 'C'))).toEqual(['DIFFERENT', 'COMPANY_C']);
    expect(flagReasons(rating('C', 'C'))).toEqual(['SELF_C', 'COMPANY_C']);
    expect(flagReasons(rating(null, 'B'))).toEqual(['SELF_MISSING']);
  });

  it('EX-ES-16f: a grade entered on a struck criterion → error when advancing', () => {
    const withGrade = evaluation({
      state: 'SELF_RATED',
      ratings: { 'III2.1.1': { ...struck(), self: 'A' } },
    });
    expect(canAdvance(withGrade, 'COMPANY_RATED').map((f) => f.code)).toEqual(['RATING_ON_STRUCK_CRITERION']);
  });

  it('the targets are never flagged (they carry no ratings)', () => {
    expect(
      flaggedCriteria(evaluation({ moment: 'TARGETS', ratings: { 'III2.1.1': rating(null, null) } })),
    ).toEqual([]);
  });
});

describe('R-ES-15, 16: the procedure', () => {
  const ratings = {
    'III2.1.1': rating('A', 'A'),
    'III2.1.2': rating('A', 'B'),
    'III2.1.3': rating('B', 'C'),
  };

  it('EX-ES-16g: (A,A), (A,B), (B,C): company A=B=C=1; 2 flagged; issuing without notes refused, naming both', () => {
    const final = evaluation({ state: 'EXPLAINED', ratings });
    expect(ratingCounts(final).company).toMatchObject({ A: 1, B: 1, C: 1 });
    expect(flaggedCriteria(final).map((f) => f.key)).toEqual(['III2.1.2', 'III2.1.3']);

    const refused = canAdvance(final, 'ISSUED');
    expect(refused.map((f) => [f.code, f.field])).toEqual([
      ['LEAD_NOTE_MISSING', 'ratings.III2.1.2.leadNote'],
      ['LEAD_NOTE_MISSING', 'ratings.III2.1.3.leadNote'],
      ['EXPLANATION_NOTE_MISSING', 'ratings.III2.1.2.explanationNote'],
      ['EXPLANATION_NOTE_MISSING', 'ratings.III2.1.3.explanationNote'],
    ]);
    expect(refused[1].message).toContain('Ⅲ(2) 第1ユニット(3)');
    expect(refused[1].message).toContain('企業評価がC');

    const notes = { leadNote: '段取りの確認不足を確認', explanationNote: '手順書の読み方を助言' };
    const noted = evaluation({
      state: 'EXPLAINED',
      ratings: {
        ...ratings,
        'III2.1.2': rating('A', 'B', notes),
        'III2.1.3': rating('B', 'C', notes),
      },
    });
    expect(canAdvance(noted, 'ISSUED')).toEqual([]);
  });

  it('with the sheet at hand, criteria are named by unit; every blank one needs a company grade', () => {
    const sheet = pressSheet();
    const selfRated = evaluation({ state: 'SELF_RATED', ratings: { 'III2.3.5': rating('A', null) } });
    const findings = canAdvance(selfRated, 'COMPANY_RATED', sheet);
    expect(findings).toHaveLength(35 + 17 + 55);
    expect(findings.every((f) => f.code === 'COMPANY_RATING_MISSING')).toBe(true);
    expect(findings.find((f) => f.field === 'ratings.III2.3.5.company')?.message).toContain(
      'Ⅲ(2)「打ち抜き加工」(5)',
    );
  });

  it('moves one step at a time: no skipping and no going back', () => {
    const selfRated = evaluation({ state: 'SELF_RATED', ratings });
    const skip = canAdvance(selfRated, 'CONFIRMED');
    expect(skip.map((f) => f.code)).toEqual(['STATE_TRANSITION_INVALID']);
    expect(skip[0].message).toContain('「自己評価」から「評価責任者による確認」');
    expect(canAdvance(evaluation({ state: 'ISSUED', ratings }), 'EXPLAINED').map((f) => f.code)).toEqual([
      'STATE_TRANSITION_INVALID',
    ]);
    expect(canAdvance(selfRated, 'COMPANY_RATED')).toEqual([]);
  });

  it('the company rating needs a named evaluator; the lead’s confirmation a lead who is not the evaluator', () => {
    const noEvaluator = evaluation({
      state: 'SELF_RATED',
      evaluatorName: ' ',
      ratings: { 'III2.1.1': rating('A', 'A') },
    });
    expect(canAdvance(noEvaluator, 'COMPANY_RATED').map((f) => f.code)).toEqual(['EVALUATOR_MISSING']);

    const sameLead = evaluation({
      state: 'COMPANY_RATED',
      evaluatorName: '佐藤 一郎',
      leadName: '佐藤一郎',
      ratings: { 'III2.1.1': rating('A', 'A') },
    });
    const findings = canAdvance(sameLead, 'CONFIRMED');
    expect(findings.map((f) => [f.code, f.field])).toEqual([['EVALUATOR_IS_LEAD', 'leadName']]);
    expect(findings[0].message).toContain('別の者');
    const noLead = evaluation({
      state: 'COMPANY_RATED',
      leadName: null,
      ratings: { 'III2.1.1': rating('A', 'A') },
    });
    expect(canAdvance(noLead, 'CONFIRMED').map((f) => f.code)).toEqual(['LEAD_MISSING']);
  });

  it('confirmation needs the lead’s note on a flagged criterion, but not yet the explanation', () => {
    const rated = evaluation({ state: 'COMPANY_RATED', ratings: { 'III2.1.1': rating(null, 'B') } });
    expect(canAdvance(rated, 'CONFIRMED').map((f) => f.code)).toEqual(['LEAD_NOTE_MISSING']);
    const checked = evaluation({
      state: 'COMPANY_RATED',
      ratings: { 'III2.1.1': rating(null, 'B', { leadNote: '本人が気づいていない項目' }) },
    });
    expect(canAdvance(checked, 'CONFIRMED')).toEqual([]);
  });

  it('the targets are only presented: straight to 交付, nothing in between', () => {
    const targets = evaluation({ moment: 'TARGETS', state: 'SELF_RATED', date: '2025-03-25' });
    expect(canAdvance(targets, 'ISSUED')).toEqual([]);
    expect(canAdvance(targets, 'COMPANY_RATED').map((f) => f.code)).toEqual(['TARGETS_ONLY_PRESENTED']);
  });
});
