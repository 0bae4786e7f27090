import { render, screen, within } from '@testing-library/react';
import { axeViolations } from '../../test/axe';
import { ReportResults, type Report } from './report-results';

const average = (shown: string) => ({ shown, minutes: 0, people: 0 });

const REPORT: Report = {
  consultedHeadcount: 3,
  averageWagePerHourYen: 1304,
  findings: [
    {
      code: 'DR_YEARLY_AVERAGE_UNDER_8_HOURS',
      severity: 'WARNING',
      field: 'sheets.0',
      message: '1年目の平均は3.0時間です。1年で概ね8時間以上が求められます。',
      rule: 'R-DR-8',
    },
  ],
  sheets: [
    {
      category: 1,
      categoryLabel: '1 フルタイム（1年以上雇用見込み）',
      years: [
        { year: 1, a: { shown: '30.0' }, b: 10, average: average('3.0'), belowEightHours: true },
        { year: 2, a: { shown: '0.0' }, b: 0, average: null, belowEightHours: false },
        { year: 3, a: { shown: '0.0' }, b: 0, average: null, belowEightHours: false },
      ],
      c: { shown: '30.0' },
      d: 10,
      cPerD: average('3.0'),
      courses: [
        {
          name: 'D ビジネスマナー',
          qualifying: true,
          targetCount: 10,
          deemedCompetentCount: 2,
          excluded: [
            { workerId: 'P9', date: '2024-06-01', reasonText: '受講済みとみなした者は算入しません' },
          ],
        },
      ],
    },
  ],
  rows: [{ title: '③ 教育訓練', headings: ['欄', '訓練の内容等'], rows: [['イ', 'D ビジネスマナー']] }],
};

describe("the calculator's results", () => {
  it("shows the API's averages, '—' where nobody attended, the 8-hour warning and what was left out", async () => {
    const { container } = render(<ReportResults report={REPORT} />);
    const table = screen.getByRole('region', { name: /年目ごとの平均/ });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('3.0時間');
    expect(rows[1]).toHaveTextContent('概ね8時間未満');
    expect(rows[2]).toHaveTextContent('—');
    expect(rows[4]).toHaveTextContent('30.0時間10人3.0時間');
    expect(screen.getByText(REPORT.findings[0].message)).toBeInTheDocument();
    expect(screen.getByText(/P9（2024年6月1日（令和6年））/)).toBeInTheDocument();
    expect(screen.getByText(/1,304円/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
