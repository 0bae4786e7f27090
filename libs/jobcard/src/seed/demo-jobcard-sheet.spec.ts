import { canAdvance } from '../evaluation-sheets/rules/evaluation-workflow.rule';
import { specialCitation } from '../evaluation-sheets/rules/section3-special.rule';
import { validateEvaluation } from '../evaluation-sheets/rules/validate-evaluation';
import { validateSheet } from '../evaluation-sheets/rules/validate-sheet';
import { demoEvaluations, demoSheet } from './demo-jobcard-sheet';

describe('the demo skills-development sheet', () => {
  const sheet = demoSheet('石井 隆', '2026-10-01', '2027-09-30');
  const [targets, midterm] = demoEvaluations(sheet, '2026-09-24', '2026-10-08', null);
  const plan = { startDate: '2026-10-01', endDate: '2027-09-30' };

  it('is a valid sheet with more than half of III(2) cited', () => {
    expect(validateSheet(sheet).filter((f) => f.severity === 'ERROR')).toEqual([]);
    expect(specialCitation(sheet)).toEqual({ total: 6, cited: 4, required: 4 });
  });

  it('has its targets issued and a mid-term whose one differing rating is reviewed and explained', () => {
    expect(validateEvaluation(sheet, targets, plan)).toEqual([]);
    expect(validateEvaluation(sheet, midterm, plan)).toEqual([]);
    const differing = Object.values(midterm.ratings).filter((r) => r.self !== r.company);
    expect(differing).toHaveLength(1);
    expect(canAdvance(midterm, 'ISSUED', sheet)).toEqual([]);
  });
});
