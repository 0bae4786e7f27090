import type { DispatchReportResult } from '../dispatch-report.types';
import { calculateDispatchReport } from './dispatch-report';
import {
  course,
  exDr1Courses,
  exDr2Courses,
  OFF_JT_QUALIFYING,
  report,
  session,
} from './__tests__/report.fixture';

const codes = (result: DispatchReportResult): string[] => result.findings.map((finding) => finding.code);

/** [a hours shown, b] per tenure year of a course. */
const figures = (result: DispatchReportResult, courseIndex: number): [string, number][] =>
  result.sheets[0].courses[courseIndex].years.map((year) => [year.a.shown, year.b]);

describe('EX-DR-1: a category 1 sheet with two qualifying courses and one paid-for course', () => {
  const result = calculateDispatchReport(report([{ category: 1, courses: exDr1Courses() }]));
  const sheet = result.sheets[0];

  it('EX-DR-1: course A counts the repeat session’s hours but p1 once: a 128 h, b 15 in year 1; 80 h, 10 in year 2', () => {
    expect(figures(result, 0)).toEqual([
      ['128.0', 15],
      ['80.0', 10],
      ['0.0', 0],
    ]);
    expect(figures(result, 1)).toEqual([
      ['50.0', 5],
      ['60.0', 6],
      ['0.0', 0],
    ]);
  });

  it('EX-DR-1: per-course c and d: A 208 h / 25 (8.3), B 110 h / 11 (10.0)', () => {
    const [a, b] = sheet.courses;
    expect([a.c.shown, a.d, a.cPerD?.shown]).toEqual(['208.0', 25, '8.3']);
    expect([b.c.shown, b.d, b.cPerD?.shown]).toEqual(['110.0', 11, '10.0']);
  });

  it('EX-DR-1: C is 有償 so it does not qualify (R-DR-5), though its figures are reported', () => {
    expect(sheet.courses.map((c) => c.qualifying)).toEqual([true, true, false]);
    expect(figures(result, 2)[0]).toEqual(['60.0', 3]);
  });

  it('EX-DR-1: year 1 averages 178 ÷ 20 = 8.9, year 2 140 ÷ 16 = 8.75 → 8.8, year 3 “—”', () => {
    expect(sheet.years.map((year) => year.average?.shown ?? null)).toEqual(['8.9', '8.8', null]);
    expect(sheet.years.map((year) => [year.a.shown, year.b])).toEqual([
      ['178.0', 20],
      ['140.0', 16],
      ['0.0', 0],
    ]);
  });

  it('EX-DR-1: c = 318 h, d = 36, c ÷ d = 8.8; meeting about 8 hours, no warning', () => {
    expect([sheet.c.shown, sheet.d, sheet.cPerD?.shown]).toEqual(['318.0', 36, '8.8']);
    expect(sheet.years.some((year) => year.belowEightHours)).toBe(false);
    expect(result.findings).toEqual([]);
  });

  it('EX-DR-1 (wrong variant): including C would give year 1 = 238 ÷ 23 = 10.3; the sheet shows 8.9', () => {
    expect(sheet.years[0].average?.shown).not.toBe('10.3');
    expect(sheet.years[0].a.minutes).toBe(178 * 60);
    expect(sheet.c.minutes).not.toBe(378 * 60);
  });
});

describe('EX-DR-2: deemed-competent workers and a partly unpaid course (category 1)', () => {
  it('EX-DR-2: D has a = 30 h, b = 10 and a target count of 10 (12 − 2); E (賃金 2) does not qualify', () => {
    const result = calculateDispatchReport(report([{ category: 1, courses: exDr2Courses() }]));
    const [d, e] = result.sheets[0].courses;
    expect([d.years[0].a.shown, d.years[0].b, d.targetCount, d.qualifying]).toEqual(['30.0', 10, 10, true]);
    expect(e.qualifying).toBe(false);
  });

  it('EX-DR-2: the year 1 average is 30 ÷ 10 = 3.0 and under about 8 hours: a warning naming 3.0, not an error', () => {
    const result = calculateDispatchReport(report([{ category: 1, courses: exDr2Courses() }]));
    expect(result.sheets[0].years[0].average?.shown).toBe('3.0');
    expect(result.findings).toMatchObject([
      { code: 'DR_YEARLY_AVERAGE_UNDER_8_HOURS', severity: 'WARNING', rule: 'R-DR-8', seed: 'S002:23' },
    ]);
    expect(result.findings[0].message).toContain('1年目の1人当たりの平均実施時間は3.0時間');
    expect(result.findings[0].message).toContain('1年で概ね8時間以上');
  });

  it('EX-DR-2 (wrong variants): the deemed listed as attendees add neither hours (a ≠ 36) nor people (b ≠ 12)', () => {
    const result = calculateDispatchReport(report([{ category: 1, courses: exDr2Courses(true) }]));
    const d = result.sheets[0].courses[0];
    expect(d.years[0].a.minutes).toBe(30 * 60);
    expect(d.years[0].b).toBe(10);
    expect(result.sheets[0].years[0].average?.shown).toBe('3.0');
    expect(d.excluded.map((attendance) => [attendance.workerId, attendance.reason])).toEqual([
      ['d11', 'DEEMED_COMPETENT'],
      ['d12', 'DEEMED_COMPETENT'],
    ]);
    expect(codes(result).filter((code) => code === 'DR_DEEMED_COMPETENT_ATTENDED')).toHaveLength(2);
  });

  it('refuses more deemed-competent workers than target workers (R-DR-7)', () => {
    const courses = [course('D', OFF_JT_QUALIFYING, [], { targetWorkers: 1, deemedCompetent: ['x', 'y'] })];
    const result = calculateDispatchReport(report([{ category: 1, courses }]));
    expect(codes(result)).toEqual(['DR_DEEMED_OVER_TARGET']);
    expect(result.sheets[0].courses[0].targetCount).toBe(0);
  });
});

describe('EX-DR-3: contacts and tenure years', () => {
  it('EX-DR-3: 5 contacts of whom 6 are also the dispatch manager is invalid (R-DR-3)', () => {
    const result = calculateDispatchReport(
      report([], {
        contacts: {
          total: 5,
          alsoDispatchManager: 6,
          careerConsultants: 1,
          experienced: 1,
          knowledgeable: 1,
        },
      }),
    );
    expect(result.findings).toMatchObject([
      {
        code: 'DR_CONCURRENT_CONTACTS_OVER_TOTAL',
        field: 'contacts.alsoDispatchManager',
        rule: 'R-DR-3',
        seed: 'S002:9',
      },
    ]);
    expect(result.findings[0].message).toContain('兼任 6人が計 5人を超えています');
  });

  it('EX-DR-3: 5 contacts, 5 of them also the dispatch manager, is valid', () => {
    const result = calculateDispatchReport(
      report([], {
        contacts: {
          total: 5,
          alsoDispatchManager: 5,
          careerConsultants: 1,
          experienced: 1,
          knowledgeable: 1,
        },
      }),
    );
    expect(result.findings).toEqual([]);
  });

  const hired = '2024-10-01';
  const tenure = calculateDispatchReport(
    report([
      {
        category: 1,
        courses: [
          course('A 新任リーダー研修', OFF_JT_QUALIFYING, [
            session('2025-06-10', 8, ['w1'], hired),
            session('2025-11-05', 8, ['w1'], hired),
            session('2027-10-01', 8, ['w1'], hired),
          ]),
        ],
      },
    ]),
  );

  it('EX-DR-3: hired 2024-10-01, attending on 2025-06-10 (year 1) and 2025-11-05 (year 2): once in each b, d = 2', () => {
    expect(figures(tenure, 0)).toEqual([
      ['8.0', 1],
      ['8.0', 1],
      ['0.0', 0],
    ]);
    expect(tenure.sheets[0].d).toBe(2);
  });

  it('EX-DR-3: the attendance on 2027-10-01 is year 4: listed as excluded, not in a, b, c or d', () => {
    const [excluded] = tenure.sheets[0].courses[0].excluded;
    expect(excluded).toMatchObject({
      date: '2027-10-01',
      workerId: 'w1',
      tenureYear: 4,
      reason: 'TENURE_YEAR_4_OR_LATER',
    });
    expect(excluded.reasonText).toContain('4年目以降');
    expect(tenure.sheets[0].c.shown).toBe('16.0');
  });

  it('EX-DR-3: a worker attending A twice in year 1 (8 h each) adds 16 h to a and 1 to b', () => {
    const result = calculateDispatchReport(
      report([
        {
          category: 1,
          courses: [
            course('A', OFF_JT_QUALIFYING, [
              session('2024-05-01', 8, ['w1']),
              session('2024-06-01', 8, ['w1']),
            ]),
          ],
        },
      ]),
    );
    expect(figures(result, 0)[0]).toEqual(['16.0', 1]);
  });
});

describe('EX-DR-4: the same figures on a short-time sheet', () => {
  it('EX-DR-4: category 2 averages 3.0 with no warning (no threshold is stated)', () => {
    const result = calculateDispatchReport(report([{ category: 2, courses: exDr2Courses() }]));
    expect(result.sheets[0].years[0].average?.shown).toBe('3.0');
    expect(result.sheets[0].years[0].belowEightHours).toBe(false);
    expect(result.findings).toEqual([]);
  });
});

describe('dispatch report boundaries', () => {
  const one = (date: string, minutes: number, hiredOn = '2024-10-01'): DispatchReportResult =>
    calculateDispatchReport(
      report([
        {
          category: 1,
          courses: [
            course('A', OFF_JT_QUALIFYING, [{ date, minutes, attendees: [{ workerId: 'w1', hiredOn }] }]),
          ],
        },
      ]),
    );

  it('an attendance on the hire date’s anniversary is the first day of year 2; the day before is year 1', () => {
    expect(figures(one('2025-10-01', 480), 0).map(([, b]) => b)).toEqual([0, 1, 0]);
    expect(figures(one('2025-09-30', 480), 0).map(([, b]) => b)).toEqual([1, 0, 0]);
  });

  it('an attendance before the hire date is an error and left out', () => {
    const result = one('2024-09-30', 480);
    expect(codes(result)).toEqual(['DR_ATTENDANCE_BEFORE_HIRE']);
    expect(result.sheets[0].courses[0].excluded[0].reason).toBe('BEFORE_HIRE');
    expect(result.sheets[0].c.minutes).toBe(0);
  });

  it('b = 0 gives no average (null, shown “—”), never 0 or an error', () => {
    const result = calculateDispatchReport(report([{ category: 1, courses: [] }]));
    expect(result.sheets[0].years.map((year) => year.average)).toEqual([null, null, null]);
    expect(result.sheets[0].cPerD).toBeNull();
    expect(result.findings).toEqual([]);
  });

  it('an average of exactly 8.0 hours raises no warning', () => {
    const result = one('2025-06-10', 480);
    expect(result.sheets[0].years[0].average?.shown).toBe('8.0');
    expect(result.findings).toEqual([]);
  });

  it('7.95 hours is shown as 8.0 but warned: the check uses the exact fraction', () => {
    const result = one('2025-06-10', 477);
    expect(result.sheets[0].years[0].average?.shown).toBe('8.0');
    expect(result.sheets[0].years[0].belowEightHours).toBe(true);
    expect(codes(result)).toEqual(['DR_YEARLY_AVERAGE_UNDER_8_HOURS']);
  });

  it('item 50: wages ÷ person-hours, yen rounded down; no hours → null', () => {
    const paid = calculateDispatchReport(
      report([], { wagesPaidForTrainingYen: 1_000_001, trainingPersonHours: 300 }),
    );
    expect(paid.averageWagePerHourYen).toBe(3333);
    const none = calculateDispatchReport(report([], { wagesPaidForTrainingYen: 0, trainingPersonHours: 0 }));
    expect(none.averageWagePerHourYen).toBeNull();
  });
});

describe('R-DR-2: what the form accepts', () => {
  it('at most 2 種別 numbers, positive and distinct', () => {
    const courses = [
      course('多すぎ', OFF_JT_QUALIFYING, [], { targetKinds: [1, 2, 3] }),
      course('空', OFF_JT_QUALIFYING, [], { targetKinds: [] }),
      course('重複', OFF_JT_QUALIFYING, [], { targetKinds: [2, 2] }),
      course('ゼロ', OFF_JT_QUALIFYING, [], { targetKinds: [0] }),
      course('正しい', OFF_JT_QUALIFYING, [], { targetKinds: [1, 4] }),
    ];
    const result = calculateDispatchReport(report([{ category: 1, courses }]));
    expect(result.findings.map((finding) => [finding.code, finding.field])).toEqual([
      ['DR_TARGET_KINDS_OVER_TWO', 'sheets.0.courses.0.targetKinds'],
      ['DR_TARGET_KINDS_INVALID', 'sheets.0.courses.1.targetKinds'],
      ['DR_TARGET_KINDS_INVALID', 'sheets.0.courses.2.targetKinds'],
      ['DR_TARGET_KINDS_INVALID', 'sheets.0.courses.3.targetKinds'],
    ]);
    expect(result.findings[0].message).toContain('最大2つまで');
  });

  it('方法, 費用 and 賃金 codes out of range are errors, and such a course does not qualify', () => {
    const bad = course('範囲外', { method: 3 as 1, cost: 4 as 1, wage: 0 as 1 }, [
      session('2024-05-01', 8, ['w1']),
    ]);
    const result = calculateDispatchReport(report([{ category: 1, courses: [bad] }]));
    expect(codes(result)).toEqual(
      expect.arrayContaining(['DR_METHOD_INVALID', 'DR_COST_INVALID', 'DR_WAGE_INVALID']),
    );
    expect(result.sheets[0].courses[0].qualifying).toBe(false);
  });

  it('the employment category is 1, 2 or 3, one sheet each', () => {
    const result = calculateDispatchReport(
      report([
        { category: 1, courses: [] },
        { category: 1, courses: [] },
        { category: 4 as 1, courses: [] },
      ]),
    );
    expect(result.findings.map((finding) => [finding.code, finding.field])).toEqual([
      ['DR_CATEGORY_REPEATED', 'sheets.1.category'],
      ['DR_CATEGORY_INVALID', 'sheets.2.category'],
    ]);
  });

  it('counts must be whole numbers, and a session needs a positive length', () => {
    const courses = [course('A', OFF_JT_QUALIFYING, [{ date: '2024-05-01', minutes: 0, attendees: [] }])];
    const result = calculateDispatchReport(report([{ category: 2, courses }], { consultedHeadcount: -1 }));
    expect(codes(result)).toEqual(['DR_FIGURE_NOT_WHOLE_NUMBER', 'DR_SESSION_MINUTES_INVALID']);
  });

  it('a worker listed twice in one session is counted once, with a warning', () => {
    const courses = [course('A', OFF_JT_QUALIFYING, [session('2024-05-01', 8, ['w1', 'w1'])])];
    const result = calculateDispatchReport(report([{ category: 2, courses }]));
    expect(figures(result, 0)[0]).toEqual(['8.0', 1]);
    expect(codes(result)).toEqual(['DR_ATTENDEE_REPEATED']);
  });
});
