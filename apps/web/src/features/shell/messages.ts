export const shellMessages = {
  skipToMain: '本文へ移動',
  navigation: 'メインメニュー',
  nav: {
    home: 'ホーム',
    companies: '企業',
    sendingOffers: '送出情報',
    receivingOffers: '受入情報',
    caseBoard: '案件ボード',
    tasks: 'タスク',
    assignment: '一括マッチング',
    statisticsMonths: '月の締め',
    notifications: 'お知らせ',
    account: 'アカウント',
    partners: 'パートナー機関',
    referralInbox: '紹介の受付',
    officeReferrals: '事務所の紹介',
  },
  signOut: 'ログアウト',
  signedInAs: (name: string) => `${name} さん`,
  bell: {
    label: (count: number) => (count > 0 ? `未読のお知らせ ${count}件` : '未読のお知らせはありません'),
  },
} as const;
