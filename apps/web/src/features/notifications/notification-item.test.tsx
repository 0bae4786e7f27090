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

describe('a notification', () => {
  it('unread and about a case: marked in words, linked to the case, read by its own button', async () => {
    const marked = vi.fn();
    render(
      <ul>
        <NotificationItem notice={notice({})} onMark={marked} />
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

  it('read, or about something else: no badge, no button, no case link', () => {
    render(
      <ul>
        <NotificationItem
          notice={notice({
            read: true,
            readAt: '2026-12-06T01:00:00Z',
            subjectType: 'REFERRAL',
            subjectId: 'r1',
          })}
          onMark={vi.fn()}
        />
      </ul>,
    );
    expect(screen.queryByText('未読')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
