export const homeMessages = {
  title: 'ホーム',
  lead: (name: string) => `${name} さんの今日の仕事`,
  plainLead: (name: string) => `${name} さん、ようこそ`,
  plainBody: 'お知らせとアカウントは上のメニューから開けます。',
  tasks: {
    heading: '自分のタスク',
    overdue: '期限超過',
    due: '今日まで',
    upcoming: '予定',
    none: 'この区分のタスクはありません。',
    due_on: (date: string) => `期日 ${date}`,
    caseLink: (num: number) => `案件 No.${num}`,
  },
  notifications: {
    heading: '未読のお知らせ',
    none: '未読のお知らせはありません。',
  },
  board: {
    heading: '事務所の案件（段階別）',
    total: (count: number) => `合計 ${count}件`,
    count: (count: number) => `${count}件`,
  },
  offers: {
    heading: '最近受け付けた情報',
    sending: '送出情報',
    receiving: '受入情報',
    none: '最近30日に受け付けた情報はありません。',
    people: (count: number) => `${count}人`,
    receivedOn: (date: string) => `受付 ${date}`,
  },
} as const;
