import { axeViolations } from '../../test/axe';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MatchCard } from './match-card';
import type { RankedMatch } from './match-view';

function ranked(overrides: Partial<RankedMatch> = {}): RankedMatch {
  return {
    rank: 1,
    scorePoints: 51,
    dismissed: false,
    takenUpDecisionId: null,
    caseId: null,
    moveTypes: ['SECONDMENT'],
    reasons: ['在籍型出向として受入可能', '勤務地が同一県（東京都）'],
    gaps: ['希望期間12か月に対し受入期間6か月'],
    retryMenus: [],
    notes: [],
    factors: [
      { factor: 'MOVE_TYPE', label: '出向・移籍の形態', points: 5, maxPoints: 5 },
      { factor: 'REGION', label: '勤務地', points: 12, maxPoints: 12 },
      { factor: 'PERIOD', label: '期間', points: 4, maxPoints: 8 },
      { factor: 'TEXT', label: '職務内容の類似度', points: 30, maxPoints: 75 },
    ],
    counterpartId: 'r1',
    company: '株式会社首都圏ビルメンテナンス',
    jobTitle: '設備管理スタッフ',
    remaining: 2,
    ...overrides,
  };
}

function renderCard(match: RankedMatch) {
  const handlers = { onTakeUp: vi.fn(), onDismiss: vi.fn(), onRestore: vi.fn() };
  const view = render(
    <ol>
      <MatchCard match={match} {...handlers} />
    </ol>,
  );
  return { ...view, handlers };
}

describe('a ranked counterpart', () => {
  it('shows the rounded score as a meter, the API’s reasons and gaps, and the factor points that add up to it', async () => {
    const { container } = renderCard(ranked());
    const card = screen.getByRole('article', { name: /1位 株式会社首都圏ビルメンテナンス/ });
    expect(within(card).getByRole('meter', { name: 'スコア' })).toHaveAttribute('aria-valuetext', '51点');
    expect(within(card).getByText('勤務地が同一県（東京都）')).toBeInTheDocument();
    expect(within(card).getByText('希望期間12か月に対し受入期間6か月')).toBeInTheDocument();

    await userEvent.click(within(card).getByText('スコアの内訳'));
    const table = within(card).getByRole('table', { name: '評価要素ごとの得点（合計がスコア）' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '出向・移籍の形態5点／5点',
      '勤務地12点／12点',
      '期間4点／8点',
      '職務内容の類似度30点／75点',
    ]);
    // Nothing a person reads is a raw decimal or an English word.
    expect(card.textContent).not.toMatch(/\d\.\d|[A-Za-z]{3,}/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers take-up and dismissal by keyboard, each named with its company', async () => {
    const { handlers } = renderCard(ranked());
    await userEvent.tab();
    expect(screen.getByText('スコアの内訳')).toHaveFocus();
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName(
      '採用して案件を作成（株式会社首都圏ビルメンテナンス）',
    );
    await userEvent.keyboard('{Enter}');
    expect(handlers.onTakeUp).toHaveBeenCalledTimes(1);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(handlers.onDismiss).toHaveBeenCalledTimes(1);
  });

  it('links a taken-up pair to its case, and offers to restore a dismissed one', async () => {
    const taken = renderCard(ranked({ takenUpDecisionId: 'd1', caseId: 'c1' }));
    expect(screen.getByText('採用済み')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /案件を開く/ })).toHaveAttribute('href', '/cases/c1');
    expect(screen.queryByRole('button', { name: /除外/ })).not.toBeInTheDocument();
    taken.unmount();

    const { handlers, container } = renderCard(ranked({ dismissed: true }));
    expect(screen.getByText('除外済み')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /除外を取り消す/ }));
    expect(handlers.onRestore).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  });
});
