/** The notifications page (screen 8). Titles and bodies come from the API. */
export const notificationsMessages = {
  title: 'お知らせ',
  lead: (unread: number) =>
    unread > 0 ? `未読のお知らせが ${unread}件あります。` : '未読のお知らせはありません。',
  tabsLabel: '表示するお知らせ',
  tabs: { unread: '未読', all: 'すべて' },
  count: (count: number) => `${count}件`,
  none: { unread: '未読のお知らせはありません。', all: 'お知らせはありません。' },
  unread: '未読',
  read: '既読',
  markRead: '既読にする',
  markReadFor: (title: string) => `「${title}」を既読にする`,
  markAllRead: 'すべて既読にする',
  markedRead: 'お知らせを既読にしました。',
  markedAllRead: (count: number) => `${count}件のお知らせを既読にしました。`,
  openCase: '案件を開く',
  openReferral: '紹介を開く',
  openImport: '一括登録の結果を開く',
  failed: '既読にできませんでした。時間をおいて、もう一度お試しください。',
  more: 'さらに表示',
} as const;
