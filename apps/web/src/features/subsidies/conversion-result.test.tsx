import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import type { ConversionEstimateFieldsFragment } from '../../gql/graphql';
import { axeViolations } from '../../test/axe';
import { ConversionResult } from './conversion-result';

const capReason =
  '①～③合わせて、1年度1事業所当たりの支給申請上限人数は20人までです：B は2025年度（令和7年度）の21人目のため申請できません';

// EX-SB-6e in small: 19 already applied for, two more → one fits, one is refused.
const estimate: ConversionEstimateFieldsFragment = {
  rateTableId: 'S003',
  schemeName: 'キャリアアップ助成金 正社員化コース',
  companySize: 'SME',
  productivityUplift: false,
  fiscalYear: 2025,
  fiscalYearLabel: '2025年度（令和7年度）',
  totalYen: 570_000,
  totalComputation: '①有期→正規 570,000円 × 1人 = 570,000円',
  lines: [
    {
      name: 'A',
      kind: 'FIXED_TO_REGULAR',
      kindLabel: '①有期→正規',
      amountYen: 570_000,
      computation: '①有期→正規 1人あたり 570,000円（中小企業）',
    },
  ],
  refused: [{ name: 'B', kind: 'FIXED_TO_REGULAR', code: 'CONVERSION_CAP_EXCEEDED', reason: capReason }],
  findings: [
    {
      code: 'CONVERSION_CAP_EXCEEDED',
      severity: 'ERROR',
      field: 'input.conversions.1',
      message: capReason,
      rule: 'R-SB-6',
      seed: 'S003:40',
    },
  ],
};

describe('a conversion estimate', () => {
  it('lists who is paid, and who is refused (once), with the fiscal year the cap counts in', async () => {
    const { container } = render(
      <MockedProvider>
        <ConversionResult estimate={estimate} tables={[]} />
      </MockedProvider>,
    );
    expect(screen.getByRole('row', { name: /A/ })).toHaveTextContent('570,000円');
    expect(screen.getByRole('region', { name: '申請できない方' })).toHaveTextContent('20人まで');
    expect(screen.getAllByText(capReason)).toHaveLength(1);
    expect(screen.getByText(/上限人数を数える年度/).parentElement).toHaveTextContent('2025年度（令和7年度）');
    expect(screen.getByTestId('estimate-total')).toHaveTextContent('570,000円');
    expect(await axeViolations(container)).toEqual([]);
  });
});
