import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationItem, type Notice } from './notification-item';

const notice = (overrides: Partial<Notice>): Notice =>
  ({
    __typename: 'Notification',
    id: 'n1',
    title: 'フォローアップの時期です',
    body: '案件 No.12 のフォローアップ（1か月後）の期日になりました。',
    createdAt: '2026-12-06T00:00:00Z',
    read: false,
    readAt: null,
    subjectType: 'CASE',
    subjectId: '00000000-0000-4000-8000-000000000012',
    ...overrides,
  }) as Notice;

const CONSULTANT = {
  refersCompanies: false,
  forwardsReferrals: false,
  reviewsReferrals: false,
  handlesOfficeReferrals: true,
};

describe('a notification', () => {
  it('unread and about a case: marked in words, linked to the case, read by its own button', async () => {
    const marked = vi.fn();
    render(
      <ul>
        <NotificationItem notice={notice({})} work={CONSULTANT} onMark={marked} />
      </ul>,
    );
    expect(screen.getByText('未読')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '案件を開く' })).toHaveAttribute(
      'href',
      '/cases/00000000-0000-4000-8000-000000000012',
    );
    await userEvent.click(screen.getByRole('button', { name: '「フォローアップの時期です」を既読にする' }));
    expect(marked).toHaveBeenCalledTimes(1);
  });

  it('read: no badge and no button', () => {
    render(
      <ul>
        <NotificationItem
          notice={notice({ read: true, readAt: '2026-12-06T01:00:00Z' })}
          work={CONSULTANT}
          onMark={vi.fn()}
        />
      </ul>,
    );
    expect(screen.queryByText('未読')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it.each([
    ['a partner', { ...CONSULTANT, handlesOfficeReferrals: false, refersCompanies: true }, '/referrals/r1'],
    ['headquarters', { ...CONSULTANT, reviewsReferrals: true }, '/inbox/referrals/r1'],
    ['a consultant', CONSULTANT, '/office/referrals/r1'],
  ])('about a referral, for %s: the referral on the page of their work', (_who, work, href) => {
    render(
      <ul>
        <NotificationItem
          notice={notice({ subjectType: 'REFERRAL', subjectId: 'r1' })}
          work={work}
          onMark={vi.fn()}
        />
      </ul>,
    );
    expect(screen.getByRole('link', { name: '紹介を開く' })).toHaveAttribute('href', href);
  });

  it('about an upload: its result for the head office; nothing to open for a subject the reader has no page for', () => {
    const upload = notice({ subjectType: 'REFERRAL_IMPORT', subjectId: 'i1' });
    const { rerender } = render(
      <ul>
        <NotificationItem
          notice={upload}
          work={{ ...CONSULTANT, forwardsReferrals: true }}
          onMark={vi.fn()}
        />
      </ul>,
    );
    expect(screen.getByRole('link', { name: '一括登録の結果を開く' })).toHaveAttribute(
      'href',
      '/referrals/imports/i1',
    );
    rerender(
      <ul>
        <NotificationItem notice={upload} work={CONSULTANT} onMark={vi.fn()} />
        <NotificationItem
          notice={notice({ subjectType: 'SOMETHING_NEW', id: 'n2' })}
          work={CONSULTANT}
          onMark={vi.fn()}
        />
      </ul>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
