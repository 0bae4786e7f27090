import { registrantHistoryEligibility } from './registrant-history';

const training = { start: '2025-06-02', end: '2025-11-30', field: '金属プレス加工' };

describe("R-EL-1 from a talent bank registrant's history", () => {
  it('EX-EL-1e: 37 years regular to 2020-03, then fixed-term: 58 months in the 10-year window → eligible', () => {
    const judged = registrantHistoryEligibility(
      [
        {
          from: '2020-04',
          to: '2025-03',
          company: 'A社',
          employmentKind: 'FIXED_TERM',
          field: '金属プレス加工',
        },
        {
          from: '1983-04',
          to: '2020-03',
          company: 'A社',
          employmentKind: 'REGULAR',
          field: '金属プレス加工',
        },
      ],
      training,
    );
    expect(judged.eligibleByWorkHistory).toBe(true);
    expect(judged.figures.longestContinuousRegularAtOneCompanyWithin10Years).toBe(58);
    expect(judged.figures.regularMonthsInFieldWithin5Years).toBe(0);
  });

  it('EX-EL-1f: 1986-04–2024-03 at one company → 106 and 46 months: ineligible, paths on the workHistory', () => {
    const judged = registrantHistoryEligibility(
      [
        {
          from: '1986-04',
          to: '2024-03',
          company: 'B社',
          employmentKind: 'REGULAR',
          field: '金属プレス加工',
        },
      ],
      training,
    );
    expect(judged.eligibleByWorkHistory).toBe(false);
    expect(judged.findings.map((f) => [f.code, f.field])).toEqual([
      ['REGULAR_IN_FIELD_3_YEARS', 'workHistory'],
      ['CONTINUOUS_REGULAR_6_YEARS', 'workHistory.0'],
    ]);
  });

  it('leaves an entry without its employment kind out of the counts, with a warning naming it', () => {
    const judged = registrantHistoryEligibility(
      [
        { from: '2001-04', to: null, company: 'C社' },
        { from: '1990-04', to: '2001-03', company: 'D社', employmentKind: null },
      ],
      training,
    );
    expect(judged.eligibleByWorkHistory).toBe(true);
    expect(judged.findings.map((f) => [f.code, f.severity, f.field])).toEqual([
      ['HISTORY_EMPLOYMENT_KIND_MISSING', 'WARNING', 'workHistory.0.employmentKind'],
      ['HISTORY_EMPLOYMENT_KIND_MISSING', 'WARNING', 'workHistory.1.employmentKind'],
    ]);
    expect(judged.findings[0].message).toContain('C社、2001年4月～');
  });

  it('judges only the history: no finding about the Job Card or the employment at the training company', () => {
    const judged = registrantHistoryEligibility([], training);
    expect(judged).toMatchObject({ eligibleByWorkHistory: true, findings: [] });
  });
});
