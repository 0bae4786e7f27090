import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { DismissMatchDocument, OpenCaseFromMatchDocument, TakeUpMatchDocument } from '../../gql/graphql';
import { axeViolations } from '../../test/axe';
import { DismissDialog } from './dismiss-dialog';
import type { RankedMatch } from './match-view';
import { TakeUpDialog } from './take-up-dialog';

// The API's labels (the app asks the API for them; here they are given).
vi.mock('../../shared/enum-labels', () => {
  const labels: Record<string, string> = {
    SECONDMENT: '在籍型出向',
    TRANSFER: '移籍',
    SKILLS_MISMATCH: 'スキル・資格が合わない',
    LOCATION: '勤務地が合わない',
    OTHER: 'その他',
  };
  const reasons = ['SKILLS_MISMATCH', 'LOCATION', 'OTHER'];
  return {
    useEnumLabel: () => (value: string) => labels[value] ?? value,
    useEnumOptions: () => reasons.map((value) => ({ value, label: labels[value] ?? value })),
  };
});

// React Aria's live announcer outlives a test, still pointing at elements the previous test removed.
afterEach(() => document.querySelectorAll('[data-live-announcer]').forEach((node) => node.remove()));

const PAIR = { sendingOfferId: 's1', receivingOfferId: 'r1' };

const MATCH: RankedMatch = {
  rank: 1,
  scorePoints: 64,
  dismissed: false,
  takenUpDecisionId: null,
  caseId: null,
  moveTypes: ['SECONDMENT', 'TRANSFER'],
  reasons: [],
  gaps: [],
  retryMenus: [],
  notes: [],
  factors: [],
  counterpartId: 'r1',
  company: '株式会社首都圏ビルメンテナンス',
  jobTitle: '設備管理スタッフ',
  remaining: 2,
};

function badInput(field: string, message: string) {
  return new GraphQLError('入力内容に誤りがあります。', {
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] },
  });
}

describe('dismissing a counterpart', () => {
  it('needs a reason, shows the API’s own field message for その他 without details, then dismisses', async () => {
    const dismissed = vi.fn(async () => undefined);
    const otherMessage = '「その他」を選んだ場合は理由を入力してください。';
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: DismissMatchDocument,
              variables: { input: { ...PAIR, reasonCode: 'OTHER', reason: null } },
            },
            result: { errors: [badInput('input.reason', otherMessage)] },
          },
          {
            request: {
              query: DismissMatchDocument,
              variables: { input: { ...PAIR, reasonCode: 'OTHER', reason: '先方の事情' } },
            },
            result: { data: { dismissMatch: { __typename: 'MatchDecision', id: 'd1' } } },
          },
        ]}
      >
        <DismissDialog match={MATCH} pair={PAIR} onClose={vi.fn()} onDismissed={dismissed} />
      </MockedProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: '候補を除外' });
    expect(dialog).toHaveTextContent('株式会社首都圏ビルメンテナンス「設備管理スタッフ」');
    expect(await axeViolations(document.body)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: '除外する' }));
    expect(screen.getByRole('alert')).toHaveTextContent('除外の理由を選んでください。');
    expect(screen.getByRole('button', { name: /除外の理由/ })).toHaveFocus();

    await userEvent.keyboard('{ArrowUp}');
    await userEvent.keyboard('{Enter}');
    await userEvent.click(screen.getByRole('button', { name: '除外する' }));
    await waitFor(() => expect(screen.getByLabelText('理由の詳細')).toHaveFocus());
    expect(screen.getByLabelText('理由の詳細')).toHaveAccessibleDescription(new RegExp(otherMessage));
    expect(await axeViolations(document.body)).toEqual([]);

    await userEvent.type(screen.getByLabelText('理由の詳細'), '先方の事情');
    await userEvent.click(screen.getByRole('button', { name: '除外する' }));
    await waitFor(() => expect(dismissed).toHaveBeenCalledWith(MATCH));
  });
});

describe('taking a counterpart up', () => {
  const takeUp = {
    request: { query: TakeUpMatchDocument, variables: { input: { ...PAIR, people: null, note: null } } },
    result: { data: { takeUpMatch: { __typename: 'MatchDecision', id: 'd9' } } },
  };

  it('asks for the move when the pair can be either, takes it up, then opens the case', async () => {
    const opened = vi.fn();
    const takenUp = vi.fn(async () => undefined);
    render(
      <MockedProvider
        mocks={[
          takeUp,
          {
            request: {
              query: OpenCaseFromMatchDocument,
              variables: { input: { matchDecisionId: 'd9', moveType: 'TRANSFER', people: null } },
            },
            result: { data: { createCase: { __typename: 'Case', id: 'case-1' } } },
          },
        ]}
      >
        <TakeUpDialog
          match={MATCH}
          pair={PAIR}
          most={2}
          onClose={vi.fn()}
          onTakenUp={takenUp}
          onOpened={opened}
        />
      </MockedProvider>,
    );
    expect(screen.getByLabelText('人数')).toHaveAccessibleDescription(/2人/);
    await userEvent.click(screen.getByRole('button', { name: '採用して案件を作成' }));
    expect(screen.getByRole('alert')).toHaveTextContent('形態を選んでください。');
    expect(screen.getByRole('button', { name: /形態/ })).toHaveFocus();
    expect(await axeViolations(document.body)).toEqual([]);

    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.click(screen.getByRole('button', { name: '採用して案件を作成' }));
    await waitFor(() => expect(opened).toHaveBeenCalledWith('case-1'));
    expect(takenUp).toHaveBeenCalledTimes(1);
  });

  it('keeps the take-up when the case is refused, and then asks only for the case', async () => {
    const refusal = '人数は双方の残り人数(送出2人・受入1人)以下で入力してください。';
    const opened = vi.fn();
    render(
      <MockedProvider
        mocks={[
          takeUp,
          {
            request: {
              query: OpenCaseFromMatchDocument,
              variables: { input: { matchDecisionId: 'd9', moveType: 'SECONDMENT', people: null } },
            },
            result: { errors: [badInput('input.people', refusal)] },
          },
          {
            request: {
              query: OpenCaseFromMatchDocument,
              variables: { input: { matchDecisionId: 'd9', moveType: 'SECONDMENT', people: 1 } },
            },
            result: { data: { createCase: { __typename: 'Case', id: 'case-2' } } },
          },
        ]}
      >
        <TakeUpDialog
          match={{ ...MATCH, moveTypes: ['SECONDMENT'] }}
          pair={PAIR}
          most={2}
          onClose={vi.fn()}
          onTakenUp={async () => undefined}
          onOpened={opened}
        />
      </MockedProvider>,
    );
    expect(screen.getByText('形態：在籍型出向（この組み合わせで可能な形態）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '採用して案件を作成' }));
    await waitFor(() => expect(screen.getByRole('dialog', { name: '案件を作成' })).toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByLabelText('人数')).toHaveAccessibleDescription(new RegExp(refusal.slice(0, 10))),
    );
    await userEvent.type(screen.getByLabelText('人数'), '1');
    await userEvent.click(screen.getByRole('button', { name: '案件を作成' }));
    await waitFor(() => expect(opened).toHaveBeenCalledWith('case-2'));
  });
});
