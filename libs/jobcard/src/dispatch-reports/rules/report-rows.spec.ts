import { calculateDispatchReport } from './dispatch-report';
import { exDr1Courses, report } from './__tests__/report.fixture';
import { dispatchReportRows } from './report-rows';

describe('dispatchReportRows: the figures as the form’s rows', () => {
  const result = calculateDispatchReport(
    report([{ category: 1, courses: exDr1Courses() }], {
      wagesPaidForTrainingYen: 1_000_001,
      trainingPersonHours: 300,
    }),
  );
  const [consulting, sheet, wage] = dispatchReportRows(result);

  it('lays out ① and ② as one row under the form’s headings', () => {
    expect(consulting.headings[1]).toBe('うち派遣元責任者との兼任状況');
    expect(consulting.rows).toEqual([[5, 2, 1, 2, 2, 40]]);
  });

  it('EX-DR-1 as rows イ, ロ, ハ with their codes, then the summary with 8.9, 8.8, — and c 318, d 36, 8.8', () => {
    expect(sheet.title).toBe('③ キャリアアップに資する教育訓練（1 フルタイム（1年以上雇用見込み））');
    expect(sheet.headings).toHaveLength(sheet.rows[0].length);
    expect(sheet.rows.map((row) => row[0])).toEqual(['イ', 'ロ', 'ハ', '']);
    expect(sheet.rows[0]).toEqual([
      'イ',
      'A 新任リーダー研修',
      '1',
      20,
      '2 OFF-JT',
      '1 無償（実費負担なし）',
      '1 有給（無給部分なし）',
      '満たす',
      '128.0',
      15,
      '80.0',
      10,
      '0.0',
      0,
      '',
      '',
      '',
      '208.0',
      25,
      '8.3',
    ]);
    expect(sheet.rows[2][5]).toBe('3 有償');
    expect(sheet.rows[2][7]).toBe('満たさない');
    const summary = sheet.rows[3];
    expect(summary[1]).toBe('厚生労働大臣が定める基準を満たす教育訓練');
    expect(summary.slice(8)).toEqual([
      '178.0',
      20,
      '140.0',
      16,
      '0.0',
      0,
      '8.9',
      '8.8',
      '—',
      '318.0',
      36,
      '8.8',
    ]);
    const heading = (name: string): number => sheet.headings.indexOf(name);
    expect(summary[heading('1～3年目の1人当たりの平均実施時間（c ÷ d）')]).toBe('8.8');
  });

  it('item 50 in yen, rounded down', () => {
    expect(wage.rows).toEqual([['1,000,001円', 300, '3,333円']]);
  });

  it('names courses beyond ホ as the annex’s rows', () => {
    const courses = [...exDr1Courses(), ...exDr1Courses()];
    const [, six] = dispatchReportRows(calculateDispatchReport(report([{ category: 1, courses }])));
    expect(six.rows.map((row) => row[0])).toEqual(['イ', 'ロ', 'ハ', 'ニ', 'ホ', 'ヘ（別紙）', '']);
  });
});
