import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { AdvanceCaseFromBoardDocument, BoardColumnCasesDocument, CaseBoardDocument } from '../../gql/graphql';
import { boardOf, card, CHOICES, column, company, IDS } from './board-fixtures';
import { MORE_PAGE_SIZE, PER_STAGE } from './board-sizes';
import { BoardView } from './board-view';

const VARIABLES = { officeId: null, filter: {}, perStage: PER_STAGE };
const c1 = card({ id: 'c1', number: 1, version: 3 });
const c9 = card({
  id: 'c9',
  number: 9,
  stage: 'INTER_COMPANY_MEETING',
  nextStage: 'INTERNAL_PROCEDURE',
  nextStageLabel: '出向元の社内手続',
  daysInStage: 41,
  sendingCompany: company(IDS.hokuto),
});
const before = boardOf([
  column('INFORMATION_COLLECTION', [c1]),
  column('INTER_COMPANY_MEETING', [c9]),
  column('INTERNAL_PROCEDURE', []),
]);
const after = boardOf([
  column('INFORMATION_COLLECTION', []),
  column('INTER_COMPANY_MEETING', [
    card({
      ...c1,
      stage: 'INTER_COMPANY_MEETING',
      version: 4,
      nextStage: 'INTERNAL_PROCEDURE',
      nextStageLabel: '出向元の社内手続',
    }),
    c9,
  ]),
  column('INTERNAL_PROCEDURE', []),
]);

const boardMock = (data: typeof before) => ({
  request: { query: CaseBoardDocument, variables: VARIABLES },
  result: { data },
});
const advanceMock = (caseId: string, expectedVersion: number) => ({
  request: { query: AdvanceCaseFromBoardDocument, variables: { input: { caseId, expectedVersion } } },
});

function Harness() {
  const { data, refetch } = useQuery(CaseBoardDocument, { variables: VARIABLES, fetchPolicy: 'no-cache' });
  if (!data) return <p>…</p>;
  return (
    <BoardView
      board={data}
      filter={{}}
      choices={CHOICES}
      search={{}}
      mayMove
      busy={false}
      refetchChoices={async () => undefined}
      refetchBoard={refetch}
    />
  );
}

const list = (name: RegExp) => screen.getByRole('list', { name });
const numbersIn = (name: RegExp) =>
  within(list(name))
    .queryAllByRole('link')
    .map((link) => link.textContent);

describe('the case board', () => {
  it('shows each stage with its count and every card’s companies, people, consultants and days', async () => {
    render(
      <MockedProvider mocks={[boardMock(before)]}>
        <Harness />
      </MockedProvider>,
    );
    const step2 = await screen.findByRole('list', { name: 'STEP2 企業間面談 1件' });
    const row = within(step2).getByRole('listitem');
    expect(row).toHaveTextContent('北斗電機株式会社');
    expect(row).toHaveTextContent('川崎物流株式会社');
    expect(row).toHaveTextContent('予定 2人・成立 0人');
    expect(row).toHaveTextContent('送出 田中 一郎／受入 鈴木 花子');
    expect(row).toHaveTextContent('41日');
    expect(list(/出向元の社内手続/)).toHaveTextContent('案件はありません');
  });

  it('shows what is missing when the API refuses a move, and leaves the card where it was', async () => {
    render(
      <MockedProvider
        mocks={[
          boardMock(before),
          {
            ...advanceMock('c9', 1),
            result: {
              errors: [
                new GraphQLError('出向元の社内手続に進めません。不足している項目: 企業間面談の実施日', {
                  extensions: {
                    code: 'FAILED_PRECONDITION',
                    missing: [{ key: 'meetingHeld', label: '企業間面談の実施日', detail: null }],
                  },
                }),
              ],
            },
          },
        ]}
      >
        <Harness />
      </MockedProvider>,
    );
    await screen.findByRole('list', { name: /STEP2/ });
    screen.getByRole('button', { name: '案件 No.9 の段階を移す' }).focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('menu');
    await userEvent.keyboard('{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('案件 No.9 を「出向元の社内手続」へ移せませんでした');
    expect(alert).toHaveTextContent('企業間面談の実施日');
    expect(within(alert).getByRole('link', { name: '案件ページで入力する' })).toHaveAttribute(
      'href',
      '/cases/c9',
    );
    expect(numbersIn(/STEP2/)).toEqual(['案件 No.9']);
    expect(numbersIn(/出向元の社内手続/)).toEqual([]);
  });

  it('moves a card by keyboard drag to its next stage, through the API, and keeps the keyboard on it', async () => {
    render(
      <MockedProvider
        mocks={[
          boardMock(before),
          {
            ...advanceMock('c1', 3),
            result: {
              data: {
                advanceCase: {
                  __typename: 'Case',
                  id: 'c1',
                  stage: 'INTER_COMPANY_MEETING',
                  stageLabel: 'STEP2 企業間面談',
                  version: 4,
                },
              },
            },
          },
          boardMock(after),
        ]}
      >
        <Harness />
      </MockedProvider>,
    );
    await screen.findByRole('list', { name: /STEP1/ });
    // The board's scrolling region, then the first card's drag handle; Enter picks the card up.
    await userEvent.tab();
    await userEvent.tab();
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: '案件 No.1 をドラッグして移す' })).toHaveFocus(),
    );
    await userEvent.keyboard('{Enter}');
    // The only place it may go is STEP2, whose drop target takes the focus.
    await vi.waitFor(() => expect(document.activeElement).toHaveAccessibleName('STEP2 企業間面談 1件'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(numbersIn(/STEP2/)).toEqual(['案件 No.1', '案件 No.9']));
    expect(numbersIn(/STEP1/)).toEqual([]);
    await vi.waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('案件 No.1 を「STEP2 企業間面談」へ移しました。'),
    );
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: '案件 No.1 をドラッグして移す' })).toHaveFocus(),
    );
  });

  it('shows a column’s further cards on request, with the same filter and order, and says how many are left', async () => {
    const c5 = card({ id: 'c5', number: 5 });
    const c6 = card({ id: 'c6', number: 6 });
    const partial = boardOf([
      column('INFORMATION_COLLECTION', [c1], 3),
      column('INTER_COMPANY_MEETING', [c9]),
    ]);
    render(
      <MockedProvider
        mocks={[
          boardMock(partial),
          {
            request: {
              query: BoardColumnCasesDocument,
              variables: {
                filter: { officeId: IDS.office, stages: ['INFORMATION_COLLECTION'] },
                first: MORE_PAGE_SIZE,
                after: null,
              },
            },
            result: {
              data: {
                cases: {
                  __typename: 'CaseSummaryConnection',
                  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'e3' },
                  edges: [c1, c5, c6].map((node, i) => ({
                    __typename: 'CaseSummaryEdge',
                    cursor: `e${i}`,
                    node,
                  })),
                },
              },
            },
          },
        ]}
      >
        <Harness />
      </MockedProvider>,
    );
    await screen.findByRole('list', { name: /STEP1/ });
    expect(screen.getByText('滞留の長い順に 1件を表示しています。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'さらに表示（残り 2件）' }));
    await vi.waitFor(() => expect(numbersIn(/STEP1/)).toEqual(['案件 No.1', '案件 No.5', '案件 No.6']));
    expect(screen.queryByRole('button', { name: /さらに表示/ })).not.toBeInTheDocument();
  });
});
