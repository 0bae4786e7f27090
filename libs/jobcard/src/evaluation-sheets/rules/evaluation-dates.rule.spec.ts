import { evaluation, PLAN } from '../__tests__/sheet-fixtures';
import type { EvaluationMoment } from '../evaluation-sheet';
import { checkEvaluationDates } from './evaluation-dates.rule';

// The plan runs 2025-04-01 to 2025-09-30, so end − 14 days = 2025-09-16.
const codesAt = (moment: EvaluationMoment, date: string, midtermOn: string | null = null) =>
  checkEvaluationDates(evaluation({ moment, date }), { ...PLAN, midtermOn }).map((f) => f.code);

describe('R-ES-14: when the sheet is used', () => {
  it('targets shown on the start day are in time; the day after is too late', () => {
    expect(codesAt('TARGETS', '2025-04-01')).toEqual([]);
    expect(codesAt('TARGETS', '2025-03-20')).toEqual([]);
    const late = checkEvaluationDates(evaluation({ moment: 'TARGETS', date: '2025-04-02' }), PLAN);
    expect(late.map((f) => [f.code, f.field])).toEqual([['TARGETS_AFTER_START', 'date']]);
    expect(late[0].message).toContain('訓練開始前');
  });

  it('the mid-term falls within the period, its first and last days included', () => {
    expect(codesAt('MIDTERM', '2025-04-01')).toEqual([]);
    expect(codesAt('MIDTERM', '2025-09-30')).toEqual([]);
    expect(codesAt('MIDTERM', '2025-03-31')).toEqual(['MIDTERM_OUTSIDE_PERIOD']);
    expect(codesAt('MIDTERM', '2025-10-01')).toEqual(['MIDTERM_OUTSIDE_PERIOD']);
  });

  it('the final on exactly end − 14 days (2025-09-16) is accepted; end − 15 days is refused', () => {
    expect(codesAt('FINAL', '2025-09-16')).toEqual([]);
    const early = checkEvaluationDates(evaluation({ moment: 'FINAL', date: '2025-09-15' }), PLAN);
    expect(early.map((f) => f.code)).toEqual(['FINAL_TOO_EARLY']);
    expect(early[0].message).toContain('2025-09-16 以降');
    expect(codesAt('FINAL', '2025-10-10')).toEqual([]);
  });

  it('the final may not come before the mid-term', () => {
    expect(codesAt('FINAL', '2025-09-20', '2025-09-22')).toEqual(['FINAL_BEFORE_MIDTERM']);
    expect(codesAt('FINAL', '2025-09-22', '2025-09-22')).toEqual([]);
  });

  it('a date that is not a calendar day is refused', () => {
    expect(codesAt('MIDTERM', '2025-06-31')).toEqual(['EVALUATION_DATE_INVALID']);
  });
});
