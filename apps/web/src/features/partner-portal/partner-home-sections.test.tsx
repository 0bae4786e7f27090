import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { PartnerHomeQuery } from '../../gql/graphql';
import { axeViolations } from '../../test/axe';
import { ReferralChangesSection, ReferralCountsSection } from './partner-home-sections';

function renderInRouter(children: ReactNode) {
  const rootRoute = createRootRoute({ component: () => <main>{children}</main> });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  return render(<RouterProvider router={router} />);
}

const counts: PartnerHomeQuery['referralStatusCounts'] = [
  { status: 'DRAFT', statusLabel: '下書き', count: 2 },
  { status: 'RETURNED', statusLabel: '差戻し', count: 1 },
  { status: 'CLOSED', statusLabel: '完了', count: 0 },
];

const changes = (
  list: PartnerHomeQuery['referralChanges']['changes'],
  since: string | null,
  totalCount = list.length,
): PartnerHomeQuery['referralChanges'] => ({
  since,
  asOf: '2026-12-06T03:00:00.000Z',
  totalCount,
  changes: list,
});

const returned: PartnerHomeQuery['referralChanges']['changes'][number] = {
  referral: { id: 'r1', clientName: '株式会社かけはし精工' },
  event: {
    id: 'e1',
    actionLabel: '差戻し',
    toStatusLabel: '差戻し',
    actorName: '産業雇用安定センター',
    reason: '従業員数を確認してください。',
    occurredAt: '2026-12-06T02:30:00.000Z',
  },
};

describe('ReferralCountsSection', () => {
  it('lists every status with its count, each linking to the list of that status, and the total', async () => {
    const { container } = renderInRouter(<ReferralCountsSection counts={counts} scope="新宿支店" />);
    expect(await screen.findByRole('heading', { name: '新宿支店の紹介（状態別）' })).toBeTruthy();
    expect(screen.getByText('合計 3件')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^下書き\s?2件$/ })).toHaveAttribute(
      'href',
      '/referrals?status=DRAFT',
    );
    expect(screen.getByRole('link', { name: /^完了\s?0件$/ })).toHaveAttribute(
      'href',
      '/referrals?status=CLOSED',
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ReferralChangesSection', () => {
  it('shows each change with its status, referral, time in 和暦, who (the Center as such) and the reason', async () => {
    const { container } = renderInRouter(
      <ReferralChangesSection changes={changes([returned], '2026-12-05T00:00:00.000Z', 25)} />,
    );
    const link = await screen.findByRole('link', { name: '株式会社かけはし精工' });
    expect(link).toHaveAttribute('href', '/referrals/r1');
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('差戻し');
    expect(item).toHaveTextContent('2026年12月6日（令和8年） 11:30');
    expect(item).toHaveTextContent('操作：産業雇用安定センター');
    expect(item).toHaveTextContent('理由：従業員数を確認してください。');
    expect(screen.getByText(/2026年12月5日（令和8年） 09:00 以降の変化です。/)).toBeTruthy();
    expect(screen.getByText('新しい順に 1件を表示しています（全 25件）。')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when nothing changed, and when it is the first look', async () => {
    renderInRouter(<ReferralChangesSection changes={changes([], null)} />);
    expect(await screen.findByText('前回の確認から変化はありません。')).toBeTruthy();
    expect(screen.getByText('これまでの変化です（初めての確認）。')).toBeTruthy();
  });
});
