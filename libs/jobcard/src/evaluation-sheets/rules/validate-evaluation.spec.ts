import { evaluation, PLAN, pressSheet, rating } from '../__tests__/sheet-fixtures';
import type { CriterionRating } from '../evaluation-sheet';
import { sheetCriteria } from './criterion-keys';
import { validateEvaluation } from './validate-evaluation';

const sheet = pressSheet();
const allRated = (row: CriterionRating) =>
  Object.fromEntries(sheetCriteria(sheet).map((entry) => [entry.key, row]));

describe('validateEvaluation', () => {
  it('an issued final evaluation with every criterion A/A, done in the last 14 days, is valid', () => {
    const final = evaluation({ state: 'ISSUED', date: '2025-09-30', ratings: allRated(rating('A', 'A')) });
    expect(validateEvaluation(sheet, final, { ...PLAN, midtermOn: '2025-07-01' })).toEqual([]);
  });

  it('an issued evaluation whose state is not backed by its notes is reported, as canAdvance would', () => {
    const ratings = { ...allRated(rating('A', 'A')), 'II.CHALLENGE.4': rating('B', 'A') };
    const final = evaluation({ state: 'ISSUED', ratings });
    expect(validateEvaluation(sheet, final, PLAN).map((f) => [f.code, f.field])).toEqual([
      ['LEAD_NOTE_MISSING', 'ratings.II.CHALLENGE.4.leadNote'],
      ['EXPLANATION_NOTE_MISSING', 'ratings.II.CHALLENGE.4.explanationNote'],
    ]);
  });

  it('the evaluator and the lead must be the persons the plan and the sheet name', () => {
    const midterm = evaluation({
      moment: 'MIDTERM',
      date: '2025-07-01',
      state: 'CONFIRMED',
      evaluatorName: '田中 三郎',
      leadName: '高橋 四郎',
      ratings: allRated(rating('A', 'A')),
    });
    const findings = validateEvaluation(sheet, midterm, { ...PLAN, evaluatorName: '鈴木 次郎' });
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['EVALUATOR_NOT_PLANNED', 'evaluatorName'],
      ['LEAD_NOT_PLANNED', 'leadName'],
    ]);
    expect(findings[1].message).toContain('佐藤 一郎');
  });
});
