import { MockedProvider } from '@apollo/client/testing/react';
import { axeViolations } from '../../test/axe';
import { render, screen, within } from '@testing-library/react';
import type { SubsidyRateTableFieldsFragment, TrainingEstimateFieldsFragment } from '../../gql/graphql';
import { TrainingResult } from './training-result';

// EX-SB-3a as the API returns it: both hour caps decide an amount.
const estimate: TrainingEstimateFieldsFragment = {
  rateTableId: 'S003-2016',
  schemeName: '人材開発支援助成金（特別育成訓練コース）',
  companySize: 'SME',
  productivityUplift: false,
  totalYen: 1_728_800,
  totalComputation: '1,728,800円',
  notes: [{ text: '経費助成の増額は含めていません。', seed: 'S003:32' }],
  findings: [],
  trainees: [
    {
      name: '訓練 花子',
      offJtHours: 1250,
      ojtHours: 700,
      totalYen: 1_728_800,
      totalComputation: '912,000円 + 300,000円 + 516,800円 = 1,728,800円',
      lines: [
        {
          item: 'OFF_JT_WAGE',
          label: 'Off-JT 賃金助成',
          amountYen: 912_000,
          computation: '760円 × 1,200時間 = 912,000円（実績 1,250時間、上限 1,200時間）',
          capped: true,
        },
        {
          item: 'OJT',
          label: 'OJT 実施助成',
          amountYen: 516_800,
          computation: '760円 × 680時間 = 516,800円（実績 700時間、上限 680時間）',
          capped: true,
        },
      ],
    },
  ],
};

const table = {
  id: 'S003-2016',
  validFrom: '2016-04-01',
  validUntil: null,
  source: 'S003:28–40',
} as SubsidyRateTableFieldsFragment;

describe('a training estimate', () => {
  it('shows each line as the API computed it, names the caps, and the table in force with its 和暦', async () => {
    const { container } = render(
      <MockedProvider>
        <TrainingResult estimate={estimate} tables={[table]} />
      </MockedProvider>,
    );
    expect(screen.getByTestId('estimate-total')).toHaveTextContent('1,728,800円');
    const wage = screen.getByRole('row', { name: /Off-JT 賃金助成/ });
    expect(wage).toHaveTextContent('上限 1,200時間');
    expect(within(wage).getByText('上限適用')).toBeInTheDocument();
    expect(wage).toHaveTextContent('912,000円');
    expect(screen.getByText(/S003-2016：2016年4月1日（平成28年）から/)).toHaveTextContent('出典 S003:28–40');
    expect(screen.getByText(/経費助成の増額は含めていません/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
